/**
 * The evidence inspectors submit about a local authority, its validation, and its translation into the
 * {@link org.judgementsupport.evidence.Indicator} facts rules match.
 *
 * <p>Evidence is always partial: every group and field is optional except the local authority and the inspection
 * start date. A missing field is an evidence gap, never a default value; a misspelt or unknown field is an error,
 * never silently dropped. {@link org.judgementsupport.evidence.EvidenceField} is the vocabulary of every field with
 * its label, unit and the direction in which it gets better.
 */
package org.judgementsupport.evidence;
