package org.judgementsupport.judgement;

import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.ruleset.RuleLocation;

/** A rule or table row that made a decision, where it is written and what it rests on. */
public record RuleReference(String rule, RuleLocation location, SourceCitation source) {
}
