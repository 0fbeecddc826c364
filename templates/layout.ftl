<#-- The page shell every HTML template uses: head, header with menu, breadcrumbs, main, footer. -->
<#macro shell description="" type="website" jsonld="" published="">
<#assign fullTitle = (page.url == links.home)?then(site.title, page.title + " – " + site.title)>
<#assign summary = description?has_content?then(description, site.description)>
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${summary}">
<link rel="canonical" href="${site.absolute(page.url)}">
<meta property="og:type" content="${type}">
<meta property="og:title" content="${fullTitle}">
<meta property="og:description" content="${summary}">
<meta property="og:url" content="${site.absolute(page.url)}">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="${site.title}">
<#-- The share image: the page's lead image, or the 1200×630 card the build draws with its title (README: Share images). -->
<meta property="og:image" content="${site.absolute(shareImage.url)}">
<meta property="og:image:width" content="${shareImage.width}">
<meta property="og:image:height" content="${shareImage.height}">
<meta property="og:image:alt" content="${shareImage.alt}">
<meta name="twitter:card" content="summary_large_image">
<#if published?has_content><meta property="article:published_time" content="${published}"></#if>
<link rel="icon" href="${site.link(site.icon)}">
<link rel="stylesheet" href="${assets.link("/assets/css/site.css")}">
<script>try{var s=localStorage.getItem("lmhtx-co-chu");if(s)document.documentElement.setAttribute("data-font-step",s)}catch(e){}</script>
<script src="${assets.link("/assets/js/site.js")}" defer></script>
<#if jsonld?has_content><script type="application/ld+json">${jsonld?no_esc}</script></#if>
<link rel="alternate" type="application/rss+xml" title="Tin tức – ${site.title}" href="${site.link(links.feed)}">
</head>
<body>
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<#-- The masthead: on phones a compact bar (wordmark, search button, menu button) whose panels are <details>, so they
     open by keyboard and without JavaScript; name="dau-trang" makes opening one close the other. From 64rem on the
     panels are always shown (site.css) and the masthead is two rows: wordmark and search, then the menu. -->
<header class="site-header">
  <div class="wrap masthead">
    <a class="brand" href="${site.link(links.home)}">${site.title}</a>
    <details class="drop search-drop" name="dau-trang">
      <summary><svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="M13 13l5.5 5.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg><span class="drop-label">Tìm</span></summary>
      <form class="header-search drop-panel" action="${site.link(links.search)}" method="get" role="search" aria-label="Tìm nhanh">
        <label for="tim-nhanh" class="visually-hidden">Tìm trong trang</label>
        <input id="tim-nhanh" name="q" type="search" placeholder="Tìm kiếm…" autocomplete="off">
        <button type="submit">Tìm</button>
      </form>
    </details>
    <details class="drop menu-drop" name="dau-trang">
      <summary><svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><path d="M2 4.5h16M2 10h16M2 15.5h16" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg><span class="drop-label">Menu</span></summary>
      <div class="menu-panel drop-panel">
        <nav class="main-nav" aria-label="Menu chính">
          <ul>
          <#list nav as item>
            <li><a href="${site.link(item.url)}"<#if item.url == currentNavUrl> aria-current="page"</#if>>${item.title}</a></li>
          </#list>
          </ul>
        </nav>
        <div class="font-size" hidden>
          <span class="font-size-label">Cỡ chữ:</span>
          <button type="button" class="font-smaller" data-font-change="-1"><span aria-hidden="true">A</span><span class="visually-hidden">Chữ nhỏ hơn</span></button>
          <button type="button" class="font-larger" data-font-change="1"><span aria-hidden="true">A</span><span class="visually-hidden">Chữ lớn hơn</span></button>
        </div>
      </div>
    </details>
  </div>
</header>
<#-- The site-wide notice (site.notice in jbake.properties), when set: a labelled landmark of its own under the masthead. -->
<#if site.notice?has_content>
<aside class="site-notice" aria-label="Thông báo"><p class="wrap">${site.notice}</p></aside>
</#if>
<#if page.breadcrumbs?has_content>
<nav class="breadcrumbs wrap" aria-label="Bạn đang ở">
  <ol>
  <#list page.breadcrumbs as crumb>
    <li><a href="${site.link(crumb.url)}">${crumb.title}</a></li>
  </#list>
    <li aria-current="page"><span>${page.title}</span></li>
  </ol>
