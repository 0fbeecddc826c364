<#import "layout.ftl" as l>
<#import "paths.ftl" as p>
<#assign model = page.model>
<#assign item = model.item>
<#assign jsonld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":' + l.json(item.title)
  + ',"mainEntityOfPage":' + l.json(site.absolute(item.url))
  + (item.date??)?then(',"datePublished":' + l.json(item.date.iso), '')
  + (item.summary??)?then(',"description":' + l.json(item.summary!""), '')
  + (item.author??)?then(',"author":{"@type":"Person","name":' + l.json(item.author!"") + '}', '')
  + ',"image":' + l.jsonImage() + ',"inLanguage":"vi","publisher":' + l.organization() + '}'>
<@l.shell description=item.summary!"" type="article" jsonld=jsonld published=(item.date??)?then(item.date.iso, "")>
<@p.withAside model>
<article class="article" data-search="text">
  <h1 data-search="skip">${item.title}</h1>
  <@l.printUrl/>
  <p class="meta" data-search="skip">
    <#if item.date??><@l.dateline item.date/></#if>
    <#if item.author??> · <span class="author">${item.author}</span></#if>
    <#if item.category??> · <a href="${site.link(item.category.url)}">${item.category.name}</a></#if>
  </p>
  <#if item.summary??><p class="lead" data-search="skip">${item.summary}</p></#if>
  <#if item.image??><#assign lead = item.image.picture>
  <figure class="lead-image" data-search="skip"><img src="${site.link(lead.fallback.url)}" srcset="${l.srcset(lead)}" sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)" width="${lead.width?c}" height="${lead.height?c}" alt="${item.image.alt}" fetchpriority="high" decoding="async"></figure>
  </#if>
  <div class="body" data-search="body">
${item.bodyHtml?no_esc}
  </div>
  <div class="article-tools" data-search="skip">
    <button type="button" data-print hidden>In bài</button>
    <a href="https://www.facebook.com/sharer/sharer.php?u=${site.absolute(item.url)?url}" rel="noopener noreferrer">Chia sẻ Facebook</a>
    <button type="button" data-share hidden>Chia sẻ (Zalo…)</button>
    <button type="button" data-copy-link hidden>Chép liên kết</button>
    <span id="trang-thai-chia-se" role="status"></span>
  </div>
  <#if item.tags?has_content>
  <p class="tags" data-search="skip">Từ khóa:
  <#list item.tags as tag><a href="${site.link(tag.url)}">${tag.name}</a><#sep>, </#list>
  </p>
  </#if>
</article>
</@p.withAside>
<#if model.previous?? || model.next??>
<nav class="prev-next" aria-label="Bài trước và bài sau">
  <#if model.previous??><a href="${site.link(model.previous.url)}" rel="prev">← ${model.previous.title}</a></#if>
  <#if model.next??><a href="${site.link(model.next.url)}" rel="next">${model.next.title} →</a></#if>
</nav>
</#if>
</@l.shell>
