<#import "layout.ftl" as l>
<#import "paths.ftl" as p>
<#assign model = page.model>
<#assign item = model.item>
<#assign doc = item.document>
<#assign jsonld = '{"@context":"https://schema.org","@type":"Legislation","name":' + l.json(item.title)
  + ',"legislationIdentifier":' + l.json(doc.number) + ',"legislationDate":' + l.json(item.date.iso[0..9])
  + ',"legislationPassedBy":{"@type":"GovernmentOrganization","name":' + l.json(doc.issuer) + '}'
  + ',"url":' + l.json(site.absolute(item.url)) + ',"image":' + l.jsonImage() + ',"inLanguage":"vi"}'>
<@l.shell description=item.summary!(doc.subject!"") jsonld=jsonld>
<@p.withAside model>
<article class="article document" data-search="text">
  <h1 data-search="skip">${item.title}</h1>
  <@l.printUrl/>
  <dl class="facts">
    <dt>Số</dt><dd><span class="document-number">${doc.number}</span></dd>
    <dt>Ngày ban hành</dt><dd><@l.dateline item.date/></dd>
    <dt>Cơ quan ban hành</dt><dd><a href="${site.link(doc.issuerLabel.url)}">${doc.issuer}</a></dd>
    <#if doc.subject??><dt>Trích yếu</dt><dd>${doc.subject}</dd></#if>
    <#if doc.approves??><dt>Nội dung</dt><dd>${doc.approves.label()?cap_first}</dd></#if>
    <#if model.congresses?has_content>
    <dt>Đại hội</dt><dd><#list model.congresses as congress><a href="${site.link(congress.url)}">${congress.title}</a><#sep>; </#list></dd>
    </#if>
  </dl>
  <#if doc.attachment??>
  <p class="document-file" data-search="skip"><a href="${site.link(doc.attachment.url)}" type="application/pdf">Tải văn bản (PDF, <#if doc.attachment.pagesDisplay??>${doc.attachment.pagesDisplay}, </#if>${doc.attachment.sizeDisplay})</a></p>
  <#else>
  <p class="meta document-file" data-search="skip">Trang chưa có bản điện tử (tệp) của văn bản này.</p>
  </#if>
  <div class="body" data-search="body">
${item.bodyHtml?no_esc}
  </div>
</article>
</@p.withAside>
</@l.shell>
