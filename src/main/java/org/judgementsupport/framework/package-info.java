/**
 * The inspection frameworks, their judgement areas and the four-point grading scale.
 *
 * <p>These are closed vocabularies fixed by Ofsted's published frameworks, not policy that changes with the rules:
 * which framework applies to an inspection start date, which areas it grades, and how the grades order.
 */
package org.judgementsupport.framework;
