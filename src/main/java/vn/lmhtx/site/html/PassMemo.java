package vn.lmhtx.site.html;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the HTML passes kept of each page in the last run ({@link HtmlPasses#run(Path, vn.lmhtx.site.render.SitePlan,
 * Unpublished, ContentPageReader, PassMemo)}), by file, so that a preview parses again only the pages it rewrote. The
 * output folder may have moved since (a build publishes its staging folder): kept paths follow it.
 *
 * @param <T> what the passes' reader took of content pages
 */
public final class PassMemo<T> {

    private Path root = Path.of("");
    private Map<String, HtmlPasses.PassedPage<T>> byFile = Map.of();

    /** Drops the pages of these files (relative to the output, forward slashes), which were rewritten. */
    public void forget(Collection<String> files) {
        Map<String, HtmlPasses.PassedPage<T>> kept = new HashMap<>(byFile);
        files.forEach(kept::remove);
        byFile = kept;
    }

    /**
     * Drops the pages with a link settled against one of these files (relative to the output, forward slashes): the
     * files came or went, or their page's publication time changed, so the link may now be fine or broken.
     *
     * @return the files of the pages dropped
     */
    public Set<String> forgetLinkingTo(Set<String> files) {
        Map<String, HtmlPasses.PassedPage<T>> kept = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        byFile.forEach((file, page) -> {
            if (page.targets().stream().noneMatch(files::contains)) {
                kept.put(file, page);
            } else {
                dropped.add(file);
            }
        });
        byFile = kept;
        return dropped;
    }

    /** A memo holding what this one holds, which the passes may fill without changing this one. */
    public PassMemo<T> copy() {
        PassMemo<T> copy = new PassMemo<>();
        copy.root = root;
        copy.byFile = byFile;
        return copy;
    }

    /** The page kept for {@code relative}, with its paths under {@code output}. */
    Optional<HtmlPasses.PassedPage<T>> get(String relative, Path output) {
        HtmlPasses.PassedPage<T> page = byFile.get(relative);
        if (page == null || root.equals(output.normalize())) {
            return Optional.ofNullable(page);
        }
        LinkedPage linked = page.linked();
        LinkedPage moved = new LinkedPage(linked.url(), linked.source(), linked.sourceFile(), linked.links().stream()
            .map(link -> new LinkChecker.PendingLink(link.link(), link.problem(), link.targetFile().map(f -> moved(f, output)),
                link.fragment(), link.ifWritten())).toList());
        return Optional.of(new HtmlPasses.PassedPage<>(moved(page.file(), output), page.ids(), moved, page.problems(), page.taken(),
            page.targets()));
    }

    private Path moved(Path file, Path output) {
        return output.normalize().resolve(root.relativize(file)).normalize();
    }

    void keep(Path output, Map<String, HtmlPasses.PassedPage<T>> pages) {
        root = output.normalize();
        byFile = Map.copyOf(pages);
    }
}
