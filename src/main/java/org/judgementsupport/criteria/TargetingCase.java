package org.judgementsupport.criteria;

import org.judgementsupport.framework.Grade;

/**
 * What the targeting score table reads about one local authority besides its findings and trends: Ofsted's last
 * published overall grade and how long ago that inspection was. The table's rows give points for these.
 *
 * @param localAuthority             the authority's code, so a session's points can be told apart
 * @param previousGrade              the overall grade of the last inspection published before the date, or null when
 *                                   none was (an authority formed since)
 * @param monthsSinceLastInspection  whole months from that inspection to the date, or null when there was none
 */
public record TargetingCase(String localAuthority, Grade previousGrade, Integer monthsSinceLastInspection) {
}
