package org.judgementsupport.targeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judgementsupport.criteria.CitedEvidence;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.criteria.ScorePoints;
import org.judgementsupport.criteria.TargetingCase;
import org.judgementsupport.criteria.Trend;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.realdata.DfeIndicators;
import org.judgementsupport.realdata.OfstedInspection;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.ruleset.RuleDescription;
import org.judgementsupport.ruleset.RuleSet;

/**
 * Scores authorities as of a date from one download of the published statistics, with a given rule set: the criteria
 * find concerns in the figures published before the date, and the targeting score table gives points for them, for the
 * last inspection published before the date, and for figures that got worse since the year before. Nothing published
 * on or after the date is read.
 */
final class Scoring {

    private final RealData data;
    private final DfeIndicators indicators;
    private final InspectionHistory history;
    private final StatisticalNeighbours neighbours;

    private Scoring(RealData data, InspectionHistory history, StatisticalNeighbours neighbours) {
        this.data = data;
        this.indicators = data.indicators();
        this.history = history;
        this.neighbours = neighbours;
    }

    /** Reads the inspection history and the statistical neighbours from the folder the statistics came from. */
    static Scoring of(RealData data) {
        Map<String, String> names = new HashMap<>(data.indicators().namesByCode());
        data.publishedInspections().forEach(inspection -> names.putIfAbsent(inspection.localAuthorityCode(), inspection.localAuthorityName()));
        return new Scoring(data, InspectionHistory.read(data.folder(), names), StatisticalNeighbours.read(data.folder()));
    }

    RealData data() {
        return data;
    }

    InspectionHistory history() {
        return history;
    }

    /** The first date anything can be ranked on: the day after the first workforce release (listing the authorities) was public. */
    Optional<LocalDate> earliestAsOf() {
        return indicators.authoritiesListedFrom();
    }

    /** One authority as of the date. */
    AuthorityScore score(RuleSet ruleSet, String code, String name, LocalDate asOf) {
        List<DfeIndicators.Figure> figures = indicators.latestBefore(code, asOf);
        List<Indicator> evidence = figures.stream().map(figure -> new Indicator(figure.field().path(), figure.value())).toList();
        List<Finding> findings = ruleSet.findings(evidence);
        List<Trend> trends = new ArrayList<>();
        for (DfeIndicators.Figure latest : figures) {
            indicators.figure(code, latest.field(), latest.year() - 1)
                    .ifPresent(before -> trends.add(Trend.of(latest.field(), before.value(), latest.value(), before.year(), latest.year())));
        }
        Optional<PastInspection> last = history.lastPublishedBefore(sameAuthority(code), asOf);
        Long months = last.map(inspection -> ChronoUnit.MONTHS.between(inspection.inspected(), asOf)).orElse(null);
        TargetingCase authority = new TargetingCase(code, last.map(PastInspection::overall).orElse(null), months == null ? null : months.intValue());
        List<ScorePoints> points = ruleSet.targetingPoints(authority, findings, trends);
        return new AuthorityScore(code, name, figures, findings, trends, last, months, points);
    }

    /** Every authority the workforce release published before the date lists, ranked highest score first. */
    Ranking rank(RuleSet ruleSet, LocalDate asOf) {
        Map<String, AuthorityScore> scores = new LinkedHashMap<>();
        for (String code : indicators.authoritiesBefore(asOf)) {
            scores.put(code, score(ruleSet, code, name(code), asOf));
        }
        List<AuthorityScore> ordered = new ArrayList<>(scores.values());
        ordered.sort(Comparator.comparingInt(AuthorityScore::score).reversed().thenComparing(AuthorityScore::name));
        Map<String, Integer> ranks = new HashMap<>();
        for (int index = 0; index < ordered.size(); index++) {
            AuthorityScore score = ordered.get(index);
            boolean tied = index > 0 && ordered.get(index - 1).score() == score.score();
            ranks.put(score.code(), tied ? ranks.get(ordered.get(index - 1).code()) : index + 1);
        }
        List<Ranking.RankedAuthority> ranked = ordered.stream()
                .map(score -> ranked(ruleSet, score, ranks.get(score.code()), scores, ranks))
                .toList();
        return new Ranking(asOf, ruleSet.version(), Ranking.HOW_TO_READ, ranked);
    }

