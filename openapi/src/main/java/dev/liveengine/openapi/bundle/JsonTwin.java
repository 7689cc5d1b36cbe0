package dev.liveengine.openapi.bundle;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON twin of a YAML spec: the same tree, keys in the same order, for readers without a YAML
 * parser. Every spec the jar carries comes in both forms.
 *
 * <p>Usage: {@code JsonTwin <spec.yaml> <output-dir>} puts a single-file spec, which needs no
 * bundling, into {@code output-dir} as it is, next to its twin ({@code name.yaml}, {@code name.json}).
 */
public final class JsonTwin {

    private static final ObjectWriter JSON_OUT = Json.mapper().writer(new DefaultPrettyPrinter());

    private JsonTwin() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: JsonTwin <spec.yaml> <output-dir>");
        }
        Path spec = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        String name = spec.getFileName().toString().replaceFirst("\\.yaml$", "");
        String yaml = Files.readString(spec, StandardCharsets.UTF_8);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(name + ".yaml"), yaml, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve(name + ".json"), of(yaml), StandardCharsets.UTF_8);
    }

    /** The JSON text of {@code yaml}, pretty-printed, ending in a newline. */
    static String of(String yaml) throws IOException {
        return JSON_OUT.writeValueAsString(Yaml.mapper().readTree(yaml)) + "\n";
    }
}
