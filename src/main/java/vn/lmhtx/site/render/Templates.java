package vn.lmhtx.site.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import vn.lmhtx.site.content.VietnameseDates;

/**
 * The site's Freemarker configuration, built once per build: strict (errors stop the build instead of printing
 * into pages), HTML auto-escaping by default, plain computer number format (1993, never "1,993"). Template faults are
 * collected in {@link #problems()}, once per fault, so that a build reports them with the other problems of the site.
 */
public final class Templates {

    private final Configuration configuration;
    private final Path folder;
    private final TemplateProblems problems = new TemplateProblems("templates");

    public Templates(Path templateFolder) throws IOException {
        this.folder = templateFolder;
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setDirectoryForTemplateLoading(templateFolder.toFile());
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputEncoding(StandardCharsets.UTF_8.name());
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.forLanguageTag("vi-VN"));
        config.setTimeZone(TimeZone.getTimeZone(VietnameseDates.ZONE));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setObjectWrapper(new OptionalUnwrappingWrapper(Configuration.VERSION_2_3_35));
        this.configuration = config;
    }

    /**
     * Renders {@code templateName} for one page; returns false, with the fault recorded in {@link #problems()}, when a
     * template fails (what was written of the page is then incomplete and must not be published).
     */
    public boolean render(String templateName, RenderContext context, Writer out) throws IOException {
        try {
            configuration.getTemplate(templateName).process(context, out);
            return true;
        } catch (IOException e) {
            // Freemarker throws the syntax error once, then "error loading the template on an earlier attempt".
            Throwable syntax = e instanceof ParseException ? e : e.getCause();
            if (!(syntax instanceof ParseException parse)) {
                throw e;
            }
            problems.add(parse, templateName, context.page().url());
        } catch (TemplateException e) {
            problems.add(e, templateName, context.page().url());
        }
        return false;
    }

    /**
     * Parses every template of the folder now, as Freemarker otherwise does when a page first asks for one, and returns
     * this: work started ahead of the bake does it beside loading. A template that does not parse is left for
     * {@link #render} to report, as it would be without this (Freemarker keeps the fault and gives it again).
     */
    public Templates parsed() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.walk(folder)) {
            // Not through links: this runs beside the input check, which refuses them before anything reads them.
            names = files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                .filter(name -> name.endsWith(".ftl")).sorted().toList();
        }
        for (String name : names) {
            try {
                configuration.getTemplate(name);
            } catch (IOException e) {
                // Reported by render, with the page that needs the template.
            }
        }
        return this;
    }

    /** The template faults met so far. */
    public TemplateProblems problems() {
        return problems;
    }
}
