package org.judgementsupport.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.criteria.CitedEvidence;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.framework.JudgementArea;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule consequences call to emit a finding: {@code insert(Findings.cite(drools, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT,
 * $indicator, $criterion));}. The effect is written in the consequence, so a misspelt effect fails to compile where it
 * is written; the area, source and benchmark come from the rule's metadata, where the catalogue reads them too.
 */
public final class Findings {

    private Findings() {
    }

    /** A finding resting on one indicator that met one criterion. */
    public static Finding cite(RuleContext rule, Effect effect, Indicator indicator, Criterion criterion) {
        Map<String, Object> metadata = rule.getRule().getMetaData();
        return new Finding(rule.getRule().getName(), area(metadata), effect,
                List.of(cited(indicator, criterion, text(metadata.get(RuleCatalogue.BENCHMARK)))),
                text(metadata.get(RuleCatalogue.SOURCE)));
    }

    /** A finding resting on other findings together, citing all their evidence (for example, instability in leaders and workforce). */
    public static Finding combine(RuleContext rule, Effect effect, Finding... parts) {
        Map<String, Object> metadata = rule.getRule().getMetaData();
        Map<String, CitedEvidence> evidence = new LinkedHashMap<>();
        for (Finding part : parts) {
            part.evidence().forEach(cited -> evidence.putIfAbsent(cited.field(), cited));
        }
        return new Finding(rule.getRule().getName(), area(metadata), effect, new ArrayList<>(evidence.values()),
                text(metadata.get(RuleCatalogue.SOURCE)));
    }

    static CitedEvidence cited(Indicator indicator, Criterion criterion, String benchmark) {
        EvidenceField field = indicator.field();
        BigDecimal threshold = criterion.threshold().orElse(null);
        return new CitedEvidence(field.path(), field.label(), indicator.value(), field.format(indicator.value()),
                criterion.describe(field), threshold, benchmark, criterion.toLift(field));
    }

    private static JudgementArea area(Map<String, Object> metadata) {
        return JudgementArea.valueOf(String.valueOf(metadata.get(RuleCatalogue.AREA)).trim());
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
