package org.judgementsupport.system;

/**
 * One thing wrong with submitted evidence: the field's JSON path, the value sent (null when absent), and why it was
 * refused, in words an inspector can act on.
 */
public record FieldProblem(String field, Object rejectedValue, String reason) {
}
