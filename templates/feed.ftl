<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#-- Feed readers show title, description and category as HTML: plain text is escaped for HTML, then for XML. -->
<#function text value><#local markup><#outputformat "HTML">${value}</#outputformat></#local><#return markup?markup_string></#function>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${text("Tin tức – " + site.title)}</title>
<link>${site.absolute(links.news)}</link>
<atom:link href="${site.absolute(links.feed)}" rel="self" type="application/rss+xml"/>
<description>${text(site.description)}</description>
<language>vi</language>
<#if page.model.lastUpdated??><lastBuildDate>${page.model.lastUpdated.rfc822}</lastBuildDate></#if>
<#list page.model.items as item>
<item>
<title>${text(item.title)}</title>
<link>${site.absolute(item.url)}</link>
<guid isPermaLink="true">${site.absolute(item.url)}</guid>
<#if item.date??><pubDate>${item.date.rfc822}</pubDate></#if>
<#if item.author??><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">${text(item.author)}</dc:creator></#if>
<#if item.summary??><description>${text(item.summary)}</description></#if>
<#list item.tags as tag><category>${text(tag.name)}</category></#list>
</item>
</#list>
</channel>
</rss>
