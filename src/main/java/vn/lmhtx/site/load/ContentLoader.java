package vn.lmhtx.site.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Document;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.images.Photos;
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

    /** Where processed photos are cached, relative to the site folder; {@code mvn clean} empties it. */
    public static final String PHOTO_CACHE = "target/photo-cache";

    /** The file name extensions of photos (lower case), which a content file shows rather than the loader reads. */
    private static final Set<String> PHOTO_EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "heic", "heif");

    /** The content file of an article folder ({@code content/tin-tuc/hoi-nghi/index.md}), whose slug is the folder's name. */
    static final String FOLDER_ARTICLE = "index.md";

    private final MarkdownRenderer markdown;
    private final Workers workers;
    private final Optional<Photos> photos;

    /** A loader that reads one file after the other. */
    public ContentLoader(MarkdownRenderer markdown) {
        this(markdown, Workers.sequential());
    }

    /** A loader that reads, parses and renders files on {@code workers}' threads; the result does not depend on them. */
    public ContentLoader(MarkdownRenderer markdown, Workers workers) {
        this(markdown, workers, Optional.empty());
    }

    /**
     * A loader that publishes photos with {@code photos} (tests count its encodings); otherwise each load caches them
     * in the site's {@link #PHOTO_CACHE}.
     */
    public ContentLoader(MarkdownRenderer markdown, Workers workers, Optional<Photos> photos) {
        this.markdown = markdown;
        this.workers = workers;
        this.photos = photos;
    }

    /** Loads the content of the site folder {@code site}; never throws for bad content, only reports it. */
    public LoadResult load(Path site) {
        return load(site, Optional.empty(), Optional.empty());
    }

    /**
     * Loads like {@link #load(Path)}, taking each file whose bytes {@code memo} has seen from it and remembering the
     * others: the result is the same, only files that changed are read through. See {@link LoadMemo} for when a memo
     * may be kept.
     */
    public LoadResult load(Path site, LoadMemo memo) {
        return load(site, Optional.of(memo), Optional.empty());
    }

    /**
     * Loads like {@link #load(Path, LoadMemo)}, taking the content files from {@code listing} (a walk of {@code site}
     * just made) when given, instead of walking {@code content/} again.
     */
    public LoadResult load(Path site, LoadMemo memo, Optional<InputListing> listing) {
        return load(site, Optional.of(memo), listing);
    }

    private LoadResult load(Path site, Optional<LoadMemo> memo, Optional<InputListing> listing) {
        // Each file is read on its own (the Markdown renderer is shared and thread-safe); results come back in path
        // order, so the items, the cross-file checks and the problems are those of a sequential load.
        Photos photoSet = photos.orElseGet(() -> new Photos(site.resolve(PHOTO_CACHE)));
        List<Path> contentFiles = listing.isPresent() ? listing.get().files(site, CONTENT).stream()
            .filter(f -> isVisible(site.resolve(CONTENT).relativize(f))).toList() : contentFiles(site.resolve(CONTENT));
        List<FileLoad> files = memo.isEmpty() ? workers.map(contentFiles, file -> loadOne(site, file, photoSet))
            : loadChanged(site, contentFiles, memo.get(), photoSet);
        List<LoadedItem> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> attached = new HashSet<>();
        Set<String> shown = new HashSet<>();
        for (FileLoad file : files) {
            file.item().ifPresent(loaded::add);
            shown.addAll(file.photos());
            file.item().flatMap(i -> i.item().document()).flatMap(Document::attachment).ifPresent(a -> attached.add(a.source()));
        }
        for (FileLoad file : files) {
            problems.addAll(file.problems());
            file.attachment().filter(a -> !attached.contains(a)).ifPresent(a -> problems.add(Problem.warning(a, 1, "file",
                Message.ATTACHMENT_UNUSED.text())));
            file.photo().filter(p -> !shown.contains(p)).ifPresent(p -> problems.add(Problem.warning(p, 1, "file", unshownPhoto(p))));
        }
        problems.addAll(memo.isPresent() ? CrossChecks.check(loaded, memo.get().claims()) : CrossChecks.check(loaded));
        return new LoadResult(loaded.stream().map(LoadedItem::item).toList(), problems);
    }

    /**
     * Each file's load, taken from {@code memo} where its bytes are unchanged: on the calling thread, since a preview's
     * save changes a file or two and handing 5,000 lookups of a microsecond each to threads cost more than them (and,
     * on a busy machine, waited for a core each time). Only the other files are loaded on the workers.
     */
    private List<FileLoad> loadChanged(Path site, List<Path> contentFiles, LoadMemo memo, Photos photoSet) {
        List<FileLoad> files = new ArrayList<>(contentFiles.size());
        List<Integer> changed = new ArrayList<>();
        for (Path file : contentFiles) {
            Optional<FileLoad> known = memo.remembered(relative(site, file), file);
            if (known.isEmpty()) {
                changed.add(files.size());
            }
            files.add(known.orElse(null));
        }
        List<FileLoad> loaded = workers.map(changed, at -> {
            Path file = contentFiles.get(at);
            return memo.load(relative(site, file), file, () -> loadOne(site, file, photoSet));
        });
        for (int i = 0; i < changed.size(); i++) {
            files.set(changed.get(i), loaded.get(i));
        }
        return files;
    }

    private static String relative(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    /** One file's item and problems; a task of its own, sharing nothing mutable with other files' tasks. */
    private FileLoad loadOne(Path site, Path file, Photos photoSet) {
        String relative = relative(site, file);
        FileReport report = new FileReport(relative);
        if (isAttachment(relative)) {
            // A document's PDF: published if a document names it, which only the whole load can tell (see load).
            return new FileLoad(Optional.empty(), report.problems(), Optional.of(relative), Optional.empty(), Set.of());
        }
        if (isPhoto(relative)) {
            // Published for the pages that show it, which only the whole load can tell (see load).
            return new FileLoad(Optional.empty(), report.problems(), Optional.empty(), Optional.of(relative), Set.of());
        }
        if (!relative.endsWith(".md")) {
            report.warning(1, "file", Message.NOT_MARKDOWN.text());
            return new FileLoad(Optional.empty(), report.problems(), Optional.empty(), Optional.empty(), Set.of());
        }
        Optional<SourcePath> source = sourcePath(relative, report);
        Optional<LoadedItem> item = Optional.empty();
        Set<String> photosShown = Set.of();
        try {
            if (readable(file, relative, report)) {
                Optional<ItemReader> reader = parse(file, source, photoSet, site, report);
                item = reader.flatMap(r -> r.read(markdown));
                photosShown = reader.map(ItemReader::referencedPhotos).orElse(Set.of());
            }
        } catch (StackOverflowError e) {
            // The YAML and Markdown parsers recurse once per nesting level; thousands of nested brackets, quotes or
            // lists exhaust the stack. That is a property of the file, so it is reported like any other problem.
            report.error(1, "file", Message.NESTS_TOO_DEEPLY.text());
            item = Optional.empty();
        }
        return new FileLoad(item, report.problems(), Optional.empty(), Optional.empty(), photosShown);
    }

    private static boolean isPhoto(String relative) {
        int dot = relative.lastIndexOf('.');
        return dot > relative.lastIndexOf('/') && PHOTO_EXTENSIONS.contains(relative.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String unshownPhoto(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return Message.PHOTO_UNSHOWN.text(name);
    }

    /** A PDF in a documents folder, which a document may attach. */
    private static boolean isAttachment(String relative) {
        return relative.endsWith(".pdf") && Section.DOCUMENT.folders().stream()
            .anyMatch(folder -> relative.startsWith(CONTENT + "/" + folder + "/") && relative.indexOf('/', CONTENT.length() + folder.length() + 2) < 0);
    }

    private static boolean readable(Path file, String relative, FileReport report) {
        try {
            return SourceText.isWithinLimit(Files.size(file), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    /** The reader of a file's front matter and body, once its text decoded and its front matter parsed. */
    private static Optional<ItemReader> parse(Path file, Optional<SourcePath> source, Photos photoSet, Path site, FileReport report) {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + report.path(), e);
        }
        return SourceText.decode(bytes, report)
            .flatMap(text -> FrontMatter.split(text, report))
            .flatMap(frontMatter -> YamlFrontMatter.parse(frontMatter, report)
                .flatMap(fields -> source.map(s -> new ItemReader(s, file, frontMatter, fields, report, photoSet, site))));
    }

    private static Optional<SourcePath> sourcePath(String relative, FileReport report) {
        String inContent = relative.substring(CONTENT.length() + 1);
        int slash = inContent.indexOf('/');
        String folder = slash < 0 ? "" : inContent.substring(0, slash);
        String fileName = inContent.substring(inContent.lastIndexOf('/') + 1);
        String[] parts = inContent.split("/");
        // An article folder (content/tin-tuc/hoi-nghi/index.md, its photos beside it) is named like a file would be.
        String baseName = fileName.equals(FOLDER_ARTICLE) && parts.length >= 3 ? parts[parts.length - 2]
            : fileName.substring(0, fileName.length() - ".md".length());
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

    /**
     * What one file gave.
     *
     * @param item its item, unless it has errors
     * @param problems its problems
     * @param attachment for a document's PDF, its path
     * @param photo for a photo, its path
     * @param photos for a content file, the photos it names
     */
    record FileLoad(Optional<LoadedItem> item, List<Problem> problems, Optional<String> attachment,
                            Optional<String> photo, Set<String> photos) {
    }
}
