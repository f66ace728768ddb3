package org.judgementsupport.judgement;

import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.ruleset.RuleLocation;

/**
 * A rule or table row that made a decision, where it is written and what it rests on.
 *
 * @param rule     the rule's name, a sentence
 * @param location where it is written: a file and line, or a workbook, sheet and cell
 * @param source   the document and paragraph it rests on
 */
public record RuleReference(String rule, RuleLocation location, SourceCitation source) {
}
