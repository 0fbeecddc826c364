package vn.lmhtx.site.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.lmhtx.site.build.BuildFailedException;
import vn.lmhtx.site.build.BuildOptions;
import vn.lmhtx.site.build.BuildResult;
import vn.lmhtx.site.build.OutputRefusedException;
import vn.lmhtx.site.build.ReleaseGuard;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Language;
import vn.lmhtx.site.messages.Message;
import vn.lmhtx.site.scaffold.Scaffolder;
import vn.lmhtx.site.search.QueryPlan;
import vn.lmhtx.site.search.SearchHit;
import vn.lmhtx.site.search.SearchHits;
import vn.lmhtx.site.search.SearchIndex;
import vn.lmhtx.site.search.Searcher;
import vn.lmhtx.site.serve.PreviewServer;

/** Entry point of {@code lmhtx-site.jar}. */
@Command(name = "lmhtx-site", mixinStandardHelpOptions = true, version = "lmhtx-site 1.0",
    description = "Bakes the website of Liên minh Hợp tác xã tỉnh Kiên Giang from Markdown.",
    subcommands = {Main.Build.class, Main.Check.class, Main.Serve.class, Main.New.class, Main.Search.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  ok", "  1  problems in content, templates or links (each printed as path:line: field: message)", "  2  usage error",
        "  3  internal failure"})
public final class Main implements Callable<Integer> {

    @Option(names = "--verbose", description = "Show JBake's progress and every step.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @Option(names = "--lang", paramLabel = "vi|en", scope = CommandLine.ScopeType.INHERIT,
        description = "Language of the messages: vi (Vietnamese, the default) or en (English); "
            + "without it, the environment variable " + Language.ENVIRONMENT + " decides.")
    Language lang;

    private final Clock clock;

    Main(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        Logging.startSetUp();
        int code;
        try {
            code = run(Clock.systemUTC(), args);
        } catch (OutOfMemoryError e) {
            // An Error escapes picocli's handler; without this the JVM would exit 1, the code of content errors.
            System.err.println(Message.OUT_OF_MEMORY.text());
            code = ExitCodes.INTERNAL_FAILURE;
        }
        System.exit(code);
    }

