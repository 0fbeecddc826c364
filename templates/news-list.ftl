<#import "layout.ftl" as l>
<#assign list = page.model>
<@l.shell>
<h1>${list.heading}</h1>
<@l.printUrl/>
<@l.itemList items=list.items/>
<#if list.pagination??><@l.pager list.pagination/></#if>
<#if list.years?has_content>
<nav class="archive" aria-labelledby="luu-tru">
  <h2 id="luu-tru">Lưu trữ theo năm</h2>
  <ul class="year-list">
  <#list list.years as year>
    <li><a href="${site.link(year.url)}"<#if year.url == page.url> aria-current="page"</#if>>${year.year?c}</a> (${year.count})</li>
  </#list>
  </ul>
</nav>
</#if>
<p><a href="${site.link(links.tags)}">Từ khóa</a> · <a href="${site.link(links.categories)}">Chuyên mục</a></p>
</@l.shell>
