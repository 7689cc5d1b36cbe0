package dev.liveengine.emulator.contract;

import com.networknt.schema.JsonSchema;
import java.util.function.Supplier;

/**
 * A schema compiled the first time it is used. Compiling every schema of the specs takes most of
 * the emulator's start-up; compiled on demand, the first request waits only for its own operation's
 * schemas, and a reply schema is compiled only when replies are checked.
 */
final class LazySchema {

    private final Supplier<JsonSchema> compile;
    private volatile JsonSchema schema;

    LazySchema(Supplier<JsonSchema> compile) {
        this.compile = compile;
    }

    JsonSchema get() {
        JsonSchema compiled = schema;
        if (compiled == null) {
            synchronized (this) {
                compiled = schema;
                if (compiled == null) {
                    compiled = compile.get();
                    schema = compiled;
                }
            }
        }
        return compiled;
    }
}
