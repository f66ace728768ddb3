/**
 * The durable record of judgements: every judgement stored before its response is sent, with its evidence, result,
 * rule-set version, time and who asked; searchable; tamper-evident (a hash chain a verification names the first
 * break in); and reproducible (a replay re-runs the stored evidence with the stored rule-set version). Judgements are
 * requested here too ({@code POST /api/v1/judgements}): a judgement is only ever answered once it is stored.
 */
package org.judgementsupport.record;
