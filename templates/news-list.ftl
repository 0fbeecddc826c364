<#import "layout.ftl" as l>
<#assign list = page.model>
<@l.shell>
<h1>${list.heading}</h1>
<@l.itemList items=list.items/>
<#if list.pagination??><@l.pager list.pagination/></#if>
<p><a href="${site.link("/tu-khoa/")}">Từ khóa</a> · <a href="${site.link("/chuyen-muc/")}">Chuyên mục</a></p>
</@l.shell>
