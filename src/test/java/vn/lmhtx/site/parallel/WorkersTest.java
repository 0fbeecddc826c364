package vn.lmhtx.site.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

    @Test
    void withOneThreadWorkStartedAheadRunsOnTheCallingThreadWhenJoined() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Ahead<String, RuntimeException> ahead = Workers.sequential().ahead("test", () -> {
            ranOn.set(Thread.currentThread());
            return "done";
        });

        assertThat(ranOn.get()).as("nothing runs before the join").isNull();
        assertThat(ahead.join()).isEqualTo("done");
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    }

    @Test
    void withSeveralThreadsWorkStartedAheadRunsBesideTheCaller() throws Exception {
        // The work waits for the caller to reach this line before joining: run at the join, it would wait in vain.
        CountDownLatch callerGoesOn = new CountDownLatch(1);
        Ahead<String, InterruptedException> ahead = new Workers(2).ahead("test", () -> {
            boolean met = callerGoesOn.await(10, TimeUnit.SECONDS);
            return Thread.currentThread().getName() + " " + met;
        });
        callerGoesOn.countDown();

        assertThat(ahead.join()).isEqualTo("lmhtx-ahead-test true");
    }

    @Test
    void joinThrowsWhatTheWorkThrewWithItsType() {
        Ahead<String, IOException> ahead = new Workers(2).ahead("test", () -> {
            throw new IOException("no disk");
        });

        assertThatThrownBy(ahead::join).isInstanceOf(IOException.class).hasMessage("no disk");
    }

    @Test
    void abandoningWaitsForTheWorkAndReleasesItsResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Ahead<String, InterruptedException> ahead = new Workers(2).ahead("test", () -> {
            started.countDown();
            Thread.sleep(100);
            return "database";
        });
        started.await(10, TimeUnit.SECONDS);
        ConcurrentLinkedQueue<String> released = new ConcurrentLinkedQueue<>();

        ahead.abandon(released::add);

        assertThat(released).containsExactly("database");
    }

    @Test
    void abandoningReleasesNothingTakenOrNeverRunAndDropsAFailure() {
        ConcurrentLinkedQueue<String> released = new ConcurrentLinkedQueue<>();
        Ahead<String, RuntimeException> joined = new Workers(2).ahead("joined", () -> "mine");
        assertThat(joined.join()).isEqualTo("mine");
        joined.abandon(released::add);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Workers.sequential().ahead("never", () -> {
            ranOn.set(Thread.currentThread());
            return "never";
        }).abandon(released::add);
        new Workers(2).<String, IOException>ahead("failed", () -> {
            throw new IOException("dropped");
        }).abandon(released::add);

        assertThat(released).isEmpty();
        assertThat(ranOn.get()).isNull();
    }

    @Test
    void slicesCutTheItemsInOrderTheLastShorter() {
        List<Integer> items = IntStream.range(0, 7).boxed().toList();

        assertThat(Workers.slices(items, 3)).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
        assertThat(Workers.slices(items, 7)).containsExactly(items);
        assertThat(Workers.slices(List.of(), 3)).isEmpty();
    }
}
