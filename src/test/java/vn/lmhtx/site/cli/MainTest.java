package vn.lmhtx.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.messages.Language;
import vn.lmhtx.site.testing.ConsoleCapture;
import vn.lmhtx.site.testing.Sites;

/** The command line's contract: commands, exit codes and what it prints. */
class MainTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path temp;

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertThat(Main.run(Sites.NOW, "--help")).isZero();
        assertThat(stdout()).contains("build", "check", "Exit codes", "3  internal failure");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(Main.run(Sites.NOW)).isEqualTo(2);
    }

    @Test
    void newWithATitleThatMakesNoFileNameIsAUsageError() throws IOException {
        Path site = Sites.withProjectTheme(temp.resolve("site"));

        assertThat(Main.run(Sites.NOW, "new", "news", "", "--source", site.toString())).isEqualTo(2);
        assertThat(stderr()).contains("usage: the title \"\" has no letter or digit");
        assertThat(Main.run(Sites.NOW, "new", "news", "Tin ".repeat(500), "--source", site.toString())).isEqualTo(2);
        assertThat(stderr()).contains("usage: the title is 2000 characters long; a title has at most 200");
        assertThat(Main.run(Sites.NOW, "new", "news", "Tin", "--source", site.toString())).isZero();
        assertThat(Main.run(Sites.NOW, "new", "news", "Tin", "--source", site.toString())).isEqualTo(2);
        assertThat(stderr()).contains("already exists");
    }

    @Test
    void newWithALongTitleMakesAShortFileNameCutBetweenWords() throws IOException {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        String title = "Hội nghị tổng kết hoạt động của các hợp tác xã nông nghiệp, thủy sản và dịch vụ trên địa bàn tỉnh Kiên Giang năm 2026";

        assertThat(Main.run(Sites.NOW, "new", "news", title, "--source", site.toString())).isZero();
        assertThat(site.resolve("content/tin-tuc/hoi-nghi-tong-ket-hoat-dong-cua-cac-hop-tac-xa-nong-nghiep-thuy-san-va-dich-vu.md"))
            .exists();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(Main.run(Sites.NOW, "build", "--no-such-option")).isEqualTo(2);
        assertThat(stderr()).contains("--no-such-option");
    }

    @Test
    void aFolderThatIsNoSiteIsAUsageError() {
        assertThat(Main.run(Sites.NOW, "build", "--source", temp.toString())).isEqualTo(2);
        assertThat(stderr()).contains("is not a site folder");
    }

    @Test
    void aGoodBuildPrintsOneQuietLine() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));

        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString())).isZero();
        assertThat(stdout().lines()).hasSize(1).first().asString()
            .startsWith("Baked ").contains("pages from 6 items (2 not published", "2 warnings,");
        assertThat(stderr()).doesNotContain("DEBUG", "INFO", "OrientDB", "Exception");
        assertThat(site.resolve("target/public/index.html")).exists();
    }

    @Test
    void contentErrorsExitWithOneAndNoStackTrace() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Sites.write(site, "content/tin-tuc/hong.md", "---\ntitle: Hỏng\ntype: tin\n---\n\nx\n");

        assertThat(Main.run(Sites.NOW, "check", "--source", site.toString())).isEqualTo(1);
        assertThat(stderr()).contains("content/tin-tuc/hong.md:3: type: \"tin\" is not a type", "1 error; nothing was written.")
            .doesNotContain("Exception", "\tat ");
    }

    @Test
    void checkReleaseExitsWithOneNamingEachSettingToReplace() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        assertThat(Main.run(Sites.NOW, "check", "--source", site.toString())).isZero();

        assertThat(Main.run(Sites.NOW, "check", "--release", "--source", site.toString())).isEqualTo(1);
        assertThat(stderr()).contains("jbake.properties:3: site.host: \"https://test.example\" is a reserved example address",
            "jbake.properties:1: contact.responsible: is empty", "2 errors").doesNotContain("contact.phone");
    }

    @Test
    void withoutLangTheEnvironmentDecidesAndLangViWritesVietnameseForThatRunOnly() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Sites.write(site, "content/tin-tuc/hong.md", "---\ntitle: Hỏng\ntype: tin\n---\n\nx\n");

        assertThat(Main.run(Sites.NOW, "--lang", "vi", "check", "--source", site.toString())).isEqualTo(1);
        assertThat(stderr()).contains("content/tin-tuc/hong.md:3: type: \"tin\" không phải loại nội dung", "1 lỗi; không tệp nào được ghi.");
        assertThat(Main.run(Sites.NOW, "new", "news", "", "--lang", "VI", "--source", site.toString())).isEqualTo(2);
        assertThat(stderr()).contains("lệnh chưa đúng: tiêu đề \"\" không có chữ cái hay chữ số nào để đặt tên tệp");
        assertThat(Main.run(Sites.NOW, "check", "--source", site.toString())).isEqualTo(1);
        assertThat(stderr()).contains("1 error; nothing was written.");
    }

    @Test
    @SuppressWarnings("try") // the choice is the resource: it holds for the block
    void langEnWritesEnglishWhateverWasChosenBefore() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));

        try (Language.Choice vi = Language.choose(Language.VI)) {
            assertThat(Main.run(Sites.NOW, "check", "--source", site.toString())).isZero();
            assertThat(stdout()).startsWith("Đã kiểm tra ").contains(" trang từ 6 bài (2 bài chưa đăng: bản nháp hoặc hẹn giờ đăng), 2 cảnh báo, ");
            assertThat(Main.run(Sites.NOW, "check", "--lang", "en", "--source", site.toString())).isZero();
            assertThat(stdout()).contains("Checked ", "pages from 6 items (2 not published", "2 warnings,");
            assertThat(Language.current()).isEqualTo(Language.VI);
        }
        assertThat(Main.run(Sites.NOW, "--lang", "fr", "check", "--source", site.toString())).isEqualTo(2);
    }

    @Test
    void threadsMustBeAPositiveNumber() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));

        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString(), "--threads", "0")).isEqualTo(2);
        assertThat(Main.run(Sites.NOW, "check", "--source", site.toString(), "--threads", "two")).isEqualTo(2);
        assertThat(stderr()).contains("--threads must be 1 or more, not 0", "'two' is not an int");
        assertThat(site.resolve("target")).doesNotExist();
    }

    @Test
    void buildAndCheckRunOnOneThread() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));

        assertThat(Main.run(Sites.NOW, "check", "--source", site.toString(), "--threads", "1")).isZero();
        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString(), "--threads", "1")).isZero();
        assertThat(stdout().lines()).hasSize(2).anySatisfy(line -> assertThat(line).startsWith("Baked "));
        assertThat(site.resolve("target/public/index.html")).exists();
    }

    @Test
    void buildWritesWhereOutputSays() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path output = temp.resolve("elsewhere");

        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString(), "--output", output.toString())).isZero();
        assertThat(output.resolve("index.html")).exists();
        assertThat(site.resolve("target")).doesNotExist();
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAnEarlierBuild() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path precious = temp.resolve("precious");
        Sites.write(precious, "notes.txt", "keep me");

        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString(), "--output", precious.toString())).isEqualTo(2);
        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString(), "--output", site.toString())).isEqualTo(2);
        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString(), "--output", site.resolve("content/x").toString())).isEqualTo(2);
        assertThat(precious.resolve("notes.txt")).hasContent("keep me");
        assertThat(stderr()).contains("is not an earlier build", "holds the site folder", "is inside content/");
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }
}