    /** The authority's name: the DfE's, or Ofsted's for an authority the DfE no longer lists. */
    String name(String code) {
        return indicators.name(code).orElseGet(() -> data.publishedInspections().stream()
                .filter(inspection -> inspection.localAuthorityCode().equals(code))
                .map(OfstedInspection::localAuthorityName).findFirst().orElse(code));
    }

    /** The codes one authority has been published under: Barnsley's and Sheffield's changed in 2025. */
    private Set<String> sameAuthority(String code) {
        Set<String> codes = new HashSet<>();
        codes.add(code);
        indicators.authorityNumbers(code).forEach(number -> codes.addAll(indicators.codesOf(number)));
        return codes;
    }

    private Ranking.RankedAuthority ranked(RuleSet ruleSet, AuthorityScore score, int rank, Map<String, AuthorityScore> all,
                                           Map<String, Integer> ranks) {
        List<Ranking.Point> points = score.points().stream().map(award -> new Ranking.Point(award.rule(), award.points(),
                forWhat(award, score), ruleSet.catalogue().rule(award.rule()).map(RuleDescription::source).orElse(null))).toList();
        List<Ranking.Concern> concerns = score.concerns().stream().map(finding -> concern(finding, score.figures())).toList();
        List<Ranking.Worsened> worsened = score.trends().stream().filter(trend -> trend.worseningPct() > 0)
                .sorted(Comparator.comparingDouble(Trend::worseningPct).reversed())
                .map(trend -> new Ranking.Worsened(trend.path(), trend.field().label(), trend.before(), trend.after(), trend.yearBefore(),
                        trend.year(), trend.worseningPct()))
                .toList();
        Ranking.LastInspection last = score.lastInspection().map(inspection -> new Ranking.LastInspection(inspection.framework(),
                inspection.inspected(), inspection.published(), inspection.overall(), score.monthsSinceLastInspection())).orElse(null);
        return new Ranking.RankedAuthority(rank, score.code(), score.name(), score.score(), points, concerns, worsened, last,
                neighbours(score, all, ranks));
    }

    private Ranking.Neighbours neighbours(AuthorityScore score, Map<String, AuthorityScore> all, Map<String, Integer> ranks) {
        List<Ranking.Neighbour> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(score.code()));
        for (String number : indicators.authorityNumbers(score.code())) {
            for (String neighbourNumber : neighbours.of(number)) {
                for (String code : indicators.codesOf(neighbourNumber)) {
                    AuthorityScore neighbour = all.get(code);
                    if (neighbour != null && seen.add(code)) {
                        found.add(new Ranking.Neighbour(code, neighbour.name(), neighbour.score(), ranks.get(code),
                                neighbour.previousGrade().orElse(null)));
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return new Ranking.Neighbours(null, 0, List.of());
        }
        int higher = (int) found.stream().filter(neighbour -> neighbour.score() > score.score()).count();
        return new Ranking.Neighbours(higher + 1, found.size() + 1, found);
    }

    private static Ranking.Concern concern(Finding finding, List<DfeIndicators.Figure> figures) {
        CitedEvidence cited = finding.evidence().get(0);
        Optional<DfeIndicators.Figure> figure = figures.stream().filter(candidate -> candidate.field().path().equals(cited.field())).findFirst();
        return new Ranking.Concern(finding.rule(), finding.effect(), finding.area(), cited.field(), cited.label(), cited.formattedValue(),
                cited.criterion(), cited.threshold(), cited.nationalBenchmark(), figure.map(DfeIndicators.Figure::year).orElse(null),
                figure.map(found -> found.dataset().title()).orElse(null));
    }

    private static String forWhat(ScorePoints award, AuthorityScore score) {
        if (award.finding() != null) {
            CitedEvidence cited = award.finding().evidence().get(0);
            return award.finding().rule() + ": " + cited.label() + " " + cited.formattedValue() + " (" + cited.criterion() + ")";
        }
        if (award.trend() != null) {
            Trend trend = award.trend();
            EvidenceField field = trend.field();
            return field.label() + " went from " + field.format(trend.before()) + " (" + trend.yearBefore() + ") to " + field.format(trend.after())
                    + " (" + trend.year() + "), " + trend.worseningPct() + "% worse";
        }
        return score.lastInspection().map(inspection -> "the last inspection (" + inspection.framework() + ", "
                + (inspection.framework().equals("SIF") ? "published " : "started ") + inspection.inspected() + ") found it "
                + inspection.overall().ofstedWording() + ", " + score.monthsSinceLastInspection() + " months before").orElse("its inspection history");
    }
}
