<#import "layout.ftl" as l>
<#import "paths.ftl" as p>
<#assign model = page.model>
<#assign item = model.item>
<@l.shell description=item.summary!"">
<@p.withAside model>
<article class="article" data-search="text">
  <h1 data-search="skip">${item.title}</h1>
  <@l.printUrl/>
  <div class="body" data-search="body">
${item.bodyHtml?no_esc}
  </div>
</article>
</@p.withAside>
</@l.shell>
