package vn.lmhtx.site.load;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * Every entry (all but folders) under the site's inputs ({@link InputFiles#INPUTS}), hidden ones included, with its
 * kind, as one walk of the site folder found it. A preview walks the site on every save to see what changed; the input
 * check ({@link InputFiles#check(Path, InputListing)}), the photo check ({@link AssetPhotos#check(Path, InputListing)})
 * and the load ({@link ContentLoader#load(Path, LoadMemo, java.util.Optional)}) take their files from that walk
 * instead of walking the site three more times. The walk must not follow links, as theirs do not.
 *
 * @param entries each entry's kind, by path relative to the site folder (forward slashes)
 */
public record InputListing(Map<String, Kind> entries) {

    /**
     * What an entry is: a regular file, a symbolic link (never followed), a special file (a named pipe, a device), or a
     * folder a walk reported as an entry (one it could not enter).
     */
    public enum Kind {
        FILE, LINK, OTHER, FOLDER;

        /** The kind of an entry with these attributes, read without following links. */
        public static Kind of(BasicFileAttributes attributes) {
            return attributes.isSymbolicLink() ? LINK : attributes.isOther() ? OTHER : attributes.isRegularFile() ? FILE : FOLDER;
        }
    }

    public InputListing {
        entries = Map.copyOf(entries);
    }

    /** Whether {@code relative} (to the site folder, forward slashes) is one of the inputs or lies under one. */
    public static boolean isInput(String relative) {
        return InputFiles.INPUTS.stream().anyMatch(input -> relative.equals(input) || relative.startsWith(input + "/"));
    }

    /** The regular files under {@code folder} (relative to the site folder), hidden ones included, in path order. */
    List<Path> files(Path site, String folder) {
        String prefix = folder + "/";
        return entries.entrySet().stream()
            .filter(entry -> entry.getValue() == Kind.FILE && entry.getKey().startsWith(prefix))
            .map(entry -> site.resolve(entry.getKey()))
            .sorted()
            .toList();
    }
}
