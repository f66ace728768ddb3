/**
 * Where to look next: every English local authority ranked, as of any date, by how likely its next inspection is to
 * find it less than good, from the figures published before that date, its inspection history and the targeting score
 * table policy staff own; each score explained point by point. The backtest measures how well the ranking would have
 * predicted Ofsted's published inspections against two simpler rankings.
 */
package org.judgementsupport.targeting;
