package vn.lmhtx.site.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.html.HtmlPassResult;
import vn.lmhtx.site.html.HtmlPasses;
import vn.lmhtx.site.html.Unpublished;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.LoadResult;
import vn.lmhtx.site.load.Publication;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SitePlanner;
import vn.lmhtx.site.render.SiteSettings;
import vn.lmhtx.site.search.SearchDocument;

/**
 * Times the content load ({@link ContentLoader#load}) and the HTML passes with the link check ({@link HtmlPasses#run},
 * leaving the files as they are) in one JVM, round after round, so that their own CPU shows without the rest of a
 * build and without the JIT's first round. {@code PassesStageBench <site> <baked output> <host> [threads] [rounds]}:
 * the output is a build's of the same site (pages already passed: the heading pass finds its ids there). Prints each
 * round's wall and process CPU time, and a digest of what the stages produced, to compare two versions' classes.
 */
public final class PassesStageBench {

    private PassesStageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Paths.get(args[0]);
        Path output = Paths.get(args[1]);
        SiteSettings settings = new SiteSettings("bench", "bench", args[2], "/", "", "", "", "", 10, "/assets/images/icon.svg");
        Workers workers = new Workers(args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors());
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            LoadResult loaded = new ContentLoader(new MarkdownRenderer("/"), workers).load(site);
            System.out.printf(Locale.ROOT, "round %d: load of %d items: %.2f s wall, %.2f s CPU, load %.1f, digest %08x%n",
                round, loaded.items().size(), (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                os.getSystemLoadAverage(), digest(loaded.items(), loaded.problems()));
            // As a build plans: items of files with errors are left out.
            Set<String> withErrors = loaded.errors().stream().map(Problem::path).collect(Collectors.toSet());
            List<ContentItem> sound = loaded.items().stream().filter(item -> !withErrors.contains(item.source())).toList();
            SitePlan plan = new SitePlanner(settings).plan(Publication.visible(sound, Clock.systemUTC()));
            cpu = os.getProcessCpuTime();
            start = System.nanoTime();
            HtmlPassResult<SearchDocument> passed = new HtmlPasses(settings, site, "target/public", workers).withoutWriting()
                .run(output, plan, Unpublished.none(), SearchDocument::of);
            List<SearchDocument> taken = passed.taken();
            System.out.printf(Locale.ROOT, "round %d: passes over %d pages: %.2f s wall, %.2f s CPU, load %.1f, digest %08x%n",
                round, taken.size(), (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                os.getSystemLoadAverage(), digest(taken, passed.problems()));
        }
    }

    /** A hash of the lists' text (records print every field; an enum's hash would differ from run to run). */
    private static int digest(List<?> values, List<?> problems) {
        int hash = problems.toString().hashCode();
        for (Object value : values) {
            hash = 31 * hash + value.toString().hashCode();
        }
        return hash;
    }
}
