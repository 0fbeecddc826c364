package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Language;

/** What {@code check --release} refuses: example hosts and empty or placeholder contact settings, each on its line. */
class ReleaseGuardTest {

    private static final String READY = """
        site.title=Liên minh Hợp tác xã tỉnh Kiên Giang
        site.host=https://lmhtx.kiengiang.gov.vn
        contact.address=Số 1, đường A, Rạch Giá
        contact.phone=0297 000 000
        contact.email=lienminh@kiengiang.gov.vn
        contact.responsible=Nguyễn Văn A, Chủ tịch
        """;

    @TempDir
    Path temp;

    @Test
    void theProjectSettingsAsShippedAreRefusedNamingEverySetting() throws IOException {
        assertThat(ReleaseGuard.problems(Paths.get(""))).extracting(Problem::field)
            .containsExactly("site.host", "contact.address", "contact.phone", "contact.email", "contact.responsible");
    }

    @Test
    void completeSettingsOnARealDomainPass() throws IOException {
        assertThat(ReleaseGuard.problems(site(READY))).isEmpty();
    }

    @Test
    void eachEmptyOrPlaceholderContactIsAnErrorOnItsLine() throws IOException {
        Path site = site(READY.replace("contact.phone=0297 000 000", "contact.phone=")
            .replace("contact.email=lienminh@kiengiang.gov.vn", "contact.email=[Chưa cập nhật – thư điện tử]")
            .replace("contact.responsible=Nguyễn Văn A, Chủ tịch\n", ""));

        assertThat(ReleaseGuard.problems(site)).containsExactly(
            Problem.error("jbake.properties", 1, "contact.responsible",
                "is empty; set who is responsible for the content (\"Chịu trách nhiệm nội dung\") before publishing"),
            Problem.error("jbake.properties", 4, "contact.phone", "is empty; set its phone number before publishing"),
            Problem.error("jbake.properties", 5, "contact.email",
                "is a placeholder (\"[Chưa cập nhật – thư điện tử]\"); set its e-mail address before publishing"));
    }

    @Test
    @SuppressWarnings("try") // the choice is the resource: it holds for the block
    void releaseAndSettingsProblemsAreVietnameseByDefault() throws IOException {
        Path site = site(READY.replace("site.host=https://lmhtx.kiengiang.gov.vn", "site.host=https://lmhtx.example")
            .replace("contact.phone=0297 000 000", "contact.phone=") + "news.perPage=100\n");
        List<Problem> problems = new ArrayList<>();

        try (Language.Choice vi = Language.choose(Language.VI)) {
            problems.addAll(ReleaseGuard.problems(site));
            SettingsLoader.load(site, problems);
        }

        assertThat(problems).extracting(Problem::toString).containsExactly(
            "jbake.properties:2: site.host: \"https://lmhtx.example\" là địa chỉ dành cho ví dụ; hãy ghi địa chỉ thật của "
                + "trang trước khi đăng",
            "jbake.properties:4: contact.phone: đang để trống; hãy ghi số điện thoại trước khi đăng",
            "jbake.properties:1: site.description: còn thiếu; hãy thêm dòng site.description=...",
            "jbake.properties:7: news.perPage: \"100\" không phải số từ 1 đến 99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://lmhtx-kiengiang.example", "https://www.example.com", "http://example.org:8080",
        "https://site.test", "http://localhost:8820", "http://127.0.0.1", "https://x.invalid", "https://EXAMPLE.NET"})
    void reservedHostsAreRefused(String host) throws IOException {
        assertThat(ReleaseGuard.problems(site(READY.replace("https://lmhtx.kiengiang.gov.vn", host)))).containsExactly(
            Problem.error("jbake.properties", 2, "site.host",
                "\"" + host + "\" is a reserved example address; set the address the site is served from before publishing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://lmhtx.kiengiang.gov.vn", "https://example-coop.vn", "https://notexample.com", "https://a.github.io"})
    void realHostsPass(String host) {
        assertThat(ReleaseGuard.isReserved(host)).isFalse();
    }

    private Path site(String properties) throws IOException {
        Files.writeString(temp.resolve("jbake.properties"), properties, StandardCharsets.UTF_8);
        return temp;
    }
}
