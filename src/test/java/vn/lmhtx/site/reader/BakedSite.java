package vn.lmhtx.site.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The real site as {@code mvn package} baked it, and the pages the reader-facing tests visit. */
final class BakedSite {

    static final Path PUBLIC = Paths.get(System.getProperty("site.public", "target/public"));
    static final Path TOOLS = Paths.get("src/test/node/node_modules");

    static final String HOME = "/";
    static final String HISTORY = "/gioi-thieu/lich-su/";
    static final String CONGRESS_III = "/dai-hoi/dai-hoi-lan-thu-iii/";
    static final String ACHIEVEMENTS = "/thanh-tuu/";
    static final String CREDIT = "/thanh-tuu/tin-dung-va-bao-hiem/";
    static final String NEWS = "/tin-tuc/";
    static final String ARTICLE = "/tin-tuc/qua-trinh-hinh-thanh-va-phat-trien-lien-minh-htx-tinh-kien-giang/";
    static final String MISSING = "/khong-co-trang-nay/";
    static final String DOCUMENTS = "/van-ban/";
    static final String DOCUMENT_1385 = "/van-ban/quyet-dinh-so-1385-qd-ubnd/";
    static final String DOCUMENTS_OF_THE_PROVINCE = "/van-ban/co-quan/uy-ban-nhan-dan-tinh-kien-giang/";

    private BakedSite() {
    }

    /** A baked page, parsed. */
    static Document page(String url) throws IOException {
        Path file = PUBLIC.resolve(url.substring(1) + (url.endsWith("/") ? "index.html" : ""));
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The reader-visible text of a page's main content, whitespace collapsed. */
    static String mainText(String url) throws IOException {
        return page(url).select("main").text();
    }
}
