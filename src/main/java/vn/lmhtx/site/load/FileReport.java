package vn.lmhtx.site.load;

import java.util.ArrayList;
import java.util.List;
import vn.lmhtx.site.content.Problem;

/** Collects the problems of one source file, so readers of its parts need not repeat its path. */
final class FileReport {

    private final String path;
    private final List<Problem> problems = new ArrayList<>();

    FileReport(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    void error(int line, String field, String message) {
        problems.add(Problem.error(path, line, field, message));
    }

    void warning(int line, String field, String message) {
        problems.add(Problem.warning(path, line, field, message));
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
