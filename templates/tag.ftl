<#import "layout.ftl" as l>
<#assign list = page.model>
<@l.shell>
<h1>${list.heading}</h1>
<@l.printUrl/>
<@l.itemList items=list.items/>
</@l.shell>
