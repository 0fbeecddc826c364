<#import "layout.ftl" as l>
<@l.shell description="Tìm bài viết, các kỳ Đại hội và thành tựu của " + site.title + ", gõ có dấu hay không dấu đều được.">
<h1 id="tieu-de-tim">Tìm kiếm</h1>
<@l.printUrl/>
<#-- Set before the suggestions below are parsed, so a page opened with ?q= never shows them, not even for a moment. -->
<script>if(/[?&]q=[^&]/.test(location.search))document.documentElement.setAttribute("data-has-query","")</script>
<form class="search-form" action="${site.link(links.search)}" method="get" role="search" aria-labelledby="tieu-de-tim">
  <div class="field">
    <label for="q">Từ khóa (có dấu hay không dấu đều được)</label>
    <input id="q" name="q" type="search" autocomplete="off" spellcheck="false">
  </div>
  <div class="field">
    <label for="loai">Loại bài</label>
    <select id="loai" name="loai">
      <option value="">Tất cả</option>
    </select>
  </div>
  <div class="field">
    <label for="nam">Năm</label>
    <select id="nam" name="nam">
      <option value="">Mọi năm</option>
    </select>
  </div>
  <button type="submit">Tìm</button>
</form>
<p id="trang-thai-tim" class="search-status" role="status" aria-live="polite"></p>
<ol id="ket-qua" class="search-results"></ol>
<#-- Before a reader types: the site's most used tags as searches to try, and its newest news. -->
<#assign start = page.model>
<#if start.suggestions?has_content || start.latestNews?has_content>
<div class="search-start">
  <#if start.suggestions?has_content>
  <section aria-labelledby="goi-y-tim">
    <h2 id="goi-y-tim">Gợi ý tìm kiếm</h2>
    <ul class="suggestions">
    <#list start.suggestions as tag><li><a href="${site.link(links.search)}?q=${tag.label.name?url}">${tag.label.name}</a></li></#list>
    </ul>
  </section>
  </#if>
  <#if start.latestNews?has_content>
  <section aria-labelledby="tin-moi-tim">
    <h2 id="tin-moi-tim">Tin mới</h2>
    <ul class="link-list">
    <#list start.latestNews as item><li><a href="${site.link(item.url)}">${item.title}</a><#if item.date??> <span class="meta"><@l.dateline item.date/></span></#if></li></#list>
    </ul>
  </section>
  </#if>
</div>
</#if>
<noscript>
  <p>Tìm kiếm cần JavaScript. Bạn có thể xem <a href="${site.link(links.news)}">tất cả tin tức</a>,
  <a href="${site.link(links.tags)}">từ khóa</a> hoặc <a href="${site.link(links.news)}">lưu trữ theo năm</a>.</p>
</noscript>
<#-- The client module loads beside the page script, not after it: one round trip less on a slow connection. -->
<link rel="modulepreload" href="${assets.link("/assets/js/search.js")}">
<script type="module" src="${assets.link("/assets/js/search-page.js")}" data-base="${site.basePath}"
  data-client="${assets.link("/assets/js/search.js")}" data-news="${site.link(links.news)}"></script>
</@l.shell>
