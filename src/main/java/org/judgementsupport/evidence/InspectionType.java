package org.judgementsupport.evidence;

/** ILACS inspections are short (one week, for authorities previously good or better) or standard (two weeks). */
public enum InspectionType {
    SHORT,
    STANDARD
}
