<#-- Reading paths beside an item's article: the pages it cites and that cite it, related news, and where its
     figures come from. On phones the aside follows the article; from 64rem it is a column beside it (site.css). -->

<#-- The article (nested), then, when there is any, an aside with the reading paths and related news. -->
<#macro withAside model>
<#local aside = model.paths?has_content || model.related?has_content>
<div class="${aside?then('with-aside', 'without-aside')}">
<#nested>
<#if aside>
<div class="page-aside">
<@readingPaths model/>
<#if model.related?has_content>
<section aria-labelledby="bai-lien-quan">
  <h2 id="bai-lien-quan">Bài liên quan</h2>
  <ul class="link-list">
  <#list model.related as other><li><a href="${site.link(other.url)}">${other.title}</a></li></#list>
  </ul>
</section>
</#if>
</div>
</#if>
</div>
</#macro>

<#-- "Trang liên quan": the site's pages this item cites and that cite it, by list (Đại hội, Thành tựu …). -->
<#macro readingPaths model>
<#if model.paths?has_content>
<section class="reading-paths" aria-labelledby="trang-lien-quan">
  <h2 id="trang-lien-quan">Trang liên quan</h2>
  <#list model.paths as group>
  <h3>${group.heading}</h3>
  <ul class="link-list">
  <#list group.items as other><li><a href="${site.link(other.url)}">${other.title}</a></li></#list>
  </ul>
  </#list>
</section>
</#if>
</#macro>

<#-- "Nguồn: <article>, 21/02/2018" under figures, after the period they hold for when the editor gave another one. -->
<#macro figureSource source>
<p class="figure-source"><#if source.period?has_content>${source.period}. </#if>Nguồn: <a href="${site.link(source.article.url)}">${source.article.title}</a>, <span class="nowrap">${source.day}</span></p>
</#macro>
