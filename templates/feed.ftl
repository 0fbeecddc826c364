<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Tin tức – ${site.title}</title>
<link>${site.absolute("/tin-tuc/")}</link>
<atom:link href="${site.absolute("/feed.xml")}" rel="self" type="application/rss+xml"/>
<description>${site.description}</description>
<language>vi</language>
<#if page.model.lastUpdated??><lastBuildDate>${page.model.lastUpdated.rfc822}</lastBuildDate></#if>
<#list page.model.items as item>
<item>
<title>${item.title}</title>
<link>${site.absolute(item.url)}</link>
<guid isPermaLink="true">${site.absolute(item.url)}</guid>
<#if item.date??><pubDate>${item.date.rfc822}</pubDate></#if>
<#if item.author??><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">${item.author}</dc:creator></#if>
<#if item.summary??><description>${item.summary}</description></#if>
<#list item.tags as tag><category>${tag.name}</category></#list>
</item>
</#list>
</channel>
</rss>
