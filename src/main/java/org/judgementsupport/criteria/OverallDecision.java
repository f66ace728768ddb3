package org.judgementsupport.criteria;

import org.judgementsupport.framework.Grade;

/** The overall-effectiveness grade and the name of the table row that set it. */
public record OverallDecision(String rule, Grade grade) {
}
