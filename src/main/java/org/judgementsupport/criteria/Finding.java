package org.judgementsupport.criteria;

import java.util.List;
import org.judgementsupport.framework.JudgementArea;

/**
 * What one rule found: its name (a sentence policy staff recognise), the area and effect declared in its metadata,
 * the evidence it rests on, and the source document behind it. Several findings stand side by side; none overwrites
 * another.
 */
public record Finding(String rule, JudgementArea area, Effect effect, List<CitedEvidence> evidence, String source) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** True when the finding rests on the evidence at that path; rules that combine findings use it. */
    public boolean cites(String path) {
        return evidence.stream().anyMatch(cited -> cited.field().equals(path));
    }
}
