package org.judgementsupport.moderation;

import java.util.List;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpStatus;

/** A moderation batch with more cases than {@link ModerationLimits#maxCases()}; refused as soon as it is seen, nothing stored. */
public class BatchTooLargeException extends Refusal {

    private final int maxCases;

    BatchTooLargeException(int maxCases) {
        super("the batch has more than " + maxCases + " cases", HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.BATCH_TOO_LARGE,
                "The moderation batch is too large", "A batch may hold at most " + maxCases + " cases (judgement-support.moderation.max-cases); "
                        + "this one holds more, so it was not read further and nothing was stored. Split it into batches of at most " + maxCases + ".");
        this.maxCases = maxCases;
        property("maxCases", maxCases);
        property("errors", List.of(new ModerationBatches.CaseProblem(null, "cases", "must be at most " + maxCases)));
    }

    public int maxCases() {
        return maxCases;
    }
}
