package org.judgementsupport.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API documentation's title and its two ways to sign in, so "Authorize" in Swagger UI works with either; and the
 * answers every operation can give besides its own: the problem details of a refusal (400), of signing in (401), of
 * roles (403), of an unknown id (404) and of an upload too large (413), each with the problem's schema.
 */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Judgement Support", version = "v1",
                description = "Provisional judgements for inspections of local authority children's services, with the criteria, their "
                        + "changes and moderation. Sign in with a local account (Basic) or a token from the sign-in provider (Bearer). "
                        + "Operations are grouped by who may call them; every refusal is an RFC 7807 problem (application/problem+json)."),
        security = {@SecurityRequirement(name = "localAccount"), @SecurityRequirement(name = "providerToken")})
@SecurityScheme(name = "localAccount", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "providerToken", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> addProblems(path, operation)));
        };
    }

    private static void addProblems(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            problem(responses, "400", "Refused for what was sent: the problem names each field at fault and why; nothing was changed");
        }
        problem(responses, "401", "Not signed in, or the credentials were not accepted; WWW-Authenticate says how to sign in");
        problem(responses, "403", "Signed in, but your roles do not allow this");
        if (path.contains("{")) {
            problem(responses, "404", "Nothing has that id or version");
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)) {
            problem(responses, "413", "The upload is larger than judgement-support.limits.max-batch-body allows");
        }
    }

    /** A problem answer, unless the operation documents that code itself. */
    private static void problem(ApiResponses responses, String code, String description) {
        ApiResponse documented = responses.get(code);
        if (documented != null && documented.getContent() != null && !documented.getContent().isEmpty()) {
            return;
        }
        responses.addApiResponse(code, new ApiResponse().description(documented != null && documented.getDescription() != null
                        ? documented.getDescription() : description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    /** RFC 7807 problem details, as every refusal of the service is written. */
    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.description("One thing wrong with what was sent");
        fieldProblem.addProperty("field", new StringSchema().description("The field, parameter, column or cell at fault, as it was sent"));
        fieldProblem.addProperty("reason", new StringSchema().description("What is wrong with it, and what would be right"));
        fieldProblem.addProperty("caseId", new StringSchema().description("In a moderation batch, the case at fault; null for the batch as a whole"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 7807 problem: why a request was refused or failed");
        problem.addProperty("type", new StringSchema().description("The kind of problem, a stable address such as /problems/invalid-evidence"));
        problem.addProperty("title", new StringSchema().description("The kind of problem in words"));
        problem.addProperty("status", new IntegerSchema().description("The HTTP status code"));
        problem.addProperty("detail", new StringSchema().description("What went wrong this time, and what to do about it"));
        problem.addProperty("instance", new StringSchema().description("The address that was called"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem).description("Each field at fault, when there are any"));
        problem.addProperty("problemCount", new IntegerSchema().description("In a moderation batch, how many problems in all; the first 1,000 are listed"));
        return problem;
    }
}
