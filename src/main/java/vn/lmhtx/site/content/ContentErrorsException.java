package vn.lmhtx.site.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the sources have errors; carries every problem found, not just the first. */
public final class ContentErrorsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ContentErrorsException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    /** All problems, errors and warnings, in report order. */
    public List<Problem> problems() {
        return problems;
    }
}