</nav>
</#if>
<main id="noi-dung" class="wrap">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p class="footer-name">${site.title}</p>
    <#-- Each contact line only when jbake.properties sets it: no placeholder ever reaches a reader. -->
    <#if site.contactAddress?has_content || site.contactPhone?has_content || site.contactEmail?has_content>
    <address>
      <#if site.contactAddress?has_content><p>Địa chỉ: ${site.contactAddress}</p></#if>
      <#if site.contactPhone?has_content><p>Điện thoại: <a href="tel:${site.contactPhone?replace(" ", "")}">${site.contactPhone}</a></p></#if>
      <#if site.contactEmail?has_content><p>Thư điện tử: <a href="mailto:${site.contactEmail}">${site.contactEmail}</a></p></#if>
    </address>
    </#if>
    <#if site.contactResponsible?has_content><p>Chịu trách nhiệm nội dung: ${site.contactResponsible}</p></#if>
    <p><a href="${site.link(links.feed)}">Nhận tin qua RSS</a></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- A date line: "14:45 | 21/02/2018", in a <time> element. -->
<#-- The page's address, for readers of a printed copy: right under the title, shown only in print, never indexed. -->
<#macro printUrl><p class="print-url" data-search="skip">${site.absolute(page.url)}</p></#macro>

<#macro dateline date>
<time datetime="${date.iso}">${date.display}</time>
</#macro>

<#-- A published photo's srcset: each width's URL under the site's base path. -->
<#function srcset picture>
<#return picture.variants?map(v -> site.link(v.url) + " " + v.width?c + "w")?join(", ")>
</#function>

<#-- A list of items with their date and summary, as news lists, tag and category pages show them; a thumbnail of the
     lead image when the item has one (decorative: the title says what it is). -->
<#macro itemList items empty="Chưa có bài viết.">
<#if items?has_content>
<ul class="item-list">
<#list items as item>
  <li<#if item.image??> class="has-thumb"</#if>>
    <#if item.image??>
    <#assign thumb = item.image.picture>
    <img class="thumb" src="${site.link(thumb.smallest.url)}" srcset="${srcset(thumb)}" sizes="6rem" width="${thumb.width?c}" height="${thumb.height?c}" alt="" loading="lazy" decoding="async">
    </#if>
    <h2><a href="${site.link(item.url)}">${item.title}</a></h2>
    <#if item.date??><p class="meta"><@dateline item.date/></p></#if>
    <#if item.summary??><p>${item.summary}</p></#if>
  </li>
</#list>
</ul>
<#else>
<p>${empty}</p>
</#if>
</#macro>

<#-- Numbered page links for a paginated list: the first, the last, the current page and its neighbours; "…" for the pages between. -->
<#macro pager pagination>
<#if pagination.count gt 1>
<nav class="pager" aria-label="Trang">
  <ul>
  <#if pagination.hasPrevious><li><a href="${site.link(pagination.previousUrl)}" rel="prev">Trang trước</a></li></#if>
  <#list pagination.links as link>
    <li><#if link.gap><span class="gap">…</span><#elseif link.current><span aria-current="page">${link.number}</span><#else><a href="${site.link(link.url)}">${link.number}</a></#if></li>
  </#list>
  <#if pagination.hasNext><li><a href="${site.link(pagination.nextUrl)}" rel="next">Trang sau</a></li></#if>
  </ul>
</nav>
</#if>
</#macro>

<#-- The history timeline, built from congress items and history milestones. -->
<#macro timeline entries>
<#if entries?has_content>
<ol class="timeline">
<#list entries as entry>
  <li>
    <p class="when">${entry.when.display}</p>
    <#if entry.title??><h3><#if entry.url??><a href="${site.link(entry.url)}">${entry.title}</a><#else>${entry.title}</#if></h3></#if>
    <p>${entry.text}</p>
  </li>
</#list>
</ol>
</#if>
</#macro>

<#-- A JSON string literal for JSON-LD ("…" with escapes); safe inside <script>. -->
<#function json text>
  <#return '"' + text?json_string + '"'>
</#function>

<#-- The publisher every JSON-LD block names, with the site's icon as its logo. -->
<#function organization>
  <#return '{"@type":"Organization","name":' + json(site.title) + ',"url":' + json(site.absolute(links.home))
    + ',"logo":{"@type":"ImageObject","url":' + json(site.absolute(site.icon)) + '}}'>
</#function>

<#-- The page's share image for JSON-LD: the same image og:image names, with its size. -->
<#function jsonImage>
  <#return '{"@type":"ImageObject","url":' + json(site.absolute(shareImage.url)) + ',"width":' + shareImage.width?c
    + ',"height":' + shareImage.height?c + '}'>
</#function>
