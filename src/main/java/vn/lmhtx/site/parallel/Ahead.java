package vn.lmhtx.site.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Work that a later stage needs and that depends on nothing the stages before it make, started ahead of it by
 * {@link Workers#ahead}: on a thread of its own when there are several, so that it runs beside those stages; with one
 * thread, on the caller's thread when {@link #join} first asks for the result, so that a sequential build does the
 * same work in the same order as if it had never been started ahead.
 *
 * <p>Whoever starts it either {@linkplain #join joins} it or {@linkplain #abandon abandons} it, also when a stage in
 * between fails, so that no thread outlives the build and a result that holds a resource is released.
 *
 * @param <R> the result
 * @param <E> the checked exception the work throws
 */
public final class Ahead<R, E extends Exception> {

    /** The work: it must not depend on anything the caller does until it joins. */
    @FunctionalInterface
    public interface Job<R, E extends Exception> {
        R run() throws E;
    }

    private final Job<R, E> job;
    /** The work on its own thread; {@code null} when it runs on the caller's thread, at {@link #join}. */
    private final FutureTask<R> started;
    private boolean taken;

    private Ahead(Job<R, E> job, FutureTask<R> started) {
        this.job = job;
        this.started = started;
    }

    /** Starts {@code job} now on a daemon thread named {@code lmhtx-ahead-<name>}. */
    static <R, E extends Exception> Ahead<R, E> started(String name, Job<R, E> job) {
        FutureTask<R> task = new FutureTask<>(job::run);
        Thread thread = new Thread(task, "lmhtx-ahead-" + name);
        // A daemon, so that a build abandoned without abandon() (a bug) never keeps the JVM alive.
        thread.setDaemon(true);
        thread.start();
        return new Ahead<>(job, task);
    }

    /** Runs {@code job} on the caller's thread when its result is first asked for. */
    static <R, E extends Exception> Ahead<R, E> deferred(Job<R, E> job) {
        return new Ahead<>(job, null);
    }

    /**
     * The result, waiting for the work to end (or running it, with one thread); throws what the work threw. Once only:
     * the result belongs to the caller from then on.
     */
    public R join() throws E {
        if (taken) {
            throw new IllegalStateException("the result of work started ahead was already taken");
        }
        taken = true;
        return started == null ? job.run() : Workers.<R, E>await(started);
    }

    /**
     * Gives up the work: waits for it to end, if it was started, and hands its result to {@code release} (which frees
     * what it holds); a failure of the work is dropped, since the caller is already failing for a reason of its own.
     * Does nothing when the result was {@linkplain #join taken} or the work never ran.
     */
    public void abandon(Consumer<? super R> release) {
        if (taken || started == null) {
            taken = true;
            return;
        }
        taken = true;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    release.accept(started.get());
                    return;
                } catch (InterruptedException e) {
                    // Keep waiting: returning now would leave the work's result (a database, say) unreleased.
                    interrupted = true;
                } catch (ExecutionException e) {
                    return;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
