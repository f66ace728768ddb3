package org.judgementsupport.framework;

/**
 * Ofsted's four-point scale, best first. {@link #rank()} orders it: a lower rank is a better grade.
 */
public enum Grade {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement to be good"),
    INADEQUATE("Inadequate");

    private final String ofstedWording;

    Grade(String ofstedWording) {
        this.ofstedWording = ofstedWording;
    }

    /** The grade as Ofsted words it in published reports and the outcomes data. */
    public String ofstedWording() {
        return ofstedWording;
    }

    /** 1 for outstanding … 4 for inadequate. */
    public int rank() {
        return ordinal() + 1;
    }

    /** True when this grade is as good as {@code other} or better; decision tables use it ("leaders at least good"). */
    public boolean isAtLeast(Grade other) {
        return ordinal() <= other.ordinal();
    }

    public boolean isBetterThan(Grade other) {
        return ordinal() < other.ordinal();
    }

    /** The worse of the two grades. */
    public Grade capAt(Grade ceiling) {
        return isBetterThan(ceiling) ? ceiling : this;
    }

    /** The next grade up, or this grade when it is already outstanding. */
    public Grade oneBetter() {
        return this == OUTSTANDING ? this : values()[ordinal() - 1];
    }

    /** Reads Ofsted's wording ("Requires improvement to be good") or the enum name; case-insensitive. */
    public static Grade fromOfstedWording(String text) {
        String wanted = text.trim();
        for (Grade grade : values()) {
            if (grade.ofstedWording.equalsIgnoreCase(wanted) || grade.name().equalsIgnoreCase(wanted)) {
                return grade;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a grade on Ofsted's four-point scale");
    }
}
