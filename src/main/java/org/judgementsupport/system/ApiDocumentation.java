package org.judgementsupport.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API documentation's title and its two ways to sign in, so "Authorize" in Swagger UI works with either. */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Judgement Support", version = "v1",
                description = "Provisional judgements for inspections of local authority children's services, with the criteria, their "
                        + "changes and moderation. Sign in with a local account (Basic) or a token from the sign-in provider (Bearer)."),
        security = {@SecurityRequirement(name = "localAccount"), @SecurityRequirement(name = "providerToken")})
@SecurityScheme(name = "localAccount", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "providerToken", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class ApiDocumentation {
}
