package org.judgementsupport.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RepositoryRuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a score as of a date may see: only what was published before it, found under whatever code it was published. */
class ScoringTest {

    private static Scoring scoring;

    @BeforeAll
    static void readTheStatistics() {
        scoring = Scoring.of(RealData.read(SharedData.dataFolder()));
    }

    @Test
    void everySingleInspectionFrameworkGradeIsMatchedToAnAuthority() {
        assertThat(scoring.history().unmatchedNames()).isEmpty();
    }

    @Test
    void anInspectionCountsOnlyFromTheDayAfterItsReportWasPublished() {
        // Halton: inspected from 13 May 2024, found inadequate, published 12 July 2024.
        Set<String> halton = Set.of("E06000006");

        assertThat(scoring.history().lastPublishedBefore(halton, LocalDate.of(2024, 7, 12)))
                .hasValueSatisfying(last -> assertThat(last.inspected()).isBefore(LocalDate.of(2024, 5, 13)));
        assertThat(scoring.history().lastPublishedBefore(halton, LocalDate.of(2024, 7, 13)))
                .hasValueSatisfying(last -> assertThat(last.overall()).isEqualTo(Grade.INADEQUATE));
    }

    @Test
    void beforeTheFirstIlacsInspectionThePreviousGradeIsTheSingleInspectionFrameworks() {
        // Barnet: SIF inadequate, published July 2017; its first ILACS inspection started 13 May 2019.
        AuthorityScore barnet = scoring.score(RepositoryRuleSet.get(), "E09000003", "Barnet", LocalDate.of(2019, 5, 13));

        assertThat(barnet.lastInspection()).hasValueSatisfying(last -> {
            assertThat(last.framework()).isEqualTo("SIF");
            assertThat(last.overall()).isEqualTo(Grade.INADEQUATE);
        });
    }

    @Test
    void anAuthorityWhoseCodeChangedKeepsItsHistoryAndItsFigures() {
        // Barnsley is E08000038 in the DfE's 2025 figures, E08000016 in Ofsted's files and the DfE's earlier ones.
        AuthorityScore barnsley = scoring.score(RepositoryRuleSet.get(), "E08000038", "Barnsley", LocalDate.of(2025, 4, 1));

        assertThat(barnsley.lastInspection()).isPresent();
        assertThat(barnsley.figures()).isNotEmpty();
        assertThat(barnsley.trends()).isNotEmpty();
    }

    @Test
    void aTrendComparesTheLatestFigurePublishedWithTheYearBefore() {
        LocalDate asOf = LocalDate.of(2024, 4, 1);
        AuthorityScore camden = scoring.score(RepositoryRuleSet.get(), "E09000007", "Camden", asOf);

        assertThat(camden.trends()).isNotEmpty().allSatisfy(trend -> {
            assertThat(trend.year()).isEqualTo(trend.yearBefore() + 1);
            assertThat(camden.figures()).anySatisfy(figure -> {
                assertThat(figure.field().path()).isEqualTo(trend.path());
                assertThat(figure.year()).isEqualTo(trend.year());
                assertThat(figure.publishedBy()).isBefore(asOf);
            });
        });
    }

    @Test
    void aRankingListsTheAuthoritiesOfItsDay() {
        List<String> in2019 = scoring.rank(RepositoryRuleSet.get(), LocalDate.of(2019, 6, 1)).authorities().stream()
                .map(Ranking.RankedAuthority::localAuthorityCode).toList();
        List<String> in2024 = scoring.rank(RepositoryRuleSet.get(), LocalDate.of(2024, 6, 1)).authorities().stream()
                .map(Ranking.RankedAuthority::localAuthorityCode).toList();

        assertThat(in2019).as("Northamptonshire before its split").contains("E10000021").doesNotContain("E06000061");
        assertThat(in2024).contains("E06000061", "E06000062").doesNotContain("E10000021");
    }
}