    /** Vietnamese output in UTF-8 whatever the machine's default charset (a CI image may default to ASCII). */
    static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs the command line with a given clock and returns the exit code, for tests. */
    static int run(Clock clock, String... args) {
        Main main = new Main(clock);
        CommandLine commandLine = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(parseResult -> {
            if (main.lang == null) {
                return new CommandLine.RunLast().execute(parseResult);
            }
            // --lang holds for this run only, so a caller in the same JVM (a test) keeps its own choice afterwards.
            Language.Choice choice = Language.choose(main.lang);
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                choice.close();
            }
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println(Message.INTERNAL_FAILURE.text(BuildFailedException.describe(exception)));
            if (cmd.getCommand() instanceof SiteCommand command && command.parent().verbose) {
                exception.printStackTrace(cmd.getErr());
            }
            return ExitCodes.INTERNAL_FAILURE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return ExitCodes.USAGE;
    }

    /** What build and check share: the site folder and the parent's options. */
    abstract static class SiteCommand implements Callable<Integer> {

        @ParentCommand
        Main parent;

        @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder holding content/, templates/, assets/ and jbake.properties (default: current folder).")
        Path source;

        Main parent() {
            return parent;
        }

        PrintWriter out;
        PrintWriter err;

        /** Sets up output and logging, checks that --source is a site folder, then runs the command. */
        @Override
        public final Integer call() throws Exception {
            out = utf8(System.out);
            err = utf8(System.err);
            Logging.configure(parent.verbose);
            for (String required : List.of("content", "templates")) {
                if (!Files.isDirectory(source.resolve(required))) {
                    err.println(Message.USAGE.text(Message.NOT_A_SITE_FOLDER.text(source.toAbsolutePath().normalize(), required)));
                    return ExitCodes.USAGE;
                }
            }
            return run();
        }

        /** The command itself, once its site folder is known to be one. */
        abstract Integer run() throws Exception;

        static int reportErrors(ContentErrorsException e, PrintWriter err) {
            List<Problem> problems = e.problems();
            problems.forEach(err::println);
            long errors = problems.stream().filter(Problem::isError).count();
            err.println(Message.ERRORS_NOTHING_WRITTEN.text(errors));
            return ExitCodes.CONTENT_ERRORS;
        }
    }

    /** What build and check share beyond the site folder: they bake, on {@code --threads} threads. */
    abstract static class BakeCommand extends SiteCommand {

        @Option(names = "--threads", paramLabel = "N",
            description = "Threads for loading content and the HTML passes (default: one per processor, here ${DEFAULT-VALUE}); "
                + "1 runs every stage sequentially. The output is the same for any N.")
        int threads = BuildOptions.defaults().threads();

        @Override
        final Integer run() throws Exception {
            if (threads < 1) {
                err.println(Message.USAGE.text(Message.THREADS_INVALID.text(threads)));
                return ExitCodes.USAGE;
            }
            return run(new BuildOptions(threads));
        }

        /** The command itself, with valid build options. */
        abstract Integer run(BuildOptions options) throws Exception;
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Validate and bake the site into the output folder.")
    static final class Build extends BakeCommand {

        @Option(names = "--output", paramLabel = "DIR", description = "Where the site goes (default: target/public under the site folder).")
        Path output;

        @Override
        Integer run(BuildOptions options) throws Exception {
            Path target = output != null ? output : source.resolve("target").resolve("public");
            try {
                BuildResult result = new SiteBuilder(parent.clock, options).build(source, target);
                result.warnings().forEach(err::println);
                out.println(result.summary(Message.SUMMARY_BUILT, target.toAbsolutePath().normalize()));
                return ExitCodes.OK;
            } catch (ContentErrorsException e) {
                return reportErrors(e, err);
            } catch (OutputRefusedException e) {
                err.println(Message.USAGE.text(e.getMessage()));
                return ExitCodes.USAGE;
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate content, templates and links without writing the site (for a pre-commit hook).")
    static final class Check extends BakeCommand {

        @Option(names = "--release", description = "Also refuse what must not be published: site.host on a reserved example "
            + "domain, empty or placeholder contact.* settings (the publish workflow runs this).")
        boolean release;

        @Override
        Integer run(BuildOptions options) throws Exception {
            List<Problem> releaseProblems = release ? ReleaseGuard.problems(source) : List.of();
            try {
                BuildResult result = new SiteBuilder(parent.clock, options).check(source);
                result.warnings().forEach(err::println);
                if (!releaseProblems.isEmpty()) {
                    return reportErrors(new ContentErrorsException(releaseProblems), err);
                }
                out.println(result.summary(Message.SUMMARY_CHECKED));
                return ExitCodes.OK;
            } catch (ContentErrorsException e) {
                // One report with every problem: the release settings beside the content's.
                return reportErrors(new ContentErrorsException(Stream.concat(e.problems().stream(), releaseProblems.stream()).toList()), err);
            }
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on http://127.0.0.1:PORT/ and rebuild it, with live reload, on every save.")
    static final class Serve extends SiteCommand {

        private static final int MAX_PORT = 65_535;

        @Option(names = "--port", defaultValue = "8820",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one). The preview builds into target/preview-PORT.")
        int port;

        @Option(names = "--no-drafts", negatable = false,
            description = "Show exactly what build publishes: no drafts or scheduled news (by default they are shown, each with a banner).")
        boolean noDrafts;

        @Override
        Integer run() throws Exception {
            if (port < 0 || port > MAX_PORT) {
                err.println(Message.USAGE.text(Message.PORT_INVALID.text(MAX_PORT, port)));
                return ExitCodes.USAGE;
            }
            PreviewServer server;
            try {
                server = new PreviewServer(source, source.resolve("target"), port, new SiteBuilder(parent.clock), out, parent.verbose,
                    !noDrafts);
            } catch (BindException e) {
                err.println(Message.USAGE.text(Message.PORT_IN_USE.text(port, e.getMessage())));
                return ExitCodes.USAGE;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
            out.println(Message.PREVIEW_AT.text(server.address()));
            new CountDownLatch(1).await();
            return ExitCodes.OK;
        }

        private static void closeQuietly(PreviewServer server) {
            try {
                server.close();
            } catch (IOException e) {
                // Shutting down anyway.
            }
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a content file with valid front matter, as a draft: new news \"Tiêu đề có dấu\".")
    static final class New extends SiteCommand {

        @Parameters(index = "0", paramLabel = "TYPE", description = "news, congress, achievement, page or document")
        String type;

        @Parameters(index = "1", paramLabel = "TITLE", description = "The title, with diacritics; the file name is its ASCII slug.")
        String title;

        @Override
        Integer run() throws Exception {
            Optional<ContentType> contentType = Scaffolder.type(type);
            if (contentType.isEmpty()) {
                err.println(Message.USAGE.text(Message.NEW_UNKNOWN_TYPE.text(type)));
                return ExitCodes.USAGE;
            }
            try {
                Path file = new Scaffolder(parent.clock).create(source, contentType.get(), title);
                out.println(Message.NEW_CREATED.text(source.relativize(file).toString().replace('\\', '/')));
                return ExitCodes.OK;
            } catch (Scaffolder.ScaffoldException e) {
                // The title or type given cannot make a new file: the command line is what must change.
                err.println(Message.USAGE.text(e.getMessage()));
                return ExitCodes.USAGE;
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
        description = "Query the Lucene index shipped in a baked site, as the site's search page ranks.")
    static final class Search implements Callable<Integer> {

        @ParentCommand
        Main parent;

        @Option(names = "--site", paramLabel = "DIR", defaultValue = "target/public", description = "The baked site (default: ${DEFAULT-VALUE}).")
        Path site;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print [{\"url\",\"title\",\"score\"}] instead of lines.")
        boolean json;

        @Option(names = "--type", description = "Only pages of this type (news, congress, achievement, history, page, document).")
        String type;

        @Option(names = "--year", description = "Only pages of this year.")
        String year;

        @Option(names = "--typing", description = "The last word is still being typed: it also matches the longer words "
            + "it starts, as on the search page while a reader types.")
        boolean typing;

        @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for, with or without diacritics.")
        List<String> query;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = utf8(System.out);
            PrintWriter err = utf8(System.err);
            if (!Files.isDirectory(site.resolve(SearchIndex.FOLDER)) || limit < 1) {
                err.println(Message.USAGE.text(Message.SEARCH_NO_INDEX.text(site.toAbsolutePath().normalize())));
                return ExitCodes.USAGE;
            }
            String text = String.join(" ", query);
            try (Searcher searcher = new Searcher(site)) {
                QueryPlan plan = typing ? searcher.typed(text, Optional.ofNullable(type), Optional.ofNullable(year))
                    : QueryPlan.of(text, Optional.ofNullable(type), Optional.ofNullable(year));
                List<SearchHit> hits = searcher.search(plan, limit);
                out.println(json ? SearchHits.json(hits) : SearchHits.lines(hits));
            }
            return ExitCodes.OK;
        }
    }
}
