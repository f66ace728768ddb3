package org.judgementsupport.ruleset;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes a {@link RuleLocation}'s fields in the API documentation: its JSON is written by hand (one shape for its
 * three kinds of place), so there are no record fields for the documentation to take descriptions from.
 */
@Component
class RuleLocationDocumentation implements OpenApiCustomizer {

    private static final Map<String, String> FIELDS = Map.of(
            "file", "The file, by its path in the rule folder, e.g. decision-tables/criteria/limits-to-requires-improvement.drl.xlsx",
            "line", "In a DRL file, the line, from 1",
            "sheet", "In a workbook, the sheet",
            "cell", "In a workbook, the cell, e.g. D9; absent for the sheet as a whole",
            "row", "In a workbook, the row of the cell, e.g. 9");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Schema<?> location = openApi.getComponents().getSchemas().get("RuleLocation");
        if (location == null || location.getProperties() == null) {
            return;
        }
        location.setDescription("Where a rule is written: a file, a line of a DRL file, or a workbook's sheet or cell");
        location.getProperties().forEach((name, property) -> {
            if (property.getDescription() == null && FIELDS.containsKey(name)) {
                property.setDescription(FIELDS.get(name));
            }
        });
    }
}
