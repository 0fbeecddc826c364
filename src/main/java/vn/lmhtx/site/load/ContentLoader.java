package vn.lmhtx.site.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Document;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.messages.Message;
import vn.lmhtx.site.parallel.Workers;

/**
 * Loads every file under {@code content/}: reads, parses and validates each (files in parallel, each on its own), then
 * checks them against each other.
 */
public final class ContentLoader {

    /** The folder under the site folder that holds the content. */
    public static final String CONTENT = "content";

    private final MarkdownRenderer markdown;
    private final Workers workers;

    /** A loader that reads one file after the other. */
    public ContentLoader(MarkdownRenderer markdown) {
        this(markdown, Workers.sequential());
    }

    /** A loader that reads, parses and renders files on {@code workers}' threads; the result does not depend on them. */
    public ContentLoader(MarkdownRenderer markdown, Workers workers) {
        this.markdown = markdown;
        this.workers = workers;
    }

    /** Loads the content of the site folder {@code site}; never throws for bad content, only reports it. */
    public LoadResult load(Path site) {
        // Each file is read on its own (the Markdown renderer is shared and thread-safe); results come back in path
        // order, so the items, the cross-file checks and the problems are those of a sequential load.
        List<FileLoad> files = workers.map(contentFiles(site.resolve(CONTENT)), file -> loadOne(site, file));
        List<LoadedItem> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> attached = new HashSet<>();
        for (FileLoad file : files) {
            file.item().ifPresent(loaded::add);
            file.item().flatMap(i -> i.item().document()).flatMap(Document::attachment).ifPresent(a -> attached.add(a.source()));
        }
        for (FileLoad file : files) {
            problems.addAll(file.problems());
            file.attachment().filter(a -> !attached.contains(a)).ifPresent(a -> problems.add(Problem.warning(a, 1, "file",
                Message.ATTACHMENT_UNUSED.text())));
        }
        problems.addAll(CrossChecks.check(loaded));
        return new LoadResult(loaded.stream().map(LoadedItem::item).toList(), problems);
    }

    /** One file's item and problems; a task of its own, sharing nothing mutable with other files' tasks. */
    private FileLoad loadOne(Path site, Path file) {
        String relative = site.relativize(file).toString().replace('\\', '/');
        FileReport report = new FileReport(relative);
        Optional<LoadedItem> item = Optional.empty();
        if (isAttachment(relative)) {
            // A document's PDF: published if a document names it, which only the whole load can tell (see load).
            return new FileLoad(item, report.problems(), Optional.of(relative));
        }
        if (!relative.endsWith(".md")) {
            report.warning(1, "file", Message.NOT_MARKDOWN.text());
        } else {
            item = readItem(file, relative, report);
        }
        return new FileLoad(item, report.problems(), Optional.empty());
    }

    /** A PDF in a documents folder, which a document may attach. */
    private static boolean isAttachment(String relative) {
        return relative.endsWith(".pdf") && Section.DOCUMENT.folders().stream()
            .anyMatch(folder -> relative.startsWith(CONTENT + "/" + folder + "/") && relative.indexOf('/', CONTENT.length() + folder.length() + 2) < 0);
    }

    private Optional<LoadedItem> readItem(Path file, String relative, FileReport report) {
        Optional<SourcePath> source = sourcePath(relative, report);
        byte[] bytes;
        try {
            if (!SourceText.isWithinLimit(Files.size(file), report)) {
                return Optional.empty();
            }
            bytes = InputFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
        try {
            return SourceText.decode(bytes, report)
                .flatMap(text -> FrontMatter.split(text, report))
                .flatMap(frontMatter -> YamlFrontMatter.parse(frontMatter, report)
                    .flatMap(fields -> source.flatMap(s -> new ItemReader(s, file, frontMatter, fields, report).read(markdown))));
        } catch (StackOverflowError e) {
            // The YAML and Markdown parsers recurse once per nesting level; thousands of nested brackets, quotes or
            // lists exhaust the stack. That is a property of the file, so it is reported like any other problem.
            report.error(1, "file", Message.NESTS_TOO_DEEPLY.text());
            return Optional.empty();
        }
    }

    private static Optional<SourcePath> sourcePath(String relative, FileReport report) {
        String inContent = relative.substring(CONTENT.length() + 1);
        int slash = inContent.indexOf('/');
        String folder = slash < 0 ? "" : inContent.substring(0, slash);
        String fileName = inContent.substring(inContent.lastIndexOf('/') + 1);
        String baseName = fileName.substring(0, fileName.length() - ".md".length());
        boolean known = Stream.of(ContentType.values()).anyMatch(t -> t.folders().contains(folder));
        if (!known) {
            report.error(1, "file", Message.NOT_A_CONTENT_FOLDER.text(folder,
                String.join(", ", Stream.of(ContentType.values()).map(t -> "content/" + t.defaultFolder() + "/").distinct().toList())));
            return Optional.empty();
        }
        return Optional.of(new SourcePath(relative, folder, baseName));
    }

    /** Hidden files and folders (.DS_Store, .git) are not content. */
    private static boolean isVisible(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> contentFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            // Links and named pipes are never read: InputFiles reports them, and the walk does not enter linked folders.
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                .filter(f -> isVisible(root.relativize(f)))
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** What one file gave: its item, unless it has errors, and its problems. */
    /** One file's item and problems, or for an attachment its path. */
    private record FileLoad(Optional<LoadedItem> item, List<Problem> problems, Optional<String> attachment) {
    }
}
