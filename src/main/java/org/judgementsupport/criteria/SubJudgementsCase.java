package org.judgementsupport.criteria;

import org.judgementsupport.framework.Grade;

/**
 * The grades of the single inspection framework's two graded sub-judgements of children looked after, which its
 * limiting-judgements table reads to say how good children looked after can be.
 */
public record SubJudgementsCase(Grade adoptionPerformance, Grade careLeavers) {
}
