package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.polyglot.support.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openapitools.codegen.utils.StringUtils;

/**
 * Each generated client has one API file per spec tag, declaring exactly one call per operation of that tag,
 * named as the generator names it. Catches a misconfigured generator (wrong output layout, an operation dropped
 * or doubled) that would still compile.
 */
class GeneratedOperationsTest {

    /** How one generator lays out its API code. Names come from the generator's own naming helpers. */
    enum Client {
        TYPESCRIPT("typescript",
                tag -> "src/apis/" + StringUtils.camelize(tag) + "Api.ts",
                "^    async (\\w+)\\(",
                List.of("Raw", "RequestOpts"),
                operationId -> operationId),
        PYTHON("python",
                tag -> "live_engine_client/api/" + StringUtils.underscore(tag) + "_api.py",
                "^    def ([a-z]\\w*)\\(",
                List.of("_with_http_info", "_without_preload_content"),
                StringUtils::underscore),
        GO("go",
                tag -> "api_" + StringUtils.underscore(tag) + ".go",
                "^func \\(a \\*\\w+APIService\\) (\\w+)\\(ctx context\\.Context",
                List.of(),
                StringUtils::camelize);

        final String directory;
        final UnaryOperator<String> fileOfTag;
        final Pattern declaration;
        /** Suffixes of the per-operation variants (raw response, request options, ...), which are not counted. */
        final List<String> variantSuffixes;
        final UnaryOperator<String> nameOfOperation;

        Client(String directory, UnaryOperator<String> fileOfTag, String declaration, List<String> variantSuffixes,
                UnaryOperator<String> nameOfOperation) {
            this.directory = directory;
            this.fileOfTag = fileOfTag;
            this.declaration = Pattern.compile(declaration, Pattern.MULTILINE);
            this.variantSuffixes = variantSuffixes;
            this.nameOfOperation = nameOfOperation;
        }

        List<String> declaredCalls(String source) {
            List<String> names = new ArrayList<>();
            Matcher matcher = declaration.matcher(source);
            while (matcher.find()) {
                String name = matcher.group(1);
                if (variantSuffixes.stream().noneMatch(name::endsWith)) {
                    names.add(name);
                }
            }
            names.sort(null);
            return names;
        }
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void oneCallPerSpecOperation(Client client) {
        Path root = PolyglotBuild.generated(client.directory);
        for (Map.Entry<String, List<String>> tag : Spec.operationIdsByTag().entrySet()) {
            Path file = root.resolve(client.fileOfTag.apply(tag.getKey()));
            assertTrue(Files.isRegularFile(file), () -> "no " + client + " API file for tag " + tag.getKey()
                    + ": expected " + file);
            List<String> expected = tag.getValue().stream().map(client.nameOfOperation).sorted().toList();
            assertEquals(expected, client.declaredCalls(PolyglotBuild.read(file)),
                    () -> client + " calls declared in " + file + " for the operations tagged " + tag.getKey());
        }
    }
}
