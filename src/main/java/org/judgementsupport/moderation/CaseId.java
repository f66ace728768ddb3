package org.judgementsupport.moderation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import org.judgementsupport.evidence.PlainText;
import org.judgementsupport.system.RequestValidation;

/**
 * A case id names the case in the report and its CSV: plain text, of a length a person reads. Whether one was given is
 * {@code @NotNull}'s to say; this checks one that was.
 */
@Documented
@Constraint(validatedBy = CaseId.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface CaseId {

    int MAX_LENGTH = 200;

    /** Unused: the refusal says which rule the id breaks. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CaseId, String> {

        @Override
        public boolean isValid(String caseId, ConstraintValidatorContext context) {
            if (caseId == null) {
                return true;
            }
            return RequestValidation.accept(caseId.length() > MAX_LENGTH ? Optional.of("must be at most " + MAX_LENGTH + " characters")
                    : PlainText.problem(caseId), context);
        }
    }
}
