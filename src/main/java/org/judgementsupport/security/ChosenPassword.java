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
import org.judgementsupport.system.RequestValidation;

/**
 * A password a user may choose ({@link PasswordRules}); the refusal says which rule it breaks. Mark it
 * {@link RequestValidation.Undisclosed}, so the password is never repeated back.
 */
@Documented
@Constraint(validatedBy = ChosenPassword.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@interface ChosenPassword {

    /** Unused: the refusal is worded by {@link PasswordRules#problem(String)}. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ChosenPassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return RequestValidation.accept(PasswordRules.problem(password), context);
        }
    }
}
