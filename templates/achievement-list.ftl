<#import "layout.ftl" as l>
<#assign list = page.model>
<@l.shell>
<h1>${list.heading}</h1>
<@l.printUrl/>
<#if list.items?has_content>
<ul class="item-list">
<#list list.items as item>
  <li>
    <h2><a href="${site.link(item.url)}">${item.title}</a></h2>
    <#if item.achievement.theme != item.title><p class="meta">Nhóm: ${item.achievement.theme}</p></#if>
    <#if item.summary??><p>${item.summary}</p></#if>
  </li>
</#list>
</ul>
<#else>
<p>Chưa có thông tin về thành tựu.</p>
</#if>
</@l.shell>
