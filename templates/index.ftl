<#import "layout.ftl" as l>
<#import "paths.ftl" as p>
<#assign home = page.model>
<#assign jsonld = '{"@context":"https://schema.org","@type":"Organization","name":' + l.json(site.title)
  + ',"url":' + l.json(site.absolute(links.home)) + ',"description":' + l.json(site.description)
  + ',"logo":' + l.json(site.absolute(site.icon)) + ',"image":' + l.jsonImage() + '}'>
<@l.shell jsonld=jsonld>
<h1>${site.title}</h1>
<@l.printUrl/>
<p class="lead">${site.description}</p>
<#if home.keyFigures?has_content>
<section aria-labelledby="so-lieu">
  <h2 id="so-lieu">Số liệu nổi bật</h2>
  <ul class="figures">
  <#list home.keyFigures as key>
    <li><a href="${site.link(key.url)}"><span class="figure">${key.metric.figure}</span><#if !key.metric.labelRepeatsUnit> <span class="unit">${key.metric.unit}</span></#if> <span class="label">${key.metric.label}</span></a><#if key.source?? && !home.commonSource??><@p.figureSource key.source/></#if></li>
  </#list>
  </ul>
  <#if home.commonSource??><@p.figureSource home.commonSource/></#if>
  <p><a href="${site.link(links.achievements)}">Tất cả thành tựu</a></p>
</section>
</#if>
<section aria-labelledby="tin-moi">
  <h2 id="tin-moi">Tin mới</h2>
  <@l.itemList items=home.latestNews empty="Chưa có tin nào được đăng."/>
  <p><a href="${site.link(links.news)}">Tất cả tin tức</a></p>
</section>
<#if home.timeline?has_content>
<section aria-labelledby="chang-duong">
  <h2 id="chang-duong">Chặng đường phát triển</h2>
  <ol class="timeline timeline-short">
  <#list home.timeline as entry>
    <li><span class="when">${entry.when.display}</span>: <#if entry.url??><a href="${site.link(entry.url)}">${entry.title}</a><#else>${entry.text}</#if></li>
  </#list>
  </ol>
  <#if home.about?has_content><p><a href="${site.link(home.about[0].url)}">${home.about[0].title}</a></p></#if>
</section>
</#if>
</@l.shell>
