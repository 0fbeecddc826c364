<#import "layout.ftl" as l>
<#assign list = page.model>
<@l.shell>
<h1>${list.heading}</h1>
<@l.printUrl/>
<p class="lead">${site.description}</p>
<#if list.items?has_content>
<ul class="link-list">
<#list list.items as item><li><a href="${site.link(item.url)}">${item.title}</a></li></#list>
</ul>
</#if>
<p><a href="${site.link(links.congresses)}">Các kỳ Đại hội</a> · <a href="${site.link(links.achievements)}">Thành tựu</a></p>
</@l.shell>
