package org.judgementsupport.criteria;

import org.judgementsupport.framework.Grade;

/** The limiting-judgements table's decision: the best grade the limited judgement can have, and the row that said so. */
public record LimitingDecision(String rule, Grade atBest) {
}
