package vn.lmhtx.site.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lmhtx.site.messages.Message;

/**
 * Which URL owns each file of the output folder, compared as the files they become ({@code /} and
 * {@code /index.html} are one file, {@code /x/} is {@code x/index.html}), never as strings. A claim is refused when
 * its file is taken, when it needs a folder where another claim has a file (or the reverse: both cannot exist on
 * disk), when it falls inside a folder the build fills itself, or when a host that serves {@code /x} from
 * {@code x.html} (GitHub Pages) would answer one page's slash-less address with another's file.
 *
 * <p>Letter case does not count: static hosts are case-sensitive, but a build on macOS or Windows writes
 * {@code /Tin-Tuc/index.html} over {@code /tin-tuc/index.html}, so two URLs that differ only in case are one file.
 * Every site path is ASCII (aliases and slugs are checked before), so lowercasing is exact.
 */
public final class OutputClaims {

    /** The site's own pages and files have no content file behind them. */
    private static final String BUILD = "";

    private final Map<String, Owner> files = new HashMap<>();
    private final Map<String, Owner> folders = new HashMap<>();
    private final Map<String, Owner> bareAddresses = new HashMap<>();
    private final List<ReservedFolders> reservedFolders = new ArrayList<>();

    /**
     * Who holds a URL.
     *
     * @param url the site-relative URL as planned ({@code /tin-tuc/x/}, {@code /tin-cu/x.html})
     * @param description what it is, as a message names it ("the URL of content/tin-tuc/x.md")
     * @param holder the content file that asked for it, or "" for the site's own pages and files
     */
    public record Owner(String url, String description, String holder) {

        /** The URL of a content file's page. */
        public static Owner page(String url, String source) {
            return new Owner(url, Message.OWNER_URL_OF.text(source), source);
        }

        /** An old URL of a content file's page. */
        public static Owner alias(String url, String source) {
            return new Owner(url, Message.OWNER_ALIAS_OF.text(source), source);
        }
    }

    /**
     * A claim before it is checked: a URL, the content file asking for it ("" for a page the site generates) and
     * whether it is an old address of that file's page. Equal claims made in the same order meet the same conflicts
     * ({@link PassedClaims}).
     */
    public record Claim(String url, String holder, boolean alias) {

        /** Who holds the URL once it is claimed (a content file's page or old address). */
        public Owner owner() {
            return alias ? Owner.alias(url, holder) : Owner.page(url, holder);
        }
    }

    /**
     * Why a URL cannot be claimed.
     *
     * @param other who holds the file (or folder) first
     * @param sameUrl whether the two URLs are the same string
     * @param sameFile whether both would be written to one file
     * @param message the reason, starting with the refused URL, without advice
     */
    public record Conflict(Owner other, boolean sameUrl, boolean sameFile, String message) {
    }

    /** The file a site-relative URL is written to, relative to the output folder: "/" is index.html, "/x/" is x/index.html. */
    public static String fileOf(String url) {
        return url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
    }

    /** Reserves a page or file the build writes; the build's own claims are not checked against each other. */
    public void reserve(String url, String description) {
        record(new Owner(url, description, BUILD));
    }

    /**
     * Reserves every folder whose path (lowercase, no slashes at either end) matches {@code folders}, with everything
     * inside it, and the addresses {@code /<folder>.html} and {@code /<folder>} that some hosts map onto it.
     */
    public void reserveFolders(String folders, String description) {
        reservedFolders.add(new ReservedFolders(Pattern.compile(folders), description));
    }

    /** Claims {@code owner.url()}'s file for {@code owner}; on a conflict nothing is claimed and the conflict says why. */
    public Optional<Conflict> claim(Owner owner) {
        Optional<Conflict> conflict = conflict(owner);
        if (conflict.isEmpty()) {
            record(owner);
        }
        return conflict;
    }

