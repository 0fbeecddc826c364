package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.testing.Sites;

/** The project's footer shows each contact line only when jbake.properties sets it, and never placeholder text. */
class FooterContactTest {

    @TempDir
    Path temp;

    @Test
    void emptyContactSettingsLeaveOnlyTheNameInTheFooter() throws Exception {
        Element footer = footerOf(Sites.withProjectTheme(temp.resolve("site")));

        assertThat(footer.select(".footer-name").text()).isEqualTo("Liên minh Hợp tác xã tỉnh Kiên Giang");
        assertThat(footer.select("address")).isEmpty();
        assertThat(footer.text()).doesNotContain("Địa chỉ", "Điện thoại", "Thư điện tử", "Chịu trách nhiệm", "[", "Chưa cập nhật");
    }

    @Test
    void eachSetContactLineIsShownAndOnlyThose() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8)
            .replace("contact.phone=\n", "contact.phone=0297 000 000\n")
            .replace("contact.responsible=\n", "contact.responsible=Nguyễn Văn A\n"), StandardCharsets.UTF_8);

        Element footer = footerOf(site);

        assertThat(footer.select("address p").eachText()).containsExactly("Điện thoại: 0297 000 000");
        assertThat(footer.select("address a").attr("href")).isEqualTo("tel:0297000000");
        assertThat(footer.text()).contains("Chịu trách nhiệm nội dung: Nguyễn Văn A").doesNotContain("Địa chỉ", "Thư điện tử");
    }

    private static Element footerOf(Path site) throws Exception {
        Path output = site.resolve("target/public");
        new SiteBuilder(Sites.NOW).build(site, output);
        return Jsoup.parse(Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8)).selectFirst("footer");
    }
}
