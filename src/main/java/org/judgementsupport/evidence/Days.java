package org.judgementsupport.evidence;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An average wait in days, from 0 to ten years: longer is not a wait any child has had, so it is a slip of the keyboard.
 * Reported as one readable violation.
 */
@Min(0)
@Max(Days.MAXIMUM)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Days {

    /** Ten years, in days. */
    int MAXIMUM = 3_650;

    String message() default "must be a number of days from 0 to 3650 (ten years)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
