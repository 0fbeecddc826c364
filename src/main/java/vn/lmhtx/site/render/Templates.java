package vn.lmhtx.site.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import vn.lmhtx.site.content.VietnameseDates;

/**
 * The site's Freemarker configuration, built once per build: strict (errors stop the build instead of printing
 * into pages), HTML auto-escaping by default, plain computer number format (1993, never "1,993").
 */
public final class Templates {

    private final Configuration configuration;

    public Templates(Path templateFolder) throws IOException {
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

    /** Renders {@code templateName} for one page. */
    public void render(String templateName, RenderContext context, Writer out) throws IOException, TemplateException {
        Template template = configuration.getTemplate(templateName);
        template.process(context, out);
    }
}
