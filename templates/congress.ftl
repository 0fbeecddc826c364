<#import "layout.ftl" as l>
<#import "paths.ftl" as p>
<#assign model = page.model>
<#assign item = model.item>
<#assign congress = item.congress>
<#assign jsonld = '{"@context":"https://schema.org","@type":"Event","name":' + l.json(item.title)
  + ',"startDate":' + l.json(congress.held.isoStart) + ',"endDate":' + l.json(congress.held.isoEnd)
  + ',"url":' + l.json(site.absolute(item.url)) + ',"image":' + l.jsonImage() + ',"inLanguage":"vi","organizer":' + l.organization() + '}'>
<@l.shell description=item.summary!"" jsonld=jsonld>
<@p.withAside model>
<article class="article" data-search="text">
  <h1 data-search="skip">${item.title}</h1>
  <@l.printUrl/>
  <dl class="facts">
    <dt>Đại hội</dt><dd>Lần thứ ${congress.roman}</dd>
    <dt>Thời gian</dt><dd><span class="nowrap">${congress.held.display}</span></dd>
    <#if congress.term??><dt>Nhiệm kỳ</dt><dd><span class="nowrap">${congress.term.display}</span></dd></#if>
    <#if congress.adoptedName??><dt>Tên gọi</dt><dd>${congress.adoptedName}</dd></#if>
    <dt>Quyết định</dt><dd>Số <span class="nowrap"><#if model.decisionDocument??><a class="document-number" href="${site.link(model.decisionDocument.url)}">${congress.decision.number}</a><#else>${congress.decision.number}</#if></span> ngày <span class="nowrap">${congress.decision.dateDisplay}</span></dd>
    <dt>Cơ quan ban hành</dt><dd>${congress.decision.issuer}</dd>
    <dt>Nội dung</dt><dd>${congress.decision.approves.label()}</dd>
  </dl>
  <div class="body" data-search="body">
${item.bodyHtml?no_esc}
  </div>
</article>
</@p.withAside>
<#if model.previous?? || model.next??>
<nav class="prev-next" aria-label="Đại hội trước và sau">
  <#if model.previous??><a href="${site.link(model.previous.url)}" rel="prev">← ${model.previous.title}</a></#if>
  <#if model.next??><a href="${site.link(model.next.url)}" rel="next">${model.next.title} →</a></#if>
</nav>
</#if>
</@l.shell>
