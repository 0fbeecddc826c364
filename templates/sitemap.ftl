<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list page.model.entries as entry>
<url><loc>${site.absolute(entry.url)}</loc><#if entry.lastModified??><lastmod>${entry.lastModified}</lastmod></#if></url>
</#list>
</urlset>
