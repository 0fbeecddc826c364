package vn.lmhtx.site.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import vn.lmhtx.site.testing.RealCorpus;

/**
 * Writes a site of the first N articles of the shared real corpus for the benchmarks:
 * {@code ConvertRealCorpus <folder> <N> [seed] [corpus.jsonl.gz]}.
 */
public final class ConvertRealCorpus {

    private ConvertRealCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20180221L;
        Path corpus = args.length > 3 ? Paths.get(args[3]) : RealCorpus.FILE;
        int written = RealCorpus.writeSite(folder, RealCorpus.read(corpus, count), seed).resolve("content/tin-tuc").toFile().list().length;
        System.out.println("converted " + written + " real articles from " + corpus + " into " + folder);
    }
}
