package vn.lmhtx.site.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel work with sequential results: order, threads and failures. */
class WorkersTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

    @Test
    void resultsComeInTheItemsOrderWhateverOrderTasksFinishIn() throws Exception {
        // Early items sleep longest, so with several threads they finish last.
        List<String> results = new Workers(4).map(ITEMS, item -> {
            Thread.sleep(40 - item);
            return "r" + item;
        });

        assertThat(results).isEqualTo(ITEMS.stream().map(item -> "r" + item).toList());
    }

    @Test
    void oneThreadRunsEveryTaskOnTheCallingThreadInOrder() {
        List<Thread> threads = Workers.sequential().map(ITEMS, item -> Thread.currentThread());

        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void severalThreadsRunTasksAtTheSameTime() throws Exception {
        // Each of the first two tasks waits for the other to start: one thread alone would wait in vain.
        CountDownLatch bothStarted = new CountDownLatch(2);
        Set<String> names = ConcurrentHashMap.newKeySet();
        List<Boolean> met = new Workers(2).map(List.of(1, 2), item -> {
            names.add(Thread.currentThread().getName());
            bothStarted.countDown();
            return bothStarted.await(10, TimeUnit.SECONDS);
        });

        assertThat(met).containsExactly(true, true);
        assertThat(names).hasSize(2).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void theFailureOfTheFirstFailingItemInListOrderIsThrown() {
        // Item 30 fails at once; item 5 fails later in time but first in the list, as a sequential loop would report.
        assertThatThrownBy(() -> new Workers(4).map(ITEMS, item -> {
            if (item == 5) {
                Thread.sleep(200);
                throw new IOException("item 5");
            }
            if (item == 30) {
                throw new IllegalStateException("item 30");
            }
            return item;
        })).isInstanceOf(IOException.class).hasMessage("item 5");
    }

    @Test
    void uncheckedFailuresAndErrorsKeepTheirType() {
        assertThatThrownBy(() -> new Workers(2).map(ITEMS, item -> {
            throw new StackOverflowError("deep");
        })).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        assertThatThrownBy(() -> new Workers(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 or more");
    }
}
