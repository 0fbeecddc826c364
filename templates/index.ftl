<#import "layout.ftl" as l>
<#assign home = page.model>
<@l.shell>
<h1>${site.title}</h1>
<p class="lead">${site.description}</p>
<#if home.about?has_content>
<section aria-labelledby="gioi-thieu">
  <h2 id="gioi-thieu">Giới thiệu</h2>
  <ul class="link-list">
  <#list home.about as item><li><a href="${site.link(item.url)}">${item.title}</a></li></#list>
  </ul>
</section>
</#if>
<section aria-labelledby="tin-moi">
  <h2 id="tin-moi">Tin mới</h2>
  <@l.itemList items=home.latestNews/>
  <p><a href="${site.link("/tin-tuc/")}">Tất cả tin tức</a></p>
</section>
<#if home.timeline?has_content>
<section aria-labelledby="chang-duong">
  <h2 id="chang-duong">Chặng đường phát triển</h2>
  <@l.timeline entries=home.timeline/>
</section>
</#if>
</@l.shell>
