package vn.lmhtx.site.build;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Message;

/**
 * Finds the settings in {@code jbake.properties} that must change before the site is published: a {@code site.host}
 * on a reserved or example domain, and contact details that are empty or still a bracketed placeholder.
 *
 * <p>A development build accepts all of these (the footer simply leaves an empty contact line out), so that
 * {@code mvn verify} passes on a fresh checkout; {@code check --release}, run by the publish workflow, refuses them.
 */
public final class ReleaseGuard {

    /** Contact settings a published site must carry, with what each is for (named in the message). */
    private static final List<Contact> CONTACTS = List.of(
        new Contact("contact.address", Message.CONTACT_ADDRESS),
        new Contact("contact.phone", Message.CONTACT_PHONE),
        new Contact("contact.email", Message.CONTACT_EMAIL),
        new Contact("contact.responsible", Message.CONTACT_RESPONSIBLE));

    /** Domains reserved for tests and examples (RFC 2606, RFC 6761), which can never be the real site's. */
    private static final List<String> RESERVED_SUFFIXES = List.of(".example", ".test", ".invalid", ".localhost", ".local");
    private static final List<String> RESERVED_DOMAINS = List.of("example.com", "example.net", "example.org", "localhost");
    private static final Pattern HOST = Pattern.compile("https?://([^/:]+).*");
    private static final Pattern LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}|0\\.0\\.0\\.0|\\[?::1]?");

    private ReleaseGuard() {
    }

    /** The problems that keep the site in {@code site} from being published, one per setting, in file order. */
    public static List<Problem> problems(Path site) throws IOException {
        Path file = site.resolve(SettingsLoader.FILE);
        if (!Files.isRegularFile(file)) {
            return List.of(); // the ordinary check reports the missing file
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        List<String> lines = List.of(text.split("\n", -1));
        List<Problem> problems = new ArrayList<>();
        String host = properties.getProperty("site.host", "").strip();
        if (isReserved(host)) {
            problems.add(Problem.error(SettingsLoader.FILE, SettingsLoader.lineOf(lines, "site.host"), "site.host", Message.RELEASE_EXAMPLE_HOST.text(host)));
        }
        for (Contact contact : CONTACTS) {
            String value = properties.getProperty(contact.key(), "").strip();
            String purpose = contact.purpose().text();
            String issue = value.isEmpty() ? Message.RELEASE_CONTACT_EMPTY.text(purpose)
                : isPlaceholder(value) ? Message.RELEASE_CONTACT_PLACEHOLDER.text(value, purpose) : null;
            if (issue != null) {
                problems.add(Problem.error(SettingsLoader.FILE, SettingsLoader.lineOf(lines, contact.key()), contact.key(), issue));
            }
        }
        return problems.stream().sorted(Problem.ORDER).toList();
    }

    /** True for a host on a domain reserved for examples and tests, or a loopback address. */
    static boolean isReserved(String address) {
        Matcher m = HOST.matcher(address);
        if (!m.matches()) {
            return false; // a malformed host is the ordinary check's error
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        return LOOPBACK.matcher(name).matches() || RESERVED_DOMAINS.stream().anyMatch(d -> name.equals(d) || name.endsWith("." + d))
            || RESERVED_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** Placeholder text as older settings files carried it: "[Chưa cập nhật – …]". */
    private static boolean isPlaceholder(String value) {
        return value.startsWith("[") && value.endsWith("]") || value.toLowerCase(Locale.ROOT).contains("chưa cập nhật");
    }

    private record Contact(String key, Message purpose) {
    }
}
