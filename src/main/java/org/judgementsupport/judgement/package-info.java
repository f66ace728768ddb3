/**
 * Provisional judgements: the evidence is run through the rule set in service, each area is graded from the findings
 * and the inspectors' evaluation of practice, and everything is explained.
 *
 * <p>The grading model is fixed and small: any inadequacy trigger makes an area inadequate; otherwise the evaluation
 * of practice sets the grade, capped by any limit; without that evaluation the grade is not determined, and the
 * judgement says the best grade the evidence still allows and what is missing. Indicators alone never set a grade.
 * Everything else, which criteria fire and how overall effectiveness and next steps follow, is in the rules.
 */
package org.judgementsupport.judgement;
