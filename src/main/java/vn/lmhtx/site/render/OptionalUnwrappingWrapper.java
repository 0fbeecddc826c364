package vn.lmhtx.site.render;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.util.Optional;

/**
 * Lets templates treat an empty {@link Optional} as a missing value and a full one as its content, so records
 * keep {@code Optional} fields and templates keep Freemarker's {@code ??} and {@code !} idioms.
 */
final class OptionalUnwrappingWrapper extends DefaultObjectWrapper {

    OptionalUnwrappingWrapper(Version version) {
        super(version);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Optional<?> optional) {
            return optional.isPresent() ? super.wrap(optional.get()) : null;
        }
        return super.wrap(object);
    }
}
