/**
 * The durable record of judgements: every judgement stored before its response is sent, with its evidence, result,
 * rule-set version, time and who asked; searchable; tamper-evident (a hash chain a verification names the first
 * break in); and reproducible (a replay re-runs the stored evidence with the stored rule-set version).
 */
package org.judgementsupport.record;
