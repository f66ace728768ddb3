package org.judgementsupport.evidence;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Inspectors cannot find children left at risk in more cases than they sampled. */
@Constraint(validatedBy = LeftAtRiskWithinSample.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface LeftAtRiskWithinSample {
    String message() default "must not be more than helpAndProtection.casesSampled";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LeftAtRiskWithinSample, HelpAndProtection> {
        @Override
        public boolean isValid(HelpAndProtection evidence, ConstraintValidatorContext context) {
            if (evidence == null || evidence.casesSampled() == null || evidence.casesWithChildrenLeftAtRisk() == null
                    || evidence.casesWithChildrenLeftAtRisk() <= evidence.casesSampled()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "must not be more than the " + evidence.casesSampled() + " cases sampled (helpAndProtection.casesSampled)")
                    .addPropertyNode("casesWithChildrenLeftAtRisk")
                    .addConstraintViolation();
            return false;
        }
    }
}
