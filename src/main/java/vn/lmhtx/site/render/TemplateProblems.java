package vn.lmhtx.site.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.lmhtx.site.content.Problem;

/**
 * Template faults met while rendering, each reported once as {@code templates/x.ftl:line: template: message} however
 * many pages it broke: one typo in the layout breaks every page, and the maintainer needs one line, not a trace per page.
 */
public final class TemplateProblems {

    /** Freemarker's own location suffix, "[in template "x.ftl" at line 3, column 5]", which the problem's path says. */
    private static final Pattern LOCATION = Pattern.compile("\\s*\\[in template \"[^\"]*\"[^]]*]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String templateFolder;
    private final Map<Key, Occurrences> seen = new LinkedHashMap<>();

    /** @param templateFolder how problems name the template folder, relative to the site folder ("templates") */
    public TemplateProblems(String templateFolder) {
        this.templateFolder = templateFolder;
    }

    /** Records that {@code error} (a {@link TemplateException} or {@link ParseException}) broke the page at {@code pageUrl}. */
    public synchronized void add(Exception error, String fallbackTemplate, String pageUrl) {
        Key key = keyOf(error, fallbackTemplate);
        seen.computeIfAbsent(key, k -> new Occurrences(pageUrl)).count++;
    }

    public synchronized boolean isEmpty() {
        return seen.isEmpty();
    }

    /** One error per distinct fault, in the order they were first met. */
    public synchronized List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        seen.forEach((key, pages) -> problems.add(Problem.error(templateFolder + "/" + key.template(), key.line(), "template",
            (key.column() > 0 ? "column " + key.column() + ": " : "") + key.message() + " ("
                + (pages.count == 1 ? "page " + pages.first + " not rendered" : pages.count + " pages not rendered, first " + pages.first)
                + ")")));
        return problems;
    }

    private static Key keyOf(Exception error, String fallbackTemplate) {
        if (error instanceof ParseException parse) {
            return new Key(nameOr(parse.getTemplateName(), fallbackTemplate), Math.max(parse.getLineNumber(), 1),
                parse.getColumnNumber(), "syntax error: " + oneLine(parse.getEditorMessage()));
        }
        if (error instanceof TemplateException template) {
            Integer line = template.getLineNumber();
            Integer column = template.getColumnNumber();
            return new Key(nameOr(template.getTemplateSourceName(), fallbackTemplate), line == null ? 1 : line,
                column == null ? 0 : column, describe(template));
        }
        return new Key(fallbackTemplate, 1, 0, oneLine(String.valueOf(error.getMessage())));
    }

    private static String describe(TemplateException error) {
        if (error instanceof InvalidReferenceException && error.getBlamedExpressionString() != null) {
            return "\"" + error.getBlamedExpressionString() + "\" is missing or null; check its spelling, or mark what may be absent with ?? or !";
        }
        String message = error.getMessageWithoutStackTop();
        int tip = message.indexOf("\n----");
        return oneLine(tip < 0 ? message : message.substring(0, tip));
    }

    private static String oneLine(String text) {
        return SPACE.matcher(LOCATION.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isEmpty() ? fallback : name;
    }

    private record Key(String template, int line, int column, String message) {
    }

    /** How many pages one fault broke, and the first of them. */
    private static final class Occurrences {
        private final String first;
        private int count;

        Occurrences(String first) {
            this.first = first;
        }
    }
}
