<#import "layout.ftl" as l>
<#import "paths.ftl" as p>
<#assign model = page.model>
<#assign item = model.item>
<#assign achievement = item.achievement>
<@l.shell description=item.summary!"">
<@p.withAside model>
<article class="article" data-search="text">
  <h1 data-search="skip">${item.title}</h1>
  <@l.printUrl/>
  <#if achievement.theme != item.title><p class="meta" data-search="skip">Nhóm: ${achievement.theme}</p></#if>
  <#if achievement.metrics?has_content>
  <ul class="figures">
  <#list achievement.metrics as metric>
    <li><span class="figure">${metric.figure}</span><#if !metric.labelRepeatsUnit> <span class="unit">${metric.unit}</span></#if> <span class="label">${metric.label}</span></li>
  </#list>
  </ul>
  <#if model.figureSource??><div data-search="skip"><@p.figureSource model.figureSource/></div></#if>
  </#if>
  <div class="body" data-search="body">
${item.bodyHtml?no_esc}
  </div>
</article>
</@p.withAside>
</@l.shell>
