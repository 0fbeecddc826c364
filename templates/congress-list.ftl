<#import "layout.ftl" as l>
<#assign list = page.model>
<@l.shell>
<h1>${list.heading}</h1>
<@l.printUrl/>
<#if list.items?has_content>
<ol class="congress-list">
<#list list.items as item>
  <li>
    <h2><a href="${site.link(item.url)}">${item.title}</a></h2>
    <p class="meta">${item.congress.held.display}<#if item.congress.term??> · Nhiệm kỳ ${item.congress.term.display}</#if></p>
  </li>
</#list>
</ol>
<#else>
<p>Chưa có thông tin về các kỳ Đại hội.</p>
</#if>
</@l.shell>
