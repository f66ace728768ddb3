package org.judgementsupport.evidence;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.judgementsupport.framework.Framework;

/**
 * An inspection without an explicit framework must start on a date some supported framework covers. Reported against
 * {@code inspection.startDate}, the field the inspector would correct.
 */
@Constraint(validatedBy = FrameworkExistsForStartDate.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface FrameworkExistsForStartDate {
    String message() default "no framework for that date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FrameworkExistsForStartDate, Inspection> {
        @Override
        public boolean isValid(Inspection inspection, ConstraintValidatorContext context) {
            if (inspection == null || inspection.startDate() == null || inspection.framework() != null
                    || Framework.forStartDate(inspection.startDate()).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "no framework for that date: the service judges inspections starting from "
                                    + Framework.earliestSupportedStartDate()
                                    + ", when the single inspection framework (SIF) began; earlier inspections were under other frameworks")
                    .addPropertyNode("startDate")
                    .addConstraintViolation();
            return false;
        }
    }
}
