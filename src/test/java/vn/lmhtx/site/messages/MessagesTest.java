package vn.lmhtx.site.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue is whole: both languages have exactly the keys of {@link Message}, each pattern uses exactly the
 * arguments its key declares, no apostrophe is swallowed by MessageFormat, and every key is used by the code.
 */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLanguageHasExactlyTheKeysOfMessage(Language language) throws IOException {
        Set<String> keys = new TreeSet<>(Collections.list(language.bundle().getKeys()));

        assertThat(keys).isEqualTo(Stream.of(Message.values()).map(Message::name).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(rawKeyCount(language)).as("a key written twice in %s", language).isEqualTo((long) keys.size());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachPatternUsesExactlyTheArgumentsItsKeyDeclares(Language language) {
        for (Message message : Message.values()) {
            Set<Integer> used = new TreeSet<>();
            Matcher m = ARGUMENT.matcher(message.pattern(language).replace("''", ""));
            while (m.find()) {
                used.add(Integer.parseInt(m.group(1)));
            }
            assertThat(used).as("%s in %s", message, language)
                .isEqualTo(IntStream.range(0, message.parameters().size()).boxed().collect(Collectors.toSet()));
        }
    }

    /** A lone apostrophe starts a quoted run in MessageFormat and silently hides the placeholders after it. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void apostrophesAreDoubledSoNoneIsSwallowed(Language language) {
        for (Message message : Message.values()) {
            String pattern = message.pattern(language);
            assertThat(pattern.replace("''", "")).as("%s in %s", message, language).doesNotContain("'");
            Object[] arguments = message.parameters().stream().map(p -> (Object) 1L).toArray(); // a number suits every argument
            assertThat(message.text(language, arguments).chars().filter(c -> c == '\'').count()).as("%s", message)
                .isEqualTo((pattern.length() - pattern.replace("''", "").length()) / 2);
        }
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java/vn/lmhtx/site"))) {
            code = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Message.java")).map(MessagesTest::read)
                .collect(Collectors.joining("\n"));
        }
        for (Message message : Message.values()) {
            assertThat(code).as("Message.%s is never used", message.name()).containsPattern("\\bMessage\\." + message.name() + "\\b");
        }
    }

    @Test
    void numbersAreWrittenTheLanguagesWayWhateverTheMachinesLocaleAndEnglishCountsAgree() {
        assertThat(Message.OUT_OF_RANGE.text(Language.EN, 19_430L, 1, 1_000_000)).isEqualTo(
            "19430 is out of range; write a number from 1 to 1000000");
        assertThat(Message.ERRORS_NOTHING_WRITTEN.text(Language.EN, 1L)).isEqualTo("1 error; nothing was written.");
        assertThat(Message.ERRORS_NOTHING_WRITTEN.text(Language.EN, 2L)).isEqualTo("2 errors; nothing was written.");
        assertThat(Message.ERRORS_NOTHING_WRITTEN.text(Language.VI, 2L)).isEqualTo("2 lỗi; không tệp nào được ghi.");
        assertThat(Message.FILE_TOO_LARGE.text(Language.VI, 21.04, 20)).startsWith("nặng 21,0 MB, quá giới hạn 20 MB");
        assertThat(Message.FILE_TOO_LARGE.text(Language.EN, 21.06, 20)).startsWith("is 21.1 MB; the limit is 20 MB");
    }

    @Test
    void aWrongNumberOfArgumentsIsRefused() {
        assertThatThrownBy(() -> Message.NOT_A_DATE.text("x")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("NOT_A_DATE takes 2 arguments, not 1");
    }

    @Test
    @SuppressWarnings("try") // the choice is the resource: it holds for the block
    void theChoiceHoldsForOneRunAndIsUndone() {
        try (Language.Choice vi = Language.choose(Language.VI)) {
            assertThat(Language.current()).isEqualTo(Language.VI);
            try (Language.Choice en = Language.choose(Language.EN)) {
                assertThat(Message.EMPTY.text()).isEqualTo("is empty; write a value or remove the line");
            }
            assertThat(Message.EMPTY.text()).isEqualTo("đang để trống; hãy viết giá trị hoặc xóa dòng này");
        }
        assertThat(Language.of(" EN ")).contains(Language.EN);
        assertThat(Language.of("fr")).isEmpty();
    }

    /** Properties keep the last of two equal keys without a word: count the key lines themselves. */
    private static long rawKeyCount(Language language) throws IOException {
        String resource = language == Language.VI ? "Messages.properties" : "Messages_" + language.code() + ".properties";
        try (InputStream in = Language.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.matches("[A-Z0-9_]+=.*")).count();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
