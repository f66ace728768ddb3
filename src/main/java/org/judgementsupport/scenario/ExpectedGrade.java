package org.judgementsupport.scenario;

import java.util.Locale;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.judgement.AreaJudgement;

/**
 * A grade a scenario expects, written as policy staff say it: {@code GOOD}, {@code not determined}, or
 * {@code not determined, at best REQUIRES_IMPROVEMENT}.
 */
public record ExpectedGrade(Grade grade, Grade atBest) {

    public static ExpectedGrade parse(String text) {
        String words = text.trim();
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.startsWith("not determined")) {
            String rest = words.substring("not determined".length()).replaceFirst("^\\s*,?\\s*", "");
            if (rest.isEmpty()) {
                return new ExpectedGrade(null, null);
            }
            if (!rest.toLowerCase(Locale.ROOT).startsWith("at best ")) {
                throw new IllegalArgumentException("'" + text + "': write 'not determined' or 'not determined, at best GOOD'");
            }
            return new ExpectedGrade(null, Grade.fromOfstedWording(rest.substring("at best ".length())));
        }
        return new ExpectedGrade(Grade.fromOfstedWording(words), null);
    }

    public boolean determined() {
        return grade != null;
    }

    public boolean matches(AreaJudgement actual) {
        if (determined()) {
            return actual.determined() && actual.grade() == grade;
        }
        return !actual.determined() && (atBest == null || atBest == actual.highestPossibleGrade());
    }

    public static String describe(AreaJudgement actual) {
        return actual.determined() ? actual.grade().name()
                : "not determined" + (actual.highestPossibleGrade() == null ? "" : ", at best " + actual.highestPossibleGrade().name());
    }

    @Override
    public String toString() {
        return determined() ? grade.name() : "not determined" + (atBest == null ? "" : ", at best " + atBest.name());
    }
}
