<#import "layout.ftl" as l>
<#assign item = page.model.item>
<@l.shell description=item.summary!"">
<article class="article">
  <h1>${item.title}</h1>
  <div class="body">
${item.bodyHtml?no_esc}
  </div>
</article>
</@l.shell>
