package org.judgementsupport.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Everything an inspector has gathered on one local authority. Only the local authority and the inspection (with its
 * start date) are required; each other group, and each field in it, may be absent.
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
