package org.judgementsupport.targeting;

import java.time.LocalDate;
import org.judgementsupport.framework.Grade;

/**
 * A graded inspection of a local authority as it became known: when it was (for the older single inspection framework
 * only its publication is known, so that date stands for both), when it was published, and its overall grade.
 *
 * @param localAuthorityCode the code it was published under
 * @param framework          {@code ILACS} or {@code SIF}
 * @param inspected          when it started (ILACS), or when it was published (SIF)
 * @param published          when its report was published
 * @param overall            its overall effectiveness grade
 */
public record PastInspection(String localAuthorityCode, String framework, LocalDate inspected, LocalDate published, Grade overall) {
}
