<#import "layout.ftl" as l>
<@l.shell>
<h1>${page.title}</h1>
<@l.printUrl/>
<#if page.model.labels?has_content>
<ul class="label-index">
<#list page.model.labels as entry>
  <li><a href="${site.link(entry.url)}">${entry.label.name}</a> <span class="count">(${entry.count})</span></li>
</#list>
</ul>
<#else>
<p>Chưa có mục nào.</p>
</#if>
</@l.shell>
