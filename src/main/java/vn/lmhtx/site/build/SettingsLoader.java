package vn.lmhtx.site.build;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import vn.lmhtx.site.cms.CmsSettings;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.load.InputFiles;
import vn.lmhtx.site.messages.Message;
import vn.lmhtx.site.render.SiteSettings;

/** Reads the site settings from {@code jbake.properties} (as UTF-8), reporting missing or malformed keys by line. */
final class SettingsLoader {

    static final String FILE = "jbake.properties";
    private static final Pattern HOST = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d+)?");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("template\\.(.*)\\.file");
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Pattern BASE_PATH = Pattern.compile("/([A-Za-z0-9._~-]+/)*");

    private final Properties properties = new Properties();
    /** The site-wide notice under the masthead, and its longest length in characters. */
    private static final String NOTICE = "site.notice";
    static final int NOTICE_MAX = 300;

    private final List<String> lines;
    private final List<Problem> problems;

    private SettingsLoader(String text, List<Problem> problems) throws IOException {
        properties.load(new StringReader(text));
        this.lines = List.of(text.split("\n", -1));
        this.problems = problems;
    }

    /** The settings, or empty after adding the problems to {@code problems}. */
    static Optional<Settings> load(Path site, List<Problem> problems) throws IOException {
        Path file = site.resolve(FILE);
        if (InputFiles.isRefused(file)) {
            return Optional.empty(); // a link or a named pipe: never read, and reported by InputFiles
        }
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(FILE, 1, "file", Message.SETTINGS_NOT_FOUND.text(site)));
            return Optional.empty();
        }
        return new SettingsLoader(Files.readString(file, StandardCharsets.UTF_8), problems).read();
    }

    private Optional<Settings> read() {
        String title = required("site.title");
        String description = required("site.description");
        String host = matching("site.host", HOST, Message.HOST_EXPECTED.text());
        String basePath = properties.getProperty("site.basePath", "/").strip();
        if (!BASE_PATH.matcher(basePath).matches()) {
            error("site.basePath", Message.BASE_PATH_INVALID.text(basePath));
        }
        // Contact lines may be empty: the footer then leaves them out (check --release refuses to publish so).
        String address = optional("contact.address");
        String phone = optional("contact.phone");
        String email = optional("contact.email");
        String responsible = optional("contact.responsible");
        String notice = notice();
        String perPage = properties.getProperty("news.perPage", "10").strip();
        if (!perPage.matches("[1-9]\\d?")) {
            error("news.perPage", Message.PER_PAGE_INVALID.text(perPage));
        }
        Map<PageKind, String> templateFiles = templateFiles();
        if (problems.stream().anyMatch(p -> p.path().equals(FILE))) {
            return Optional.empty();
        }
        String icon = required("site.icon");
        if (!icon.isEmpty() && !icon.startsWith("/")) {
            error("site.icon", Message.ICON_INVALID.text(icon));
        }
        CmsSettings cms = cms();
        SiteSettings site = new SiteSettings(title, description, host, basePath, address, phone, email, responsible,
            Integer.parseInt(perPage), icon, notice);
        if (problems.stream().anyMatch(p -> p.path().equals(FILE))) {
            return Optional.empty();
        }
        return Optional.of(new Settings(site, templateFiles, cms));
    }

    /**
     * {@code template.<key>.file} entries: which template renders each kind of page. A key that names no
     * {@link PageKind} is an error: its template would never be used, and the kind it was meant for would be missing.
     */
    private Map<PageKind, String> templateFiles() {
        Map<PageKind, String> files = new EnumMap<>(PageKind.class);
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            Matcher m = TEMPLATE_KEY.matcher(key);
            if (m.matches()) {
                Optional<PageKind> kind = PageKind.byKey(m.group(1));
                if (kind.isPresent()) {
                    files.put(kind.get(), properties.getProperty(key).strip());
                } else {
                    error(key, Message.UNKNOWN_PAGE_KIND.text(m.group(1), String.join(", ", PageKind.keys())));
                }
            }
        }
        return files;
    }

    /** Checks that every kind of page in use has a template file that exists. */
    static void checkTemplates(Set<PageKind> kinds, Map<PageKind, String> files, Path templates, List<Problem> problems,
                               Path site) throws IOException {
        List<String> lines = List.of(Files.readString(site.resolve(FILE), StandardCharsets.UTF_8).split("\n", -1));
        for (PageKind kind : new TreeSet<>(kinds)) {
            String key = "template." + kind.key() + ".file";
            String file = files.get(kind);
            if (file == null) {
                problems.add(Problem.error(FILE, lines.size(), key, Message.TEMPLATE_SETTING_MISSING.text(key, kind.defaultTemplate())));
            } else if (!templates.resolve(file).normalize().startsWith(templates.normalize())) {
                // Freemarker only loads from templates/; a path that leaves it would fail while baking, without a line.
                problems.add(Problem.error(FILE, lineOf(lines, key), key, Message.TEMPLATE_OUTSIDE.text(file,
                    kind.defaultTemplate())));
            } else if (!Files.isRegularFile(templates.resolve(file))) {
                problems.add(Problem.error(FILE, lineOf(lines, key), key, Message.TEMPLATE_MISSING.text(file)));
            }
        }
    }

    /** The web editor's settings: off unless {@code cms.enabled=true}, and then it needs the repository to commit to. */
    private CmsSettings cms() {
        String enabled = optional("cms.enabled");
        if (!enabled.matches("|true|false")) {
            error("cms.enabled", Message.CMS_ENABLED_INVALID.text(enabled));
        }
        if (!enabled.equals("true")) {
            return CmsSettings.OFF;
        }
        String repository = optional("cms.repo");
        if (!REPOSITORY.matcher(repository).matches()) {
            error(repository.isEmpty() ? "cms.enabled" : "cms.repo", repository.isEmpty()
                ? Message.CMS_REPOSITORY_MISSING.text() : Message.CMS_REPOSITORY_INVALID.text(repository));
        }
        String branch = properties.getProperty("cms.branch", "main").strip();
        String authEndpoint = optional("cms.auth_url");
        if (!authEndpoint.isEmpty() && !HOST.matcher(authEndpoint).matches()) {
            error("cms.auth_url", Message.CMS_AUTH_URL_INVALID.text(authEndpoint));
        }
        return new CmsSettings(true, repository, branch.isEmpty() ? "main" : branch, authEndpoint);
    }

    /** What jbake.properties says: the site's settings, the template of each kind of page, the web editor's settings. */
    record Settings(SiteSettings site, Map<PageKind, String> templateFiles, CmsSettings cms) {
    }

    private String required(String key) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            error(key, Message.SETTING_MISSING.text(key));
        }
        return value;
    }

    /** {@code site.notice}: empty (no notice) by default; a notice must stay short enough to read under the masthead. */
    private String notice() {
        String notice = optional(NOTICE);
        int length = notice.codePointCount(0, notice.length());
        if (length > NOTICE_MAX) {
            error(NOTICE, noticeTooLong(length));
        }
        return notice;
    }

    /** The message for a notice over {@link #NOTICE_MAX} characters. */
    static String noticeTooLong(int length) {
        return Message.NOTICE_TOO_LONG.text(length, NOTICE_MAX);
    }

    private String optional(String key) {
        return properties.getProperty(key, "").strip();
    }

    private String matching(String key, Pattern pattern, String expected) {
        String value = required(key);
        if (!value.isEmpty() && !pattern.matcher(value).matches()) {
            error(key, Message.SETTING_NOT_AS_EXPECTED.text(value, expected));
        }
        return value;
    }

    private void error(String key, String message) {
        problems.add(Problem.error(FILE, lineOf(lines, key), key, message));
    }

    /** The line a key is set on, else 1. */
    static int lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 1;
    }
}
