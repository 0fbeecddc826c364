package vn.lmhtx.site.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.lmhtx.site.testing.Pdfs;

/**
 * Prints how long the build takes to read an attached PDF ({@link PdfText#read}): a generated PDF of N pages of the
 * alliance's article (Vietnamese, DejaVu Sans embedded, about 45 lines of 90 characters a page), read once cold and
 * then R times warm, wall and CPU time of the reading thread. Prints, does not assert:
 * {@code PdfExtractionBench <folder> [pages] [repeats]} (run by {@code src/test/bench/pdf/run}).
 */
public final class PdfExtractionBench {

    private static final int LINES_PER_PAGE = 45;
    private static final int LINE_LENGTH = 90;

    private PdfExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Files.createDirectories(folder);
        Path file = folder.resolve("bench-" + pages + ".pdf");
        Files.write(file, Pdfs.text(pages(pages)));
        long bytes = Files.size(file);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<double[]> runs = new ArrayList<>();
        int characters = 0;
        for (int i = 0; i <= repeats; i++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            PdfText.Reading reading = PdfText.read(file, file.getFileName().toString(), bytes);
            runs.add(new double[] {(System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6});
            if (reading.warning().isPresent()) {
                throw new IllegalStateException(reading.warning().get());
            }
            characters = reading.text().orElseThrow().length();
        }
        System.out.printf(Locale.ROOT, "PDF: %d pages, %,d bytes, %,d characters of text%n", pages, bytes, characters);
        System.out.printf(Locale.ROOT, "cold (first read in this JVM): %.0f ms wall, %.0f ms CPU%n", runs.get(0)[0], runs.get(0)[1]);
        double[] warmWall = runs.subList(1, runs.size()).stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] warmCpu = runs.subList(1, runs.size()).stream().mapToDouble(r -> r[1]).sorted().toArray();
        System.out.printf(Locale.ROOT, "warm (median of %d): %.0f ms wall, %.0f ms CPU; %.2f ms per page%n", repeats,
            median(warmWall), median(warmCpu), median(warmWall) / pages);
    }

    /** N pages of the seed article's text, wrapped into lines, the article repeated as often as needed. */
    private static List<List<String>> pages(int count) throws Exception {
        String seed = Files.readString(Path.of("src/test/resources/seed/000_713b611a9d5afb23.txt"), StandardCharsets.UTF_8);
        List<String> words = Arrays.asList(seed.replaceAll("[\\p{Cntrl}\\s]+", " ").strip().split(" "));
        List<List<String>> pages = new ArrayList<>();
        int w = 0;
        for (int p = 0; p < count; p++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < LINES_PER_PAGE; l++) {
                StringBuilder line = new StringBuilder();
                while (line.length() < LINE_LENGTH) {
                    line.append(words.get(w++ % words.size())).append(' ');
                }
                lines.add(line.toString().strip());
            }
            pages.add(lines);
        }
        return pages;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
