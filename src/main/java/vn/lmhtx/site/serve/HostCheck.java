package vn.lmhtx.site.serve;

import java.util.Locale;
import java.util.Set;

/**
 * Accepts only requests addressed to the preview itself. A web page elsewhere can make its own host name resolve to
 * 127.0.0.1 (DNS rebinding) and then read the preview as same-origin; its requests still carry that name in
 * {@code Host}, so anything but the loopback names with this port is refused.
 */
final class HostCheck {

    private final Set<String> allowed;

    HostCheck(int port) {
        String suffix = ":" + port;
        this.allowed = port == 80
            ? Set.of("127.0.0.1" + suffix, "localhost" + suffix, "[::1]" + suffix, "127.0.0.1", "localhost", "[::1]")
            : Set.of("127.0.0.1" + suffix, "localhost" + suffix, "[::1]" + suffix);
    }

    /** Whether a request with this {@code Host} header (null when absent) may be answered. */
    boolean allows(String host) {
        return host != null && allowed.contains(host.toLowerCase(Locale.ROOT));
    }
}
