package org.judgementsupport.evidence;

/**
 * One piece of submitted evidence as rules see it: its path (e.g. {@code missingChildren.returnInterviewsOfferedPct})
 * and its value, a {@link Number}, a {@link Boolean} or a {@link PracticeQuality}. Absent evidence has no indicator,
 * so a rule about it cannot fire; the absence is reported as an evidence gap instead.
 */
public record Indicator(String path, Object value) {

    public Indicator {
        if (path == null || value == null) {
            throw new IllegalArgumentException("an indicator needs a path and a value");
        }
    }

    /** The field's vocabulary entry; every indicator the service creates has one. */
    public EvidenceField field() {
        return EvidenceField.byPath(path).orElseThrow(() -> new IllegalStateException("no evidence field " + path));
    }

    /** The value as a person reads it, e.g. "45%". */
    public String formattedValue() {
        return field().format(value);
    }
}
