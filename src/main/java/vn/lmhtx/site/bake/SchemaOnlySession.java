package vn.lmhtx.site.bake;

import com.orientechnologies.orient.core.db.ODatabaseSession;
import com.orientechnologies.orient.core.metadata.OMetadata;
import com.orientechnologies.orient.core.metadata.schema.OSchema;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jbake.app.ContentStore;

/**
 * Stands in for the OrientDB session of a {@link ContentStore} that has no database ({@link PlannedContentStore}),
 * answering the one question JBake still asks it: {@code Oven.bake()} calls the store's {@code updateSchema()}, which
 * JBake made final and which asks the session's schema whether JBake's two classes exist (it creates them if not).
 * Here they always exist, so nothing is created; any other use of the session fails loudly.
 */
final class SchemaOnlySession implements InvocationHandler {

    private static final SchemaOnlySession INSTANCE = new SchemaOnlySession();
    private static final OSchema SCHEMA = proxy(OSchema.class);
    private static final OMetadata METADATA = proxy(OMetadata.class);
    private static final ODatabaseSession SESSION = proxy(ODatabaseSession.class);

    private SchemaOnlySession() {
    }

    /** Gives {@code store} the session JBake's {@code updateSchema()} reads (JBake keeps it in a private field). */
    static void install(ContentStore store) {
        try {
            Field session = ContentStore.class.getDeclaredField("db");
            session.setAccessible(true);
            session.set(store, SESSION);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("JBake's content store has no session field (another JBake version?)", e);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "getMetadata" -> METADATA;
            case "getSchema" -> SCHEMA;
            case "existsClass" -> Boolean.TRUE;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "JBake's schema, without a database";
            default -> throw new UnsupportedOperationException("the bake's content store has no database: "
                + method.getDeclaringClass().getSimpleName() + "." + method.getName());
        };
    }

    private static <T> T proxy(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(SchemaOnlySession.class.getClassLoader(), new Class<?>[] {type}, INSTANCE));
    }
}
