package vn.lmhtx.site.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The language editor-facing messages are written in: Vietnamese unless {@code --lang en} or the environment variable
 * {@code LMHTX_LANG=en} asks for English. The machine's default locale plays no part, so a build prints the same
 * words on every machine.
 */
public enum Language {

    /** Tiếng Việt, the editors' language and the default. */
    VI("Messages.properties", Locale.forLanguageTag("vi")),
    /** English, for maintainers. */
    EN("Messages_en.properties", Locale.ENGLISH);

    /** The environment variable that picks the language when {@code --lang} is not given. */
    public static final String ENVIRONMENT = "LMHTX_LANG";

    private static volatile Language chosen;

    private final String resource;
    private final Locale locale;
    private volatile ResourceBundle bundle;

    Language(String resource, Locale locale) {
        this.resource = resource;
        this.locale = locale;
    }

    /** The locale whose decimal mark a message uses for a fraction (53,4 giây; 53.4 s): this language's, never the machine's. */
    public Locale locale() {
        return locale;
    }

    /** "vi" or "en", as {@code --lang} and {@code LMHTX_LANG} spell it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a code such as "en" or "VI", if it is one. */
    public static Optional<Language> of(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language messages are written in now: the one chosen, else {@code LMHTX_LANG}'s, else Vietnamese. */
    public static Language current() {
        Language language = chosen;
        if (language != null) {
            return language;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return fromEnvironment == null ? VI : of(fromEnvironment).orElse(VI);
    }

    /**
     * Writes every message of this process in {@code language} ({@code null}: as the environment says) until the
     * returned handle is closed, which puts back the choice made before.
     */
    public static Choice choose(Language language) {
        Language before = chosen;
        chosen = language;
        return () -> chosen = before;
    }

    /** Undoes a {@link #choose}. */
    @FunctionalInterface
    public interface Choice extends AutoCloseable {
        @Override
        void close();
    }

    /** The catalogue of this language, read once, as UTF-8. */
    ResourceBundle bundle() {
        ResourceBundle loaded = bundle;
        if (loaded == null) {
            try (InputStream in = Language.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("message catalogue " + resource + " is missing from the jar");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    loaded = new PropertyResourceBundle(reader);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the message catalogue " + resource, e);
            }
            bundle = loaded;
        }
        return loaded;
    }
}
