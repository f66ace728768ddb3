package org.judgementsupport.benchmark.peers;

import org.judgementsupport.evidence.Evidence;

/** One way of applying the criteria: evidence already read and validated in, findings and grades out. */
interface CriteriaEngine {

    Outcome judge(Evidence evidence);
}
