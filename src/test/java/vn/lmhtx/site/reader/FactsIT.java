package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lmhtx.site.testing.Sites;

/**
 * Every fact of the alliance's article is on the page where readers look for it, exactly as the article gives it.
 * The article is {@code src/test/resources/seed/}, a copy of the alliance's own publication.
 */
class FactsIT {

    private static final String SEED = "seed/000_713b611a9d5afb23.txt";
    private static final String PROVINCE = "Ủy ban nhân dân tỉnh Kiên Giang";

    /** Each page and the facts (dates, decisions, figures) it must show. */
    static Stream<Arguments> factsByPage() {
        return Stream.of(
            Arguments.of("/dai-hoi/dai-hoi-lan-thu-i/", List.of("Lần thứ I", "09/09/1994", "Hội đồng Liên minh các HTX tỉnh Kiên Giang",
                "747/QĐ-UB", "28/09/1994", "Ngày 09/9/1994, Đại hội lần thứ nhất lấy tên là Hội đồng Liên minh các HTX tỉnh Kiên Giang")),
            Arguments.of("/dai-hoi/dai-hoi-lan-thu-ii/", List.of("Lần thứ II", "18/12/2001", "2001 – 2005", "Liên minh HTX tỉnh Kiên Giang",
                "02/QĐ-UBND", "28/01/2002", "phê duyệt Quy chế tổ chức và hoạt động")),
            Arguments.of("/dai-hoi/dai-hoi-lan-thu-iii/", List.of("Lần thứ III", "20-21/07/2006", "2006 – 2010", "1385/QĐ-UBND",
                "29/08/2006", "công nhận Điều lệ")),
            Arguments.of("/dai-hoi/dai-hoi-lan-thu-iv/", List.of("Lần thứ IV", "tháng 12/2010", "2011 – 2015", "374/QĐ-UBND",
                "09/02/2011", "phê duyệt Điều lệ")),
            Arguments.of("/dai-hoi/dai-hoi-lan-thu-v/", List.of("Lần thứ V", "11-12/04/2016", "2016 – 2020", "1189/QĐ-UBND",
                "20/05/2016", "phê duyệt Điều lệ (sửa đổi, bổ sung)")),
            Arguments.of(BakedSite.HISTORY, List.of("năm 1992", "Hội đồng lâm thời các doanh nghiệp ngoài quốc doanh tỉnh Kiên Giang",
                "747/QĐ-UB", "02/QĐ-UBND", "1385/QĐ-UBND", "374/QĐ-UBND", "1189/QĐ-UBND", "tháng 12/2010", "20-21/07/2006")),
            Arguments.of(BakedSite.CREDIT, List.of("1.943 thành viên", "22 HTX", "97 tỷ 155 triệu đồng", "1.180 thành viên",
                "13 tỷ 416 triệu đồng", "28 thành viên", "Ngân hàng Thương mại Cổ phần Quân đội Chi nhánh tỉnh Kiên Giang")),
            Arguments.of("/thanh-tuu/lien-ket-thi-truong-va-hoi-cho/", List.of("147 HTX", "trên 25.000 ha", "9 HTX", "Cần Thơ", "Hà Nội")),
            Arguments.of("/thanh-tuu/dai-dien-tu-van-dao-tao/", List.of("58 học viên", "hàng 1.000 biểu mẫu", "4–5 lớp", "7–9 lớp")),
            Arguments.of("/thanh-tuu/thi-dua-khen-thuong/", List.of("14 khối thi đua", "3 lớp", "2017 – 2022")),
            Arguments.of(BakedSite.ARTICLE, List.of("14:45 | 21/02/2018", "Nguyễn Quí", "Hoạt động Hợp tác xã")),
            Arguments.of("/van-ban/quyet-dinh-so-747-qd-ub/", List.of("Số 747/QĐ-UB", "Ngày ban hành 28/09/1994", PROVINCE,
                "Nội dung Công nhận", "Đại hội Đại hội Liên minh HTX tỉnh lần thứ I")),
            Arguments.of("/van-ban/quyet-dinh-so-02-qd-ubnd/", List.of("Số 02/QĐ-UBND", "Ngày ban hành 28/01/2002", PROVINCE,
                "Nội dung Phê duyệt Quy chế tổ chức và hoạt động", "Đại hội Đại hội Liên minh HTX tỉnh lần thứ II")),
            Arguments.of(BakedSite.DOCUMENT_1385, List.of("Số 1385/QĐ-UBND", "Ngày ban hành 29/08/2006", PROVINCE,
                "Nội dung Công nhận Điều lệ", "Đại hội Đại hội Liên minh HTX tỉnh lần thứ III")),
            Arguments.of("/van-ban/quyet-dinh-so-374-qd-ubnd/", List.of("Số 374/QĐ-UBND", "Ngày ban hành 09/02/2011", PROVINCE,
                "Nội dung Phê duyệt Điều lệ", "Đại hội Đại hội Liên minh HTX tỉnh lần thứ IV")),
            Arguments.of("/van-ban/quyet-dinh-so-1189-qd-ubnd/", List.of("Số 1189/QĐ-UBND", "Ngày ban hành 20/05/2016", PROVINCE,
                "Nội dung Phê duyệt Điều lệ (sửa đổi, bổ sung)", "Đại hội Đại hội Liên minh HTX tỉnh lần thứ V")),
            Arguments.of(BakedSite.DOCUMENTS, List.of("Năm 2016", "1189/QĐ-UBND", "20/05/2016", "Năm 2011", "374/QĐ-UBND",
                "Năm 2006", "1385/QĐ-UBND", "Năm 2002", "02/QĐ-UBND", "Năm 1994", "747/QĐ-UB", PROVINCE + " (5)")));
    }

