package org.judgementsupport.realdata;

import java.util.Locale;

/**
 * A local authority's name as the published files write it, reduced to what identifies it, so that the same authority
 * matches across Ofsted's and the DfE's files: "Kingston Upon Hull" and "Kingston upon Hull, City of",
 * "Durham" and "County Durham", "Bedford Borough" and "Bedford", "Brighton & Hove" and "Brighton and Hove".
 */
final class AuthorityName {

    private AuthorityName() {
    }

    static String normalised(String name) {
        String words = name.toLowerCase(Locale.ROOT).trim()
                .replace("&", " and ")
                .replaceAll(",\\s*(city|county) of$", "")
                .replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\s+", " ")
                .trim();
        // "City of London" keeps its "city of": it is the name, not a suffix.
        return words.replaceFirst("^county (?=\\w)", "").replaceFirst(" borough$", "");
    }
}
