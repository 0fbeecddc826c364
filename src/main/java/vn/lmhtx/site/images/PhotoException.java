package vn.lmhtx.site.images;

/** A photo the site cannot publish; the message tells the editor why and what to do (see {@link PhotoProblems}). */
public final class PhotoException extends Exception {

    private static final long serialVersionUID = 1L;

    PhotoException(String message) {
        super(message);
    }

    PhotoException(String message, Throwable cause) {
        super(message, cause);
    }
}
