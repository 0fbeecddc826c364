package vn.lmhtx.site.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.SitePlan;

/** Indexes what the reader sees of each content page of a baked site, then exports the index for the browser. */
public final class SearchBuild {

    private static final int LEAD_LENGTH = 200;

    private SearchBuild() {
    }

    /** Writes {@code output/search/lucene} and the static export beside it. */
    public static void run(SitePlan plan, Path output) throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        for (Page page : plan.pages()) {
            if (page.model() instanceof ItemPage item) {
                documents.add(document(item.item(), output.resolve(page.url().substring(1)).resolve("index.html")));
            }
        }
        Path index = output.resolve(SearchIndex.FOLDER);
        Files.createDirectories(index);
        SearchIndex.write(documents, index);
        StaticExport.write(output);
    }

    /** The page's text as rendered: its main content without heading, navigation and tools. */
    private static SearchDocument document(ContentItem item, Path html) throws IOException {
        Element main = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8)).selectFirst("main");
        String text = "";
        String body = "";
        if (main != null) {
            main.select("h1, nav, .article-tools, .tags, .meta, .lead, script").remove();
            text = main.text();
            Element articleBody = main.selectFirst(".body");
            body = articleBody == null ? text : articleBody.text();
        }
        String lead = item.summary().orElse(body.length() > LEAD_LENGTH ? body.substring(0, LEAD_LENGTH) + "…" : body);
        List<String> meta = new ArrayList<>();
        item.tags().forEach(tag -> meta.add(tag.name()));
        item.author().ifPresent(meta::add);
        item.category().ifPresent(category -> meta.add(category.name()));
        String date = item.date().map(d -> d.display()).orElse("");
        String year = item.date().map(d -> Integer.toString(d.year())).orElse("");
        return new SearchDocument(item.url(), item.title(), lead, text, meta.stream().collect(Collectors.joining("\n")),
            item.type().key(), date, year);
    }
}
