package org.judgementsupport.rulechange;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * A rule change's multipart form as the API documentation shows it, so that Swagger UI can send one: the controller
 * reads the same parts by name ({@link RuleSetController}).
 *
 * @param files   the changed files
 * @param remove  files to drop
 * @param comment why the rules are changing
 */
@Schema(name = "RuleFileParts", description = "Changed rule files, the files to remove and why, as a multipart form")
record RuleFileParts(
        @ArraySchema(arraySchema = @Schema(description = "Changed files, each named by its path in the rule folder (e.g. "
                + "decision-tables/criteria/strengths.drl.xlsx) as its file name or its part name; or one zip of the rule folders"),
                schema = @Schema(type = "string", format = "binary"))
        List<MultipartFile> files,
        @ArraySchema(arraySchema = @Schema(description = "Files to remove, by their path in the rule folder"))
        List<String> remove,
        @Schema(description = "Why the rules are changing: kept in the change log with who changed them", requiredMode = Schema.RequiredMode.REQUIRED)
        String comment) {
}
