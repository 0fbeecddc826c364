<#import "layout.ftl" as l>
<#assign item = page.model.item>
<@l.shell description=item.summary!"">
<article class="article" data-search="text">
  <h1 data-search="skip">${item.title}</h1>
  <div class="body" data-search="body">
${item.bodyHtml?no_esc}
  </div>
</article>
</@l.shell>
