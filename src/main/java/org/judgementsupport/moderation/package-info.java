/**
 * Moderation: consistency reports over many cases, each with its evidence and the grades actually recorded. Per area
 * the agreement between recorded and provisional grades (exact, within one grade, quadratic-weighted Cohen's kappa
 * with a 95% confidence interval, the confusion matrix); recorded grades that contradict the overall-effectiveness
 * table; disagreements ranked by size with the provisional explanation; similar evidence given grades two or more
 * apart; triggers on cases recorded good or outstanding; cases recorded inadequate with no trigger. Reports are jobs:
 * stored as submitted, run in the background one at a time, and run again from their stored input after a restart.
 */
package org.judgementsupport.moderation;
