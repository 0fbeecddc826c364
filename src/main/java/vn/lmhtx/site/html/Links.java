package vn.lmhtx.site.html;

import java.net.URI;
import java.net.URISyntaxException;

/** Small questions about URLs that several passes ask. */
final class Links {

    private Links() {
    }

    static boolean isOwnHost(String url, String ownHost) {
        try {
            String host = new URI(url.startsWith("//") ? "https:" + url : url).getHost();
            return host != null && host.equalsIgnoreCase(ownHost);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The first line of the page's content file that mentions {@code text}, else 1. */
    static int lineOf(HtmlPage page, String text) {
        return lineOf(page.sourceText(), text);
    }

    /** The first line of {@code sourceText} that mentions {@code text}, else 1. */
    static int lineOf(String sourceText, String text) {
        if (text.isEmpty()) {
            return 1;
        }
        String[] lines = sourceText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        return 1;
    }
}
