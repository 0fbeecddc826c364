package vn.lmhtx.site.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.markdown.MarkdownRenderer;

/**
 * Mutates a valid news file at random (characters and lines deleted, duplicated or inserted from a pool of YAML-ish,
 * Markdown-ish and encoding-breaking fragments) and checks the loader's promise: it never throws for bad content, and
 * every problem it reports points at a file and line an editor can open.
 */
class FrontMatterFuzzTest {

    private static final String MUTATED = "content/tin-tuc/tin-moi.md";
    private static final String NEIGHBOUR = "content/tin-tuc/tin-khac.md";

    /** The file every try starts from; it loads with no problem at all (see the first example). */
    private static final byte[] VALID_NEWS = """
        ---
        title: Quá trình hình thành và phát triển
        type: news
        date: 2018-02-21T14:45:00+07:00
        author: Nguyễn Quí
        category: Hoạt động Hợp tác xã
        summary: Tóm tắt quá trình hình thành.
        tags: [Liên minh HTX, Đại hội]
        aliases:
          - /tin-cu/qua-trinh.html
        ---

        ## Tóm tắt

        Năm 1992, [Liên minh](/gioi-thieu/) được thành lập với **1.943** thành viên.
        """.getBytes(UTF_8);

    /** A valid second file, so checks across files (URLs, aliases, tag spellings) have something to compare. */
    private static final byte[] NEIGHBOUR_NEWS = """
        ---
        title: Tin khác
        type: news
        date: 2018-03-01
        summary: Tóm tắt.
        tags: [Liên minh HTX]
        aliases: [/tin-cu/khac.html]
        ---

        Văn bản.
        """.getBytes(UTF_8);

    private static final List<Fragment> FRAGMENTS = List.of(
        text(": "), text("- "), text("["), text("]"), text("{"), text("}"), text("\""), text("'"), text("\t"),
        text("&a "), text("*a"), text("!!binary "), text("!!int "), text("---"), text("..."), text("#"), text("|"),
        text(">"), text("%YAML 1.2"), text("title: "), text("type: page"), text("date: 31/02/2018"),
        text("tags: ["), text("slug: tin-khac"), text("aliases: [/tin-tuc/tin-khac/]"), text("<script>alert(1)</script>"),
        text("[x](javascript:alert(1))"), text("<a onclick=\"x()\">"), text("\r"), text("\r\n"), text("\n\n"),
        text("\u0000"), text("\u0001"), text("\u001b"), text("\u007f"), text("\u0085"), text("\u2028"), text("\uFEFF"),
        text("😀"), text("👨‍👩‍👧"), text(Normalizer.normalize("Đại hội lần thứ VI", Normalizer.Form.NFD)),
        text("x".repeat(5_000)), text("Hợp tác xã ".repeat(500)), text("\"" + "dài ".repeat(1_000) + "\""),
        bytes("C3"), bytes("E9"), bytes("FF"), bytes("C0AF"), bytes("EDA080"), bytes("F09F98"), bytes("F4908080"));

    private static Path site;

    @BeforeContainer
    static void createSite() throws IOException {
        site = Files.createTempDirectory("fuzz-site");
        write(NEIGHBOUR, NEIGHBOUR_NEWS);
    }

    @AfterContainer
    static void deleteSite() throws IOException {
        Folders.delete(site);
    }

