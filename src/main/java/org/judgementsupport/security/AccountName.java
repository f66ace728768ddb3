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

/** A name a local account may have ({@link AccountNames}); the refusal says which rule the name breaks. */
@Documented
@Constraint(validatedBy = AccountName.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@interface AccountName {

    /** Unused: the refusal is worded by {@link AccountNames#problem(String)}. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AccountName, String> {

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            return RequestValidation.accept(AccountNames.problem(name), context);
        }
    }
}
