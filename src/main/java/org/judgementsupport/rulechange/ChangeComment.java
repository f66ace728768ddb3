package org.judgementsupport.rulechange;

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
 * Why the rules are changing, as the change log keeps it with who made the change: plain text, lines allowed, of a
 * length a person reads. Whether a reason was given at all is {@code @NotBlank}'s to say; this checks one that was.
 */
@Documented
@Constraint(validatedBy = ChangeComment.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface ChangeComment {

    int MAX_LENGTH = 2000;

    /** Unused: the refusal says which rule the reason breaks. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ChangeComment, String> {

        @Override
        public boolean isValid(String comment, ConstraintValidatorContext context) {
            if (comment == null || comment.isBlank()) {
                return true;
            }
            return RequestValidation.accept(comment.length() > MAX_LENGTH
                    ? Optional.of("must be at most " + MAX_LENGTH + " characters; this one is " + comment.length())
                    : PlainText.multilineProblem(comment), context);
        }
    }
}