    @Example
    void theUnmutatedFileHasNoProblem() {
        write(MUTATED, VALID_NEWS);

        LoadResult result = load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).hasSize(2);
    }

    @Property(tries = 300)
    void mutatedFileNeverThrowsAndEveryProblemIsLocated(@ForAll("mutations") List<Mutation> mutations) {
        byte[] file = VALID_NEWS;
        for (Mutation mutation : mutations) {
            file = mutation.apply(file);
        }
        write(MUTATED, file);

        AtomicReference<LoadResult> loaded = new AtomicReference<>();
        assertThatCode(() -> loaded.set(load())).as("loading %s", new String(file, UTF_8)).doesNotThrowAnyException();

        int lastLine = lineCountUpperBound(file);
        List<Problem> problems = loaded.get().problems();
        assertThat(problems).isSortedAccordingTo(Problem.ORDER);
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.path()).isIn(MUTATED, NEIGHBOUR);
            assertThat(problem.line()).as("line of %s", problem).isBetween(1, lastLine);
            assertThat(problem.field()).as("field of %s", problem).isNotBlank();
            assertThat(problem.message()).as("message of %s", problem).isNotBlank();
            assertThat(problem.severity()).isNotNull();
        });
    }

    // ---- inputs the fuzzer found that once crashed the loader; the pool above avoids them -------------------

    @Example
    void longDashLineInTheBodyDoesNotCrash() {
        assertLoadsWithoutThrowing(VALID_NEWS, "\n" + "-".repeat(5_000) + "\n");
    }

    @Example
    void deeplyNestedQuoteInTheBodyDoesNotCrash() {
        assertLoadsWithoutThrowing(VALID_NEWS, "\n" + ">".repeat(5_000) + " x\n");
    }

    @Example
    void deeplyNestedListInTheFrontMatterDoesNotCrash() {
        String text = new String(VALID_NEWS, UTF_8).replace("author: Nguyễn Quí", "author: " + "[".repeat(5_000));
        assertLoadsWithoutThrowing(text.getBytes(UTF_8), "");
    }

    // ---- mutations -----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> anywhere = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Integer> shortLength = Arbitraries.integers().between(1, 20);
        Arbitrary<byte[]> fragment = Arbitraries.oneOf(
            Arbitraries.of(FRAGMENTS).map(Fragment::bytes),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4).map(s -> s.getBytes(UTF_8)),
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4));
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
            Combinators.combine(anywhere, shortLength).as(DeleteChars::new),
            Combinators.combine(anywhere, shortLength).as(DuplicateChars::new),
            Combinators.combine(anywhere, fragment).as(InsertChars::new),
            anywhere.map(DeleteLine::new),
            anywhere.map(DuplicateLine::new),
            Combinators.combine(anywhere, fragment).as(InsertLine::new));
        return mutation.list().ofMinSize(1).ofMaxSize(6);
    }

    /** One edit of a file's bytes; positions and line numbers wrap around the file's length. */
    interface Mutation {
        byte[] apply(byte[] file);
    }

    record DeleteChars(int at, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            int from = at % (file.length + 1);
            int to = Math.min(file.length, from + length);
            return join(slice(file, 0, from), slice(file, to, file.length));
        }
    }

    record DuplicateChars(int at, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            int from = at % (file.length + 1);
            int to = Math.min(file.length, from + length);
            return join(slice(file, 0, to), slice(file, from, file.length));
        }
    }

    record InsertChars(int at, byte[] fragment) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            int where = at % (file.length + 1);
            return join(slice(file, 0, where), fragment, slice(file, where, file.length));
        }

        @Override
        public String toString() {
            return "InsertChars[at=" + at + ", fragment=" + HexFormat.of().formatHex(fragment) + "]";
        }
    }

    record DeleteLine(int line) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            List<byte[]> lines = lines(file);
            lines.remove(line % lines.size());
            return joinLines(lines);
        }
    }

    record DuplicateLine(int line) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            List<byte[]> lines = lines(file);
            int index = line % lines.size();
            lines.add(index, lines.get(index));
            return joinLines(lines);
        }
    }

    record InsertLine(int line, byte[] fragment) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            List<byte[]> lines = lines(file);
            lines.add(line % (lines.size() + 1), fragment);
            return joinLines(lines);
        }

        @Override
        public String toString() {
            return "InsertLine[line=" + line + ", fragment=" + HexFormat.of().formatHex(fragment) + "]";
        }
    }

    /** A pool entry: text as UTF-8, or raw bytes given in hex (for sequences that are not UTF-8). */
    record Fragment(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Fragment text(String text) {
        return new Fragment(text.length() > 20 ? text.substring(0, 20) + "…" : text, text.getBytes(UTF_8));
    }

    private static Fragment bytes(String hex) {
        return new Fragment("0x" + hex, HexFormat.of().parseHex(hex));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void assertLoadsWithoutThrowing(byte[] file, String appendedLines) {
        write(MUTATED, join(file, appendedLines.getBytes(UTF_8)));
        assertThatCode(FrontMatterFuzzTest::load).doesNotThrowAnyException();
    }

    private static LoadResult load() {
        return new ContentLoader(new MarkdownRenderer()).load(site);
    }

    /** At least the number of lines any reader of the file could count, whichever of \n, \r\n or \r ends them. */
    private static int lineCountUpperBound(byte[] file) {
        int breaks = 0;
        for (byte b : file) {
            if (b == '\n' || b == '\r') {
                breaks++;
            }
        }
        return breaks + 1;
    }

    private static void write(String relative, byte[] bytes) {
        try {
            Path file = site.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                lines.add(slice(file, start, i));
                start = i + 1;
            }
        }
        lines.add(slice(file, start, file.length));
        return lines;
    }

    private static byte[] joinLines(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            out.writeBytes(lines.get(i));
        }
        return out.toByteArray();
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
