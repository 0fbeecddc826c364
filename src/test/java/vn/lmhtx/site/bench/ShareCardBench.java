package vn.lmhtx.site.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.render.ShareCard;
import vn.lmhtx.site.render.ShareCardPainter;
import vn.lmhtx.site.testing.RealCorpus;

/**
 * Times drawing the share cards of N real article titles ({@code bench/ShareCardBench [N] [threads] [corpus]}):
 * prints wall and CPU time per card, the load average, the PNG sizes and a digest of all the cards' bytes (the same
 * digest before and after a change to the painter or encoder: the same bytes). Prints, does not assert. With a fourth
 * argument, a folder, also writes the cards there as {@code 00000.png}, … in order, for {@link ShareCardPixels} to
 * compare the pixels of two versions whose bytes differ.
 */
public final class ShareCardBench {

    private ShareCardBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path corpus = args.length > 2 ? Paths.get(args[2]) : RealCorpus.FILE;
        String site = "Liên minh Hợp tác xã tỉnh Kiên Giang";
        List<ShareCard> cards = RealCorpus.read(corpus, count).stream()
            .map(article -> new ShareCard(RealCorpus.title(article), site)).toList();
        Optional<Path> folder = args.length > 3 ? Optional.of(Paths.get(args[3])) : Optional.empty();
        String load = Files.readString(Paths.get("/proc/loadavg")).strip();
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        ShareCardPainter painter = ShareCardPainter.withBundledFonts();
        // The first card warms the JIT and loads the fonts' rasteriser; it is timed with the rest, as a build would.
        List<byte[]> pngs = new Workers(threads).map(cards, painter::png);
        long wall = System.nanoTime() - t0;
        long cpuTime = cpu() - cpu0;
        if (folder.isPresent()) {
            Files.createDirectories(folder.get());
            for (int i = 0; i < pngs.size(); i++) {
                Files.write(folder.get().resolve(String.format(Locale.ROOT, "%05d.png", i)), pngs.get(i));
            }
        }
        List<Integer> sizes = pngs.stream().map(png -> png.length).toList();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        pngs.forEach(digest::update);
        long bytes = sizes.stream().mapToLong(Integer::longValue).sum();
        System.out.printf(Locale.ROOT, "%d cards, %d threads: wall %.2f s (%.1f ms per card), CPU user+sys %.2f s, "
                + "PNG %.1f KB per card (max %.1f KB), load average before: %s%nSHA-256 of the cards' bytes in order: %s%n", cards.size(), threads, wall / 1e9,
            wall / 1e6 / cards.size(), cpuTime / 1e9, bytes / 1024.0 / cards.size(),
            sizes.stream().mapToInt(Integer::intValue).max().orElse(0) / 1024.0, load,
            HexFormat.of().formatHex(digest.digest()));
    }

    /** CPU time of the whole process (all threads, user and system), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
