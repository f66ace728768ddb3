package org.judgementsupport.evidence;

import org.judgementsupport.framework.Grade;

/**
 * The inspector's evaluation of the practice seen in one area, worded after Ofsted's grade descriptors. It is what
 * sets an area's grade once no criterion limits it; indicators alone never do.
 */
public enum PracticeQuality {
    /** Highly effective practice that exceeds expectations. */
    EXCEPTIONAL("exceptional", Grade.OUTSTANDING),
    /** Effective practice. */
    CONSISTENTLY_EFFECTIVE("consistently effective", Grade.GOOD),
    /** No widespread or serious failures, but practice is not yet good. */
    NOT_YET_CONSISTENTLY_GOOD("not yet consistently good", Grade.REQUIRES_IMPROVEMENT),
    /** Widespread or serious failures that leave children harmed or at risk of harm. */
    WIDESPREAD_OR_SERIOUS_FAILURES("widespread or serious failures", Grade.INADEQUATE);

    private final String words;
    private final Grade grade;

    PracticeQuality(String words, Grade grade) {
        this.words = words;
        this.grade = grade;
    }

    /** The level in lower-case words, as policy staff write it in criteria ("widespread or serious failures"). */
    public String words() {
        return words;
    }

    /** The grade this evaluation of practice corresponds to before any criterion limits it. */
    public Grade grade() {
        return grade;
    }

    public static PracticeQuality forGrade(Grade grade) {
        for (PracticeQuality quality : values()) {
            if (quality.grade == grade) {
                return quality;
            }
        }
        throw new IllegalArgumentException("no practice evaluation for " + grade);
    }
}
