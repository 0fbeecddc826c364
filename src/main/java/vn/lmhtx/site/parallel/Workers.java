package vn.lmhtx.site.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per item on a fixed number of threads and returns the results in the items' order, so a parallel
 * stage produces exactly what the sequential one would. When tasks fail, the failure of the first failing item in
 * list order is thrown, as a sequential loop would. Work a later stage needs can also be started {@linkplain #ahead
 * ahead} of it.
 *
 * @param threads how many threads; 1 runs every task on the calling thread, one after the other
 */
public record Workers(int threads) {

    public Workers {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
    }

    /** One thread: everything in order on the calling thread. */
    public static Workers sequential() {
        return new Workers(1);
    }

    /**
     * {@code items} cut into consecutive slices of {@code size} items (the last may be shorter), views of {@code items}:
     * one task per slice where a task per item would cost more than most items' work.
     */
    public static <T> List<List<T>> slices(List<T> items, int size) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            slices.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return slices;
    }

    /** The work done for one item; it must not depend on other items' tasks having run. */
    @FunctionalInterface
    public interface Task<T, R, E extends Exception> {
        R apply(T item) throws E;
    }

    /** Applies {@code task} to every item; the results are in the order of {@code items}. */
    public <T, R, E extends Exception> List<R> map(List<T> items, Task<T, R, E> task) throws E {
        List<R> results = new ArrayList<>(items.size());
        if (threads == 1 || items.size() < 2) {
            for (T item : items) {
                results.add(task.apply(item));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), new Daemons());
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            for (Future<R> future : futures) {
                results.add(Workers.<R, E>await(future));
            }
            return results;
        } finally {
            // After a failure the remaining tasks are useless; a success leaves none.
            pool.shutdownNow();
        }
    }

    /**
     * Starts {@code job}, which a later stage needs and which depends on nothing the caller does until then, ahead of
     * that stage: on a thread of its own when there are several threads, so that it runs beside the stages in
     * between; with one thread, on the calling thread when its result is first asked for (see {@link Ahead}).
     */
    public <R, E extends Exception> Ahead<R, E> ahead(String name, Ahead.Job<R, E> job) {
        return threads == 1 ? Ahead.deferred(job) : Ahead.started(name, job);
    }

    @SuppressWarnings("unchecked") // a task throws only E or unchecked throwables, so any other cause is an E
    static <R, E extends Exception> R await(Future<R> future) throws E {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (E) cause;
        } catch (InterruptedException e) {
            // Unchecked, so stages that throw nothing checked need not declare it; the flag stays set for the caller.
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the build's worker threads");
        }
    }

    /** Daemon threads, so a failed or abandoned build never keeps the JVM alive. */
    private static final class Daemons implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "lmhtx-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
