package org.judgementsupport.realdata;

import java.util.List;
import org.judgementsupport.evidence.Evidence;

/**
 * Evidence built from published figures, with where each came from.
 *
 * @param evidence the evidence, ready to judge (practice evaluations are the inspectors' to add)
 * @param sources  each indicator's figure: dataset, year, when it was public by, file, and the authorities it was
 *                 reported for
 */
public record RealEvidence(Evidence evidence, List<DfeIndicators.Figure> sources) {
}
