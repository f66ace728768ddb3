package org.judgementsupport.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Where to look next as inspectors and panels ask for it: every authority ranked, each score explained, nothing from after the date. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TargetingApiTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 1);

    @DynamicPropertySource
    static void statistics(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.real-data.folder", () -> SharedData.dataFolder().toString());
    }

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = http.withBasicAuth(TestAccounts.EVERYTHING, TestAccounts.password(TestAccounts.EVERYTHING));
    }

    @Test
    void everyAuthorityIsRankedHighestScoreFirstAndEachScoreIsTheSumOfItsListedPoints() throws Exception {
        JsonNode ranking = json.readTree(http.getForObject("/api/v1/targeting?asOf=" + AS_OF, String.class));
        JsonNode authorities = ranking.path("authorities");

        assertThat(ranking.path("asOf").asText()).isEqualTo(AS_OF.toString());
        assertThat(ranking.path("ruleSetVersion").asText()).hasSize(64);
        assertThat(authorities.size()).as("every English authority the DfE lists").isBetween(150, 155);
        int previous = Integer.MAX_VALUE;
        for (JsonNode authority : authorities) {
            int score = authority.path("score").asInt();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
            int sum = 0;
            for (JsonNode point : authority.path("points")) {
                sum += point.path("points").asInt();
                assertThat(point.path("row").asText()).isNotBlank();
                assertThat(point.path("forWhat").asText()).isNotBlank();
                assertThat(point.path("source").asText()).isNotBlank();
            }
            assertThat(sum).as("score of %s", authority.path("localAuthorityName").asText()).isEqualTo(score);
            long concernPoints = pointsFrom(authority, "Each concern the criteria raise on the published figures");
            long concerns = count(authority.path("concerns"), concern -> concern.path("effect").asText().equals("CONCERN"));
            assertThat(concernPoints).as("one award per concern listed").isEqualTo(concerns);
        }
        assertThat(authorities.get(0).path("rank").asInt()).isEqualTo(1);
    }

    @Test
    void nothingPublishedOnOrAfterTheDateIsUsed() throws Exception {
        JsonNode authorities = json.readTree(http.getForObject("/api/v1/targeting?asOf=" + AS_OF, String.class)).path("authorities");

        for (JsonNode authority : authorities) {
            JsonNode last = authority.path("lastInspection");
            if (!last.isMissingNode() && !last.isNull()) {
                assertThat(LocalDate.parse(last.path("published").asText())).isBefore(AS_OF);
            }
            // Each release's latest year public before 1 April 2024: workforce 2023 (March 2024), children in need and in care 2023.
            authority.path("concerns").forEach(concern -> assertThat(concern.path("year").asInt()).isLessThanOrEqualTo(2023));
            authority.path("worsened").forEach(worse -> assertThat(worse.path("year").asInt()).isLessThanOrEqualTo(2023));
        }
    }

    @Test
    void anAuthorityIsPlacedAmongItsStatisticalNeighbours() throws Exception {
        JsonNode authorities = json.readTree(http.getForObject("/api/v1/targeting?asOf=" + AS_OF, String.class)).path("authorities");
        JsonNode camden = find(authorities, "E09000007");

        JsonNode neighbours = camden.path("neighbours");
        assertThat(neighbours.path("neighbours").size()).isEqualTo(10);
        int higher = (int) count(neighbours.path("neighbours"), neighbour -> neighbour.path("score").asInt() > camden.path("score").asInt());
        assertThat(neighbours.path("position").asInt()).isEqualTo(higher + 1);
        assertThat(neighbours.path("of").asInt()).isEqualTo(11);
        assertThat(neighbours.path("neighbours").get(0).path("localAuthorityName").asText()).as("Camden's closest neighbour in the DfE groupings").isEqualTo("Westminster");
    }

    @Test
    void theCsvDownloadHasOneRowPerAuthorityInRankOrder() throws Exception {
        ResponseEntity<String> csv = http.getForEntity("/api/v1/targeting/ranking.csv?asOf=" + AS_OF, String.class);
        JsonNode authorities = json.readTree(http.getForObject("/api/v1/targeting?asOf=" + AS_OF, String.class)).path("authorities");

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("where-to-look-next-2024-04-01.csv");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", RankingCsv.COLUMNS));
        assertThat(lines).hasSize(authorities.size() + 1);
        assertThat(lines.get(1)).startsWith("1," + authorities.get(0).path("localAuthorityCode").asText() + ",");
    }

    @Test
    void aMalformedOrOutOfRangeDateIsAProblemNamingAsOf() throws Exception {
        for (String asOf : List.of("2024-13-01", "1-4-2024", LocalDate.now().plusDays(2).toString(), "2015-06-01", "")) {
            ResponseEntity<String> answer = http.getForEntity("/api/v1/targeting?asOf=" + asOf, String.class);
            JsonNode problem = json.readTree(answer.getBody());

            assertThat(answer.getStatusCode().value()).as(asOf).isEqualTo(400);
            assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-parameter");
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("asOf");
            assertThat(problem.path("detail").asText()).contains("asOf");
        }
        ResponseEntity<String> missing = http.getForEntity("/api/v1/targeting", String.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(missing.getBody()).path("detail").asText()).contains("'asOf' is required");
    }

    @Test
    void aDateBeforeAnythingWasPublishedSaysWhenTheFirstRankingIsPossible() throws Exception {
        JsonNode problem = json.readTree(http.getForEntity("/api/v1/targeting?asOf=2015-06-01", String.class).getBody());

        assertThat(problem.path("detail").asText()).contains("on or after 2018-03-02");
    }

    private static JsonNode find(JsonNode authorities, String code) {
        for (JsonNode authority : authorities) {
            if (authority.path("localAuthorityCode").asText().equals(code)) {
                return authority;
            }
        }
        throw new AssertionError("no " + code);
    }

    private static long pointsFrom(JsonNode authority, String row) {
        return count(authority.path("points"), point -> point.path("row").asText().equals(row));
    }

    private static long count(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        List<JsonNode> matching = new ArrayList<>();
        array.forEach(node -> {
            if (test.test(node)) {
                matching.add(node);
            }
        });
        return matching.size();
    }
}
