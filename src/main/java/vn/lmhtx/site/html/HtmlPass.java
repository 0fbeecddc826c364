package vn.lmhtx.site.html;

import java.util.List;
import vn.lmhtx.site.content.Problem;

/** One small pass over a baked page: it may change the page and report problems. */
interface HtmlPass {

    /** Applies the pass; returns whether the page changed. */
    boolean apply(HtmlPage page, List<Problem> problems);
}
