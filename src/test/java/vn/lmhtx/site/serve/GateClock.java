package vn.lmhtx.site.serve;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A fixed clock that a test can make fail, or hold once, on its next reading: a build reads the clock after loading the
 * content, so this makes a rebuild fail, or pause, at a known point.
 */
final class GateClock extends Clock {

    private final Instant instant;
    private volatile Throwable failure;
    private volatile CountDownLatch entered;
    private volatile CountDownLatch release;

    GateClock(Instant instant) {
        this.instant = instant;
    }

    /** Every later reading throws {@code failure} (a RuntimeException or an Error). */
    void failWith(Throwable failure) {
        this.failure = failure;
    }

    /** The next reading waits until {@link #release()}; returns a latch that opens when a build is waiting. */
    CountDownLatch holdNext() {
        release = new CountDownLatch(1);
        entered = new CountDownLatch(1);
        return entered;
    }

    void release() {
        release.countDown();
    }

    @Override
    public Instant instant() {
        Throwable fail = failure;
        if (fail instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (fail instanceof Error error) {
            throw error;
        }
        CountDownLatch held = entered;
        if (held != null) {
            entered = null;
            held.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the clock");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }
}
