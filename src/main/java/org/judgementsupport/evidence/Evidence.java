package org.judgementsupport.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Everything an inspector has gathered on one local authority. Only the local authority and the inspection (with its
 * start date) are required; each other group, and each field in it, may be absent.
 *
 * @param localAuthority    which local authority the evidence is about
 * @param inspection        the inspection it is gathered for
 * @param workforce         the social work workforce: caseloads, vacancies, agency staff, turnover, supervision, the director
 * @param leadership        leaders' grip on practice, and inspectors' evaluation of their impact
 * @param helpAndProtection help and protection of children: referrals, assessments, plans, sampled cases, practice
 * @param missingChildren   children who go missing, and return interviews
 * @param childrenInCare    children in care: placements, stability, distance from home, sufficiency, practice
 * @param adoption          adoption: timeliness (the adoption scorecard), practice
 * @param careLeavers       care leavers: education, employment or training, accommodation, keeping in touch, practice
 */
public record Evidence(
        @NotNull(message = "is required: say which local authority the evidence is about") @Valid LocalAuthority localAuthority,
        @NotNull(message = "is required: at least the inspection start date") @Valid Inspection inspection,
        @Valid Workforce workforce,
        @Valid Leadership leadership,
        @Valid HelpAndProtection helpAndProtection,
        @Valid MissingChildren missingChildren,
        @Valid ChildrenInCare childrenInCare,
        @Valid Adoption adoption,
        @Valid CareLeavers careLeavers) {
}
