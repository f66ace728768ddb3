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
import java.util.Collection;
import java.util.Optional;
import org.judgementsupport.system.RequestValidation;

/** Roles given as a list: at least one ({@link KnownRole} checks each). The refusal names every role there is. */
@Documented
@Constraint(validatedBy = SomeRoles.AtLeastOne.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@interface SomeRoles {

    /** Unused: the refusal is worded below, naming the roles there are. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class AtLeastOne implements ConstraintValidator<SomeRoles, Collection<?>> {

        @Override
        public boolean isValid(Collection<?> roles, ConstraintValidatorContext context) {
            return RequestValidation.accept(roles == null || roles.isEmpty()
                    ? Optional.of("must name at least one of " + Arrays.toString(Role.values())) : Optional.empty(), context);
        }
    }
}