    /** Each congress's decision leads to the page of that decision, and that page back to the congress. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/dai-hoi/dai-hoi-lan-thu-i/,747/QĐ-UB,/van-ban/quyet-dinh-so-747-qd-ub/",
        "/dai-hoi/dai-hoi-lan-thu-ii/,02/QĐ-UBND,/van-ban/quyet-dinh-so-02-qd-ubnd/",
        "/dai-hoi/dai-hoi-lan-thu-iii/,1385/QĐ-UBND,/van-ban/quyet-dinh-so-1385-qd-ubnd/",
        "/dai-hoi/dai-hoi-lan-thu-iv/,374/QĐ-UBND,/van-ban/quyet-dinh-so-374-qd-ubnd/",
        "/dai-hoi/dai-hoi-lan-thu-v/,1189/QĐ-UBND,/van-ban/quyet-dinh-so-1189-qd-ubnd/"})
    void eachCongressAndItsDecisionLinkToEachOther(String congress, String number, String document) throws IOException {
        Element decisionLink = BakedSite.page(congress).selectFirst("main dd a[href=" + document + "]");
        assertThat(decisionLink).as("link from %s to its decision", congress).isNotNull();
        assertThat(decisionLink.text()).isEqualTo(number);
        assertThat(BakedSite.page(document).select("main dd a[href=" + congress + "]")).as("link back from %s", document).hasSize(1);
        assertThat(BakedSite.page(document).select("h1").text()).isEqualTo("Quyết định số " + number);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factsByPage")
    void eachFactIsOnItsPage(String page, List<String> facts) throws IOException {
        String text = BakedSite.mainText(page);

        assertThat(text).as("facts on %s", page).contains(facts);
    }

    @Test
    void theArticleIsRepublishedWordForWord() throws IOException {
        String article = BakedSite.mainText(BakedSite.ARTICLE);

        List<String> sentences = articleLines();
        assertThat(sentences).hasSizeGreaterThan(10);
        assertThat(article).contains(sentences);
    }

    /** The article's lines between its date line and its signature, list markers removed, spaces collapsed. */
    private static List<String> articleLines() throws IOException {
        List<String> lines = Files.readAllLines(Sites.resource(SEED), StandardCharsets.UTF_8);
        List<String> body = new ArrayList<>();
        boolean inBody = false;
        for (String line : lines) {
            String text = line.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
            if (text.equals("(14:45 | 21/02/2018)")) {
                inBody = true;
            } else if (text.equals("Nguyễn Quí")) {
                break;
            } else if (inBody && !text.isEmpty()) {
                body.add(text.replaceFirst("^- ", ""));
            }
        }
        return body;
    }
}
