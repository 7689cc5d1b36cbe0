package dev.liveengine.openapi.bundle;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what the spec's extensions say into its descriptions, so that any renderer shows them:
 * each operation's description gains its rate limit and the meaning of its error codes, and the
 * API description gains the whole error-code table. The sources hold each fact once, in the
 * extension; only the published bundle carries the prose.
 */
final class ExtensionDocs {

    private ExtensionDocs() {
    }

    static void render(OpenAPI api) {
        Map<Integer, Map<?, ?>> table = errorCodeTable(api);
        for (PathItem pathItem : api.getPaths().values()) {
            for (Operation operation : pathItem.readOperations()) {
                operation.setDescription(operation.getDescription().strip() + "\n\n"
                        + rateLimit(operation) + "\n\n" + errorCodes(operation, table));
            }
        }
        api.getInfo().setDescription(api.getInfo().getDescription().strip() + "\n\n" + fullTable(table));
    }

    private static Map<Integer, Map<?, ?>> errorCodeTable(OpenAPI api) {
        Schema<?> errorCode = api.getComponents().getSchemas().get("ErrorCode");
        List<?> entries = (List<?>) errorCode.getExtensions().get("x-error-codes");
        Map<Integer, Map<?, ?>> table = new LinkedHashMap<>();
        for (Object entry : entries) {
            Map<?, ?> row = (Map<?, ?>) entry;
            table.put(((Number) row.get("code")).intValue(), row);
        }
        return table;
    }

    private static String rateLimit(Operation operation) {
        Map<?, ?> limit = (Map<?, ?>) operation.getExtensions().get("x-rate-limit");
        String period = ((Number) limit.get("periodSeconds")).intValue() == 1 ? "second" : limit.get("periodSeconds") + " seconds";
        String shared = limit.get("bucket") == null ? ""
                : " This limit is shared by all operations in bucket `" + limit.get("bucket") + "`.";
        int requests = ((Number) limit.get("requests")).intValue();
        return "**Rate limit:** " + requests + (requests == 1 ? " call" : " calls") + " per " + period + "; beyond it the reply is `FAIL` with "
                + "error code " + limit.get("errorCode") + "." + shared;
    }

    private static String errorCodes(Operation operation, Map<Integer, Map<?, ?>> table) {
        if (((List<?>) operation.getExtensions().get("x-error-codes")).isEmpty()) {
            return "**Error codes** of this operation: none beyond the common codes.";
        }
        StringBuilder text = new StringBuilder("**Error codes** of this operation (the common codes apply too):\n\n"
                + "| Code | Category | Meaning |\n|---|---|---|\n");
        for (Object code : (List<?>) operation.getExtensions().get("x-error-codes")) {
            Map<?, ?> row = table.get(((Number) code).intValue());
            text.append("| ").append(code).append(" | ").append(row.get("category")).append(" | ")
                    .append(row.get("description")).append(" |\n");
        }
        return text.toString().strip();
    }

    private static String fullTable(Map<Integer, Map<?, ?>> table) {
        StringBuilder text = new StringBuilder("## Error codes\n\nEvery documented code. Codes of scope `common` can come "
                + "from any operation; the others only from the operations that list them.\n\n"
                + "| Code | Category | Scope | Meaning |\n|---|---|---|---|\n");
        table.forEach((code, row) -> text.append("| ").append(code).append(" | ").append(row.get("category"))
                .append(" | ").append(row.get("scope")).append(" | ").append(row.get("description")).append(" |\n"));
        return text.toString().strip();
    }
}
