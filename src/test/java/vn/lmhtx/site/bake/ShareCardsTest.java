package vn.lmhtx.site.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.render.ShareCard;

/** The share cards drawn beside the bake are moved into the baked site, whatever the site has under assets/ already. */
class ShareCardsTest {

    private static final List<ShareCard> CARDS = List.of(new ShareCard("Đại hội lần thứ IV", "Liên minh HTX"),
        new ShareCard("Thành tựu", "Liên minh HTX"), new ShareCard("Liên minh HTX", ""));

    @TempDir
    Path temp;

    @Test
    void intoASiteWithoutTheCardsFolderTheCardsMoveWithTheirFolder() throws Exception {
        Path drawn = drawn();
        Files.createDirectories(temp.resolve("site/assets/css"));

        ShareCards.move(CARDS, drawn, temp.resolve("site"));

        for (ShareCard card : CARDS) {
            assertThat(temp.resolve("site").resolve(OutputClaims.fileOf(card.url()))).isNotEmptyFile();
        }
        assertThat(Files.exists(drawn.resolve(folder()))).as("nothing left behind").isFalse();
    }

    @Test
    void intoASiteWithACardsFolderOfItsOwnEachCardMovesBesideItsFiles() throws Exception {
        Path drawn = drawn();
        Path own = Files.createDirectories(temp.resolve("site").resolve(folder())).resolve("logo.png");
        Files.writeString(own, "the site's own", StandardCharsets.UTF_8);

        ShareCards.move(CARDS, drawn, temp.resolve("site"));

        assertThat(own).hasContent("the site's own");
        for (ShareCard card : CARDS) {
            assertThat(temp.resolve("site").resolve(OutputClaims.fileOf(card.url()))).isNotEmptyFile();
        }
    }

    @Test
    void aFileOfTheSameNameInTheSiteIsAnErrorNotReplaced() throws Exception {
        Path drawn = drawn();
        Path clash = temp.resolve("site").resolve(OutputClaims.fileOf(CARDS.get(1).url()));
        Files.createDirectories(clash.getParent());
        Files.writeString(clash, "the site's own", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ShareCards.move(CARDS, drawn, temp.resolve("site")))
            .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(clash).hasContent("the site's own");
    }

    private Path drawn() throws Exception {
        Path drawn = Files.createDirectories(temp.resolve("drawn"));
        ShareCards.write(CARDS, drawn, Optional.empty(), Workers.sequential());
        return drawn;
    }

    /** The one folder all cards lie in. */
    private static Path folder() {
        return Path.of(OutputClaims.fileOf(CARDS.get(0).url())).getParent();
    }
}
