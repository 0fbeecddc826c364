package vn.lmhtx.site.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import vn.lmhtx.site.testing.LargeArticle;

/**
 * Writes a site of one news article of a given size for the large-article benchmark:
 * {@code GenerateLargeArticle <folder> <megabytes> [corpus.jsonl.gz]} (without a corpus: the alliance's article's text).
 */
public final class GenerateLargeArticle {

    private GenerateLargeArticle() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args[0]);
        double megabytes = Double.parseDouble(args[1]);
        LargeArticle article = args.length > 2 ? LargeArticle.fromCorpus(Paths.get(args[2]), 2_000, 20180221L)
            : LargeArticle.fromSeedArticle(20180221L);
        article.writeSite(Paths.get("").toAbsolutePath(), folder, (long) (megabytes * 1024 * 1024));
        System.out.println("wrote a " + megabytes + " MB article in " + folder);
    }
}
