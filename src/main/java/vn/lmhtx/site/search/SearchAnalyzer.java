package vn.lmhtx.site.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Lucene analyzer of the search fields: {@code e}, {@code f} and {@code p} get the exact, folded and pair
 * terms of {@link VietnameseAnalysis}, {@code t} (the title) folded terms; pairs never span two phrases, nor two lines (title, lead, body and tags are
 * lines of their own), and only the {@link IndexedPairs} kept are indexed. One analyzer, used for the whole index.
 */
public final class SearchAnalyzer extends Analyzer {

    private final IndexedPairs pairs;

    /** An analyzer that indexes every pair. */
    public SearchAnalyzer() {
        this(IndexedPairs.ALL);
    }

    /** Components differ by field, so they must be cached per field (the default reuses one set for all). */
    SearchAnalyzer(IndexedPairs pairs) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.pairs = pairs;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        TermKind kind = TermKind.ofField(fieldName);
        return new TokenStreamComponents(new TermListTokenizer(text -> PageTerms.termsOf(kind, text, pairs)));
    }

    /** Emits the terms a function computes from the whole field text. */
    private static final class TermListTokenizer extends Tokenizer {

        private final Function<String, List<String>> terms;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private Iterator<String> pending;

        TermListTokenizer(Function<String, List<String>> terms) {
            this.terms = terms;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending == null) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[4096];
                for (int read = input.read(buffer); read > 0; read = input.read(buffer)) {
                    text.append(buffer, 0, read);
                }
                pending = terms.apply(text.toString()).iterator();
            }
            if (!pending.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(pending.next());
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }
    }
}
