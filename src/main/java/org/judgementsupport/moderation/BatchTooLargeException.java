package org.judgementsupport.moderation;

/** A moderation batch with more cases than {@link ModerationLimits#maxCases()}; refused as soon as it is seen, nothing stored. */
public class BatchTooLargeException extends RuntimeException {

    private final int maxCases;

    BatchTooLargeException(int maxCases) {
        super("the batch has more than " + maxCases + " cases");
        this.maxCases = maxCases;
    }

    public int maxCases() {
        return maxCases;
    }
}