    private Optional<Conflict> conflict(Owner owner) {
        String url = owner.url();
        String file = fileOf(url);
        String key = key(file);
        Owner same = files.get(key);
        if (same != null) {
            return Optional.of(sameFile(url, file, same));
        }
        Owner below = folders.get(key);
        if (below != null) {
            return Optional.of(new Conflict(below, false, false,
                Message.CLASH_FOLDER_HOLDS.text(url, file, below.url(), below.description())));
        }
        for (String folder : folders(file)) {
            Owner above = files.get(key(folder));
            if (above != null) {
                return Optional.of(new Conflict(above, false, false,
                    Message.CLASH_FILE_OF.text(url, file, folder, above.url(), above.description())));
            }
        }
        Optional<Conflict> reserved = inReservedFolder(url, file);
        if (reserved.isPresent()) {
            return reserved;
        }
        Optional<String> bare = bareAddress(file);
        Owner twin = bare.map(b -> bareAddresses.get(key(b))).orElse(null);
        if (twin != null && !twin.holder().equals(owner.holder())) {
            return Optional.of(new Conflict(twin, false, false,
                Message.CLASH_HOST_TWIN.text(url, file, bare.get(), twin.url(), twin.description())));
        }
        return Optional.empty();
    }

    private static Conflict sameFile(String url, String file, Owner same) {
        boolean sameUrl = same.url().equals(url);
        String caseNote = fileOf(same.url()).equals(file) ? "" : Message.CLASH_CASE_NOTE.text();
        return new Conflict(same, sameUrl, true, sameUrl ? Message.CLASH_ALREADY.text(url, same.description())
            : Message.CLASH_SAME_FILE.text(url, same.url(), caseNote, same.description()));
    }

    private Optional<Conflict> inReservedFolder(String url, String file) {
        Optional<String> bare = bareAddress(file);
        for (ReservedFolders reserved : reservedFolders) {
            for (String folder : folders(file)) {
                if (reserved.matches(folder)) {
                    Owner owner = reserved.owner(folder);
                    return Optional.of(new Conflict(owner, false, false, url.equalsIgnoreCase(owner.url())
                        ? Message.CLASH_IS.text(url, owner.description())
                        : Message.CLASH_INSIDE.text(url, file, owner.url(), owner.description())));
                }
            }
            if (reserved.matches(file)) {
                Owner owner = reserved.owner(file);
                return Optional.of(new Conflict(owner, false, false,
                    Message.CLASH_FILE_IS.text(url, file, owner.url(), owner.description())));
            }
            if (bare.isPresent() && reserved.matches(bare.get())) {
                Owner owner = reserved.owner(bare.get());
                return Optional.of(new Conflict(owner, false, false,
                    Message.CLASH_HOST_TWIN.text(url, file, bare.get(), owner.url(), owner.description())));
            }
        }
        return Optional.empty();
    }

    private void record(Owner owner) {
        String file = fileOf(owner.url());
        files.putIfAbsent(key(file), owner);
        for (String folder : folders(file)) {
            folders.putIfAbsent(key(folder), owner);
        }
        bareAddress(file).ifPresent(bare -> bareAddresses.putIfAbsent(key(bare), owner));
    }

    /** The folders a file sits in, outermost first: "a/b/c.html" → "a", "a/b". */
    private static List<String> folders(String file) {
        List<String> folders = new ArrayList<>();
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            folders.add(file.substring(0, slash));
        }
        return folders;
    }

    /** The slash-less address a host may also serve this HTML file at: "x/index.html" and "x.html" both answer "/x". */
    private static Optional<String> bareAddress(String file) {
        if (file.endsWith("/index.html")) {
            return Optional.of(file.substring(0, file.length() - "/index.html".length()));
        }
        return file.endsWith(".html") ? Optional.of(file.substring(0, file.length() - ".html".length())) : Optional.empty();
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    private record ReservedFolders(Pattern folders, String description) {

        boolean matches(String path) {
            return folders.matcher(key(path)).matches();
        }

        Owner owner(String folder) {
            return new Owner("/" + folder + "/", description, BUILD);
        }
    }
}
