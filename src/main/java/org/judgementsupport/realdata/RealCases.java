package org.judgementsupport.realdata;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceAssembler;
import org.judgementsupport.evidence.Inspection;
import org.judgementsupport.evidence.InspectionType;
import org.judgementsupport.evidence.LocalAuthority;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * Builds moderation cases from published data: every inspection in Ofsted's outcomes file, with the evidence the DfE
 * had published before it started and the grades Ofsted gave.
 *
 * <p>Published indicators hold no evaluation of practice, so on their own such cases are judged "not determined, at
 * best …" wherever no trigger fires. Asked to, the builder fills each area's evaluation of practice in from Ofsted's
 * grade for it: the cases then show where the criteria would have capped or triggered against Ofsted's own view.
 */
public final class RealCases {

    private RealCases() {
    }

    public static List<RealCase> build(Path dataFolder, boolean practiceFromRecordedGrades) {
        DfeIndicators indicators = DfeIndicators.read(dataFolder);
        List<OfstedInspection> inspections = OfstedOutcomes.read(dataFolder).stream()
                .sorted(Comparator.comparing(OfstedInspection::inspectionDate)).toList();
        Map<String, Grade> previousOverall = new HashMap<>();
        Map<String, RealCase> cases = new LinkedHashMap<>();
        for (OfstedInspection inspection : inspections) {
            List<DfeIndicators.Figure> figures = indicators.latestBefore(inspection.localAuthorityCode(), inspection.inspectionDate());
            Map<String, Object> values = new LinkedHashMap<>();
            figures.forEach(figure -> values.put(figure.field().path(), figure.value()));
            if (practiceFromRecordedGrades) {
                inspection.areaGrades().forEach((area, grade) -> values.put(area.practiceQualityPath(), PracticeQuality.forGrade(grade)));
            }
            InspectionType type = inspection.inspectionType() != null && inspection.inspectionType().toLowerCase().contains("short")
                    ? InspectionType.SHORT : InspectionType.STANDARD;
            Evidence evidence = EvidenceAssembler.assemble(
                    new LocalAuthority(inspection.localAuthorityCode(), inspection.localAuthorityName()),
                    new Inspection(inspection.inspectionDate(), type, null, previousOverall.get(inspection.localAuthorityCode())),
                    values);
            String caseId = inspection.localAuthorityCode() + "-" + inspection.inspectionDate();
            cases.put(caseId, new RealCase(caseId, evidence, new EnumMap<>(inspection.grades()), figures));
            previousOverall.put(inspection.localAuthorityCode(), inspection.grades().get(JudgementArea.OVERALL_EFFECTIVENESS));
        }
        return List.copyOf(cases.values());
    }
}
