<#import "layout.ftl" as l>
<#assign item = page.model.item>
<#assign achievement = item.achievement>
<@l.shell description=item.summary!"">
<article class="article" data-search="text">
  <h1 data-search="skip">${item.title}</h1>
  <p class="meta" data-search="skip">Nhóm: ${achievement.theme}</p>
  <#if achievement.metrics?has_content>
  <ul class="figures">
  <#list achievement.metrics as metric>
    <li><span class="figure">${metric.figure}</span> <span class="unit">${metric.unit}</span> <span class="label">${metric.label}</span></li>
  </#list>
  </ul>
  </#if>
  <div class="body" data-search="body">
${item.bodyHtml?no_esc}
  </div>
</article>
</@l.shell>
