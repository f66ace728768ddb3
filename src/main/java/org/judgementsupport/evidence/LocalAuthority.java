package org.judgementsupport.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The local authority by its ONS area code: E06 unitary authorities, E08 metropolitan districts, E09 London boroughs
 * and E10 county councils run children's services. (E10 is accepted beside E06 to E09: 39 of Ofsted's 271 published
 * ILACS inspections are of county councils.)
 *
 * @param code the ONS area code, e.g. E09000002
 * @param name the authority's name, e.g. Barking and Dagenham, for people reading the judgement
 */
public record LocalAuthority(
        @NotNull(message = "is required: the local authority's E-code, e.g. E09000002")
        @Pattern(regexp = "E0[6-9]\\d{6}|E10\\d{6}", message = "must be a local authority E-code: E06, E07, E08, E09 or E10 followed by six digits, e.g. E09000002")
        String code,
        @Size(max = 200, message = "must be at most 200 characters") String name) {
}
