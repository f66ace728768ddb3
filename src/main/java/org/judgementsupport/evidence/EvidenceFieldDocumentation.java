package org.judgementsupport.evidence;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes each evidence field in the API documentation by the label and unit it has everywhere else (the rules
 * catalogue, the explanations, the pages), from {@link EvidenceField}, so the documentation says the same and cannot
 * fall behind a new field.
 */
@Component
class EvidenceFieldDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (EvidenceField field : EvidenceField.values()) {
            String[] path = field.path().split("\\.", 2);
            Schema<?> group = openApi.getComponents().getSchemas().get(Character.toUpperCase(path[0].charAt(0)) + path[0].substring(1));
            if (group == null || group.getProperties() == null || !group.getProperties().containsKey(path[1])) {
                continue;
            }
            Schema<?> property = group.getProperties().get(path[1]);
            if (property.getDescription() == null) {
                property.setDescription(field.label() + unit(field));
            }
        }
    }

    private static String unit(EvidenceField field) {
        return switch (field.kind()) {
            case YES_NO -> ": true or false";
            case PRACTICE_QUALITY -> ": the inspectors' evaluation";
            case NUMBER -> field.unit() == EvidenceField.Unit.NONE ? "" : ", " + field.unit().name().toLowerCase(Locale.ROOT)
                    .replace("percent", "a percentage from 0 to 100").replace("cases", "in cases").replace("count", "a count")
                    .replace("days", "in days");
        };
    }
}
