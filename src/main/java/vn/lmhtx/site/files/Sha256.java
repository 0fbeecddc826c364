package vn.lmhtx.site.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest the build uses to name and recognise bytes: hashed asset names, share cards, cached photos,
 * the search export's folder and a preview's inputs. Every Java runtime has it, so its absence is not a case to handle.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A new digest, for bytes given in several parts. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The digest of {@code file}'s bytes, in lowercase hexadecimal. */
    public static String hexOf(Path file) throws IOException {
        return HexFormat.of().formatHex(of(Files.readAllBytes(file)));
    }
}
