package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.polyglot.support.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

/**
 * The clients are generated without warnings about the spec: the bundle passes openapi-generator's own
 * evaluation with every recommendation switched on, as {@code openapi-generator-cli validate --recommend} runs it
 * (parser messages count as errors there, and here).
 */
class SpecEvaluationTest {

    @Test
    void generatorFindsNothingToReportWithRecommendationsOn() {
        RuleConfiguration rules = new RuleConfiguration();
        rules.setEnableRecommendations(true);
        assertTrue(rules.isEnableRecommendations(), "recommendations must be on for this test to mean anything");

        ValidationResult evaluation = new OpenApiEvaluator(rules).validate(Spec.openApi());

        List<String> problems = new ArrayList<>();
        Spec.parseResult().getMessages().forEach(message -> problems.add("parser error: " + message));
        evaluation.getErrors().forEach(error -> problems.add(describe("error", error)));
        // the webhooks' schemas look unused to a generator, which knows no x-webhooks; any other unused one counts
        Set<String> webhookSchemas = Spec.webhookSchemaNames();
        evaluation.getWarnings().stream()
                .filter(warning -> !webhookSchemas.contains(warning.getMessage().replace("Unused model: ", "")))
                .forEach(warning -> problems.add(describe("warning", warning)));

        assertTrue(problems.isEmpty(), () -> "openapi-generator reports " + problems.size() + " problem(s) in "
                + PolyglotBuild.specBundle() + ":\n  " + String.join("\n  ", problems));
    }

    private static String describe(String severity, Invalid invalid) {
        return Stream.of(severity + ": " + invalid.getMessage(), invalid.getDetails(),
                        invalid.getRule() == null ? null : "(rule: " + invalid.getRule().getDescription() + ")")
                .filter(part -> part != null && !part.isBlank())
                .reduce((left, right) -> left + " " + right)
                .orElseThrow();
    }
}
