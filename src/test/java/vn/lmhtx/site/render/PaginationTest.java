package vn.lmhtx.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pager of a list: the first, the last, the current page and its neighbours, gaps for the pages between. */
class PaginationTest {

    @Test
    void aLongListLinksTheFirstAndLastPageAndTheCurrentOnesNeighboursWithGapsBetween() {
        assertThat(pager(500, 997)).isEqualTo("1 … 498 499 [500] 501 502 … 997");
        assertThat(pager(1, 997)).isEqualTo("[1] 2 3 … 997");
        assertThat(pager(997, 997)).isEqualTo("1 … 995 996 [997]");
        assertThat(pager(4, 997)).isEqualTo("1 2 3 [4] 5 6 … 997");
        assertThat(pager(5, 997)).as("one page left out is linked, not a gap").isEqualTo("1 2 3 4 [5] 6 7 … 997");
        assertThat(pager(6, 997)).isEqualTo("1 … 4 5 [6] 7 8 … 997");
    }

    @Test
    void aShortListLinksEveryPage() {
        assertThat(pager(1, 1)).isEqualTo("[1]");
        assertThat(pager(2, 3)).isEqualTo("1 [2] 3");
        assertThat(pager(4, 7)).isEqualTo("1 2 3 [4] 5 6 7");
        assertThat(pager(1, 5)).isEqualTo("[1] 2 3 4 5");
        assertThat(pager(1, 4)).isEqualTo("[1] 2 3 4");
    }

    @Test
    void everyLinkGoesToItsOwnPageAndThePagerStaysTheSameSizeWhateverTheListsLength() {
        List<String> urls = urls(10_000);
        for (int current = 1; current <= urls.size(); current++) {
            List<Pagination.PageLink> links = new Pagination(current, urls).links();
            assertThat(links).hasSizeLessThanOrEqualTo(2 * Pagination.NEIGHBOURS + 5);
            for (Pagination.PageLink link : links) {
                if (!link.gap()) {
                    assertThat(link.url()).isEqualTo(urls.get(link.number() - 1));
                    assertThat(link.current()).isEqualTo(link.number() == current);
                }
            }
        }
    }

    @Test
    void thePagesOfAListShareOneListOfUrls() {
        List<String> urls = List.copyOf(urls(997));

        assertThat(new Pagination(500, urls).pages()).isSameAs(urls);
    }

    /** The pager as text: numbers, the current one in brackets, "…" for a gap. */
    private static String pager(int current, int count) {
        return new Pagination(current, urls(count)).links().stream()
            .map(link -> link.gap() ? "…" : link.current() ? "[" + link.number() + "]" : Integer.toString(link.number()))
            .collect(Collectors.joining(" "));
    }

    private static List<String> urls(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> n == 1 ? "/tin-tuc/" : "/tin-tuc/trang-" + n + "/").toList();
    }
}
