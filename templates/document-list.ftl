<#import "layout.ftl" as l>
<#assign list = page.model>
<@l.shell>
<h1>${list.heading}</h1>
<@l.printUrl/>
<nav class="document-filter" aria-label="Lọc theo cơ quan ban hành">
  <p>Cơ quan ban hành:</p>
  <ul>
    <li><a href="${site.link(list.allUrl)}"<#if list.currentUrl == list.allUrl> aria-current="page"</#if>>Tất cả (${list.allCount})</a></li>
  <#list list.issuers as issuer>
    <li><a href="${site.link(issuer.url)}"<#if list.currentUrl == issuer.url> aria-current="page"</#if>>${issuer.label.name} (${issuer.count})</a></li>
  </#list>
  </ul>
</nav>
<#list list.years as year>
<section class="document-year" aria-labelledby="nam-${year.year?c}">
  <h2 id="nam-${year.year?c}">Năm ${year.year?c}</h2>
  <ul class="item-list">
  <#list year.entries as entry>
    <#assign item = entry.item>
    <li>
      <h3><a href="${site.link(item.url)}">${item.title}</a></h3>
      <p class="meta"><@l.dateline item.date/> · ${item.document.issuer}</p>
      <#if item.document.subject??><p>${item.document.subject}</p>
      <#elseif item.document.approves??><p>${item.document.approves.label()?cap_first}<#if entry.congresses?has_content> (<#list entry.congresses as congress>${congress.title}<#sep>; </#list>)</#if></p>
      </#if>
    </li>
  </#list>
  </ul>
</section>
</#list>
</@l.shell>
