package vn.lmhtx.site.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import vn.lmhtx.site.testing.CorpusGenerator;

/** Writes a generated site of N news articles for the benchmarks: {@code GenerateCorpus <folder> <N> [seed]}. */
public final class GenerateCorpus {

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20180221L;
        new CorpusGenerator(seed).write(folder, count);
        System.out.println("generated " + count + " articles in " + folder);
    }
}
