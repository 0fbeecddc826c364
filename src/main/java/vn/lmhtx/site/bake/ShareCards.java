package vn.lmhtx.site.bake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.render.ShareCard;
import vn.lmhtx.site.render.ShareCardPainter;
import vn.lmhtx.site.render.ShareImage;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SiteSettings;

/**
 * Draws the share card of every page of a plan that has no lead image, each distinct card once, into the output
 * ({@code /assets/og/<hash>.png}). A card's name is a hash of its text and design, so a card the previous build
 * published under the same name has the same bytes: it is copied instead of drawn again. Only the published plan's
 * pages get cards: a scheduled article's title must not be published ahead of it, even as an image.
 */
public final class ShareCards {

    private ShareCards() {
    }

    /** How many cards a build drew and how many it took from the previous build. */
    public record Written(int drawn, int reused) {
    }

    /** The distinct cards the pages of {@code plan} show, in the plan's order. */
    public static List<ShareCard> of(SitePlan plan, SiteSettings settings) {
        Set<ShareCard> cards = new LinkedHashSet<>();
        plan.pages().stream().filter(ShareImage::isShared)
            .forEach(page -> ShareImage.forPage(page, settings).card().ifPresent(cards::add));
        return List.copyOf(cards);
    }

    /**
     * Writes {@code cards} into {@code output} on {@code workers}' threads, copying those {@code previous} (the
     * output of the previous build, when there is one) already holds as regular files.
     */
    public static Written write(List<ShareCard> cards, Path output, Optional<Path> previous, Workers workers)
        throws IOException {
        ShareCardPainter painter = ShareCardPainter.withBundledFonts();
        // Every card lies in the same folder: created once, not asked for again with each of thousands of cards.
        for (Path folder : cards.stream().map(card -> output.resolve(OutputClaims.fileOf(card.url())).getParent())
            .distinct().toList()) {
            Files.createDirectories(folder);
        }
        List<Boolean> drawn = workers.map(cards, card -> {
            String file = OutputClaims.fileOf(card.url());
            Path target = output.resolve(file);
            Optional<Path> earlier = previous.map(p -> p.resolve(file))
                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
            if (earlier.isPresent()) {
                Files.copy(earlier.get(), target, LinkOption.NOFOLLOW_LINKS);
                return false;
            }
            write(target, painter.png(card));
            return true;
        });
        int count = (int) drawn.stream().filter(Boolean::booleanValue).count();
        return new Written(count, cards.size() - count);
    }

    /**
     * Writes a new file of {@code bytes} in one system call (where {@code Files.write} makes one per 8 kB). CREATE_NEW:
     * a file of the same name under assets/ would otherwise be replaced without a word.
     */
    private static void write(Path target, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }

    /**
     * Moves the files of {@code cards}, which {@link #write} wrote into {@code from}, to the same place in {@code to}
     * (a rename: both lie on one file system). A file already there is an error, as it is for {@link #write}. The cards
     * share one folder: when {@code to} has no such folder yet, the folder is moved in one rename instead of each of a
     * large site's thousands of cards (0.2 s at 5,000 articles, after everything else is done).
     */
    public static void move(List<ShareCard> cards, Path from, Path to) throws IOException {
        List<String> folders = cards.stream().map(card -> Path.of(OutputClaims.fileOf(card.url())).getParent().toString())
            .distinct().toList();
        if (folders.size() == 1 && !Files.exists(to.resolve(folders.get(0)), LinkOption.NOFOLLOW_LINKS)) {
            Path target = to.resolve(folders.get(0));
            Files.createDirectories(target.getParent());
            Files.move(from.resolve(folders.get(0)), target);
            return;
        }
        for (ShareCard card : cards) {
            String file = OutputClaims.fileOf(card.url());
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.move(from.resolve(file), target);
        }
    }
}
