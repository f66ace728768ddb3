package org.judgementsupport.realdata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceAssembler;
import org.judgementsupport.evidence.Inspection;
import org.judgementsupport.evidence.InspectionType;
import org.judgementsupport.evidence.LocalAuthority;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;

/**
 * One download of the published statistics: the DfE's indicators and Ofsted's inspection outcomes under the single
 * inspection framework (2013 to 2018) and ILACS (2018 on), read once.
 *
 * <p>Builds evidence for any authority as at any date from the figures public before it, and moderation cases from
 * every published inspection. Published indicators hold no evaluation of practice, so on their own such cases are
 * judged "not determined, at best …" wherever no trigger fires. Asked to, the corpus fills each area's evaluation of
 * practice in from Ofsted's grade for it: the cases then show where the criteria would have capped or triggered
 * against Ofsted's own view.
 */
public final class RealData {

    private final Path folder;
    private final DfeIndicators indicators;
    private final List<OfstedInspection> inspections;

    private RealData(Path folder, DfeIndicators indicators, List<OfstedInspection> inspections) {
        this.folder = folder;
        this.indicators = indicators;
        this.inspections = inspections.stream().sorted(Comparator.comparing(OfstedInspection::inspectionDate)).toList();
    }

    /**
     * Reads {@code dfe/…} and {@code ofsted/…} under the folder: the ILACS inspections and the single inspection
     * framework's, whose authorities are matched to E-codes by name through the DfE's files.
     */
    public static RealData read(Path dataFolder) {
        DfeIndicators indicators = DfeIndicators.read(dataFolder);
        List<OfstedInspection> inspections = new ArrayList<>(OfstedOutcomes.read(dataFolder));
        inspections.addAll(SifOutcomes.read(dataFolder, indicators::codeForName).inspections());
        return new RealData(dataFolder, indicators, inspections);
    }

    /** The folder the statistics were read from, for the files other features read beside these. */
    public Path folder() {
        return folder;
    }

    /** The DfE's indicators, for features that need more than one authority's evidence at a time. */
    public DfeIndicators indicators() {
        return indicators;
    }

    /** Ofsted's published ILACS inspections, oldest first (the SIF's, with start dates estimated, are among the cases). */
    public List<OfstedInspection> publishedInspections() {
        return inspections.stream().filter(inspection -> inspection.framework() != Framework.SIF_2013).toList();
    }

    /**
     * Evidence for an authority as an inspection starting on the date would have had it: the latest figure of each
     * indicator published before then, and Ofsted's previous overall grade. Empty when nothing is published for the code.
     */
    public Optional<RealEvidence> evidence(String localAuthorityCode, LocalDate asOf) {
        List<DfeIndicators.Figure> figures = indicators.latestBefore(localAuthorityCode, asOf);
        List<OfstedInspection> earlier = inspections.stream()
                .filter(inspection -> inspection.localAuthorityCode().equals(localAuthorityCode) && inspection.inspectionDate().isBefore(asOf))
                .toList();
        if (figures.isEmpty() && earlier.isEmpty()) {
            return Optional.empty();
        }
        String name = inspections.stream().filter(inspection -> inspection.localAuthorityCode().equals(localAuthorityCode))
                .map(OfstedInspection::localAuthorityName).findFirst().orElse(null);
        Grade previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).grades().get(JudgementArea.OVERALL_EFFECTIVENESS);
        Evidence evidence = EvidenceAssembler.assemble(new LocalAuthority(localAuthorityCode, name),
                new Inspection(asOf, null, null, previous), values(figures));
        return Optional.of(new RealEvidence(evidence, figures));
    }

    /** Every published inspection as a case, oldest first. */
    public List<RealCase> cases(boolean practiceFromRecordedGrades) {
        Map<String, Grade> previousOverall = new HashMap<>();
        Map<String, RealCase> cases = new LinkedHashMap<>();
        for (OfstedInspection inspection : inspections) {
            List<DfeIndicators.Figure> figures = indicators.latestBefore(inspection.localAuthorityCode(), inspection.inspectionDate());
            Map<String, Object> values = values(figures);
            if (practiceFromRecordedGrades) {
                inspection.areaGrades().forEach((area, grade) -> values.put(area.practiceQualityPath(), PracticeQuality.forGrade(grade)));
            }
            boolean sif = inspection.framework() == Framework.SIF_2013;
            // SIF inspections had no short or standard type; they name their framework, since some re-inspections started in 2018.
            InspectionType type = sif ? null : inspection.inspectionType() != null && inspection.inspectionType().toLowerCase().contains("short")
                    ? InspectionType.SHORT : InspectionType.STANDARD;
            Evidence evidence = EvidenceAssembler.assemble(
                    new LocalAuthority(inspection.localAuthorityCode(), inspection.localAuthorityName()),
                    new Inspection(inspection.inspectionDate(), type, sif ? Framework.SIF_2013 : null, previousOverall.get(inspection.localAuthorityCode())),
                    values);
            String caseId = inspection.localAuthorityCode() + "-" + inspection.inspectionDate();
            cases.put(caseId, new RealCase(caseId, evidence, new EnumMap<>(inspection.grades()), figures));
            previousOverall.put(inspection.localAuthorityCode(), inspection.grades().get(JudgementArea.OVERALL_EFFECTIVENESS));
        }
        return List.copyOf(cases.values());
    }

    public int inspections() {
        return inspections.size();
    }

    private static Map<String, Object> values(List<DfeIndicators.Figure> figures) {
        Map<String, Object> values = new LinkedHashMap<>();
        figures.forEach(figure -> values.put(figure.field().path(), figure.value()));
        return values;
    }
}
