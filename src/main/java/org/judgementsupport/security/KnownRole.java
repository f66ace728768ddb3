package org.judgementsupport.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Optional;
import org.judgementsupport.system.RequestValidation;

/** Each of a list of roles a role, not a null ({@code Set<@KnownRole Role>}). The refusal names every role there is. */
@Documented
@Constraint(validatedBy = KnownRole.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@interface KnownRole {

    /** Unused: the refusal is worded below, naming the roles there are. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownRole, Role> {

        @Override
        public boolean isValid(Role role, ConstraintValidatorContext context) {
            return RequestValidation.accept(role == null
                    ? Optional.of("must name only roles, each one of " + Arrays.toString(Role.values())) : Optional.empty(), context);
        }
    }
}
