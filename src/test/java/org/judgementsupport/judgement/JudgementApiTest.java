package org.judgementsupport.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The judgement API as a caller sees it over HTTP: judgements with explanations, and a problem for every bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JudgementApiTest {

    /** Every role: these tests are about what the service does, not who may ask (see AccessControlTest). */
    private static final String SIGNED_IN = TestAccounts.basic(TestAccounts.EVERYTHING);

    private static final String MINIMAL = """
            {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}}""";

    @LocalServerPort
    int port;

    @Autowired
    RuleSetRegistry registry;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void evidenceGetsAGradedExplainedJudgementMadeWithTheRuleSetInService() throws Exception {
        HttpResponse<String> response = post("/api/v1/judgements", """
                {
                  "localAuthority": {"code": "E09000002", "name": "Barking and Dagenham"},
                  "inspection": {"startDate": "2024-05-13", "type": "STANDARD"},
                  "workforce": {"caseloadPerSocialWorker": 19},
                  "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
                  "helpAndProtection": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
                  "missingChildren": {"returnInterviewsOfferedPct": 72},
                  "childrenInCare": {"practiceQuality": "EXCEPTIONAL"}
                }""");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode judgement = json.readTree(response.body());
        assertThat(judgement.path("provisional").asBoolean()).isTrue();
        assertThat(judgement.path("framework").asText()).isEqualTo("ILACS_2023");
        assertThat(judgement.path("ruleSetVersion").asText()).isEqualTo(registry.active().version());
        assertThat(judgement.path("areas")).extracting(area -> area.path("area").asText())
                .containsExactly("OVERALL_EFFECTIVENESS", "IMPACT_OF_LEADERS", "HELP_AND_PROTECTION", "CHILDREN_IN_CARE", "CARE_LEAVERS");

        JsonNode help = area(judgement, "HELP_AND_PROTECTION");
        assertThat(help.path("grade").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(help.path("determined").asBoolean()).isTrue();
        JsonNode limit = help.path("findings").get(0);
        assertThat(limit.path("rule").asText()).isEqualTo("Fewer than 80% of missing children are offered a return interview");
        assertThat(limit.path("effect").asText()).isEqualTo("LIMITS_TO_REQUIRES_IMPROVEMENT");
        assertThat(limit.path("evidence").get(0).path("field").asText()).isEqualTo("missingChildren.returnInterviewsOfferedPct");
        assertThat(limit.path("evidence").get(0).path("threshold").asInt()).isEqualTo(80);
        assertThat(limit.path("source").path("file").asText()).isEqualTo("004_c2c885fd094ce24a.txt");
        assertThat(limit.path("source").path("paragraph").asInt()).isEqualTo(196);
        assertThat(limit.path("location").path("sheet").asText()).isEqualTo("Limits");
        assertThat(limit.path("location").path("row").asInt()).isEqualTo(9);
        assertThat(help.path("toImprove").get(0).path("change").asText()).isEqualTo("Missing children offered a return interview must reach 80%");

        JsonNode leaders = area(judgement, "IMPACT_OF_LEADERS");
        assertThat(leaders.path("grade").asText()).isEqualTo("GOOD");
        assertThat(leaders.path("findings").get(0).path("effect").asText()).isEqualTo("CONCERN");
        assertThat(leaders.path("findings").get(0).path("evidence").get(0).path("nationalBenchmark").asText()).contains("18.1");

        JsonNode careLeavers = area(judgement, "CARE_LEAVERS");
        assertThat(careLeavers.path("grade").isNull()).isTrue();
        assertThat(careLeavers.path("determined").asBoolean()).isFalse();
        assertThat(careLeavers.path("highestPossibleGrade").asText()).isEqualTo("OUTSTANDING");
        assertThat(careLeavers.path("evidenceGaps").get(0).path("field").asText()).isEqualTo("careLeavers.practiceQuality");

        JsonNode overall = area(judgement, "OVERALL_EFFECTIVENESS");
        assertThat(overall.path("determined").asBoolean()).isFalse();
        assertThat(overall.path("highestPossibleGrade").asText()).isEqualTo("GOOD");
        assertThat(judgement.path("summary").asText()).contains("Barking and Dagenham", "Help and protection: Requires improvement to be good");
    }

    @Test
    void anInspectionStartingIn2015IsJudgedUnderTheSingleInspectionFrameworkWithItsOwnJudgementsAndTables() throws Exception {
        HttpResponse<String> response = post("/api/v1/judgements", """
                {
                  "localAuthority": {"code": "E08000031", "name": "Wolverhampton"},
                  "inspection": {"startDate": "2015-02-02"},
                  "workforce": {"caseloadPerSocialWorker": 33},
                  "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
                  "helpAndProtection": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"},
                  "childrenInCare": {"practiceQuality": "EXCEPTIONAL"},
                  "adoption": {"averageDaysToMoveInWithAdoptiveFamily": 700, "practiceQuality": "CONSISTENTLY_EFFECTIVE"},
                  "careLeavers": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}
                }""");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode judgement = json.readTree(response.body());
        assertThat(judgement.path("framework").asText()).isEqualTo("SIF_2013");
        assertThat(judgement.path("frameworkChosenBy").asText()).isEqualTo("START_DATE");
        assertThat(judgement.path("areas")).extracting(area -> area.path("area").asText())
                .containsExactly("OVERALL_EFFECTIVENESS", "HELP_AND_PROTECTION", "CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE",
                        "ADOPTION_PERFORMANCE", "CARE_LEAVERS", "LEADERSHIP_MANAGEMENT_AND_GOVERNANCE");

        JsonNode adoption = area(judgement, "ADOPTION_PERFORMANCE");
        assertThat(adoption.path("grade").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
        JsonNode delay = adoption.path("findings").get(0);
        assertThat(delay.path("rule").asText()).isEqualTo("Children wait more than 21 months on average between entering care and moving in with their adoptive family");
        assertThat(delay.path("evidence").get(0).path("formattedValue").asText()).isEqualTo("700 days");
        assertThat(delay.path("location").path("file").asText()).isEqualTo("decision-tables/sif/criteria.drl.xlsx");

        JsonNode lookedAfter = area(judgement, "CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE");
        assertThat(lookedAfter.path("grade").asText()).isEqualTo("GOOD");
        assertThat(lookedAfter.path("basis").asText()).contains("Limited to Good by its sub-judgements");
        assertThat(lookedAfter.path("decidedBy").path("rule").asText()).isEqualTo("Adoption performance requiring improvement limits children looked after to good");
        assertThat(lookedAfter.path("decidedBy").path("location").path("file").asText()).isEqualTo("decision-tables/sif/limiting-judgements.drl.xlsx");

        JsonNode leadership = area(judgement, "LEADERSHIP_MANAGEMENT_AND_GOVERNANCE");
        assertThat(leadership.path("grade").asText()).isEqualTo("GOOD");
        assertThat(leadership.path("findings")).as("caseloads are an ILACS criterion, not a SIF one").isEmpty();

        JsonNode overall = area(judgement, "OVERALL_EFFECTIVENESS");
        assertThat(overall.path("grade").asText()).isEqualTo("GOOD");
        assertThat(overall.path("decidedBy").path("location").path("file").asText()).isEqualTo("decision-tables/sif/overall-effectiveness.drl.xlsx");
        assertThat(judgement.path("nextSteps").path("decidedBy").path("rule").asText()).endsWith("under the SIF: the next full inspection in the three-and-a-half-year cycle");
        assertThat(judgement.path("summary").asText()).contains("single inspection framework", "Adoption performance: Requires improvement to be good");
    }

    @Test
    void adoptionEvidenceUnderIlacsIsSetAsideWithANoticeSayingWhy() throws Exception {
        JsonNode judgement = json.readTree(post("/api/v1/judgements", """
                {"localAuthority": {"code": "E08000031"}, "inspection": {"startDate": "2024-02-05"},
                 "adoption": {"averageDaysToMoveInWithAdoptiveFamily": 700, "practiceQuality": "NOT_YET_CONSISTENTLY_GOOD"},
                 "childrenInCare": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}}""").body());

        assertThat(judgement.path("framework").asText()).isEqualTo("ILACS_2023");
        assertThat(area(judgement, "CHILDREN_IN_CARE").path("grade").asText()).isEqualTo("GOOD");
        assertThat(judgement.path("notices")).extracting(JsonNode::asText).containsExactly(
                "adoption.averageDaysToMoveInWithAdoptiveFamily is not used under ILACS_2023: adoption has a judgement of its own only under "
                        + "the single inspection framework (SIF_2013); since 2018 it is part of the judgement on children in care, from "
                        + "childrenInCare.practiceQuality.",
                "adoption.practiceQuality is not used under ILACS_2023: adoption has a judgement of its own only under the single inspection "
                        + "framework (SIF_2013); since 2018 it is part of the judgement on children in care, from childrenInCare.practiceQuality.");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() throws Exception {
        HttpResponse<String> response = post("/api/v1/judgements", "{\n  \"localAuthority\": {\"code\": \"E09000002\"},\n  \"inspection\": {\"startDate\": \"2024-05-13\"\n}");

        JsonNode problem = problem(response, 400, "/problems/malformed-json");
        assertThat(problem.path("line").asInt()).isEqualTo(4);
        assertThat(problem.path("column").asInt()).isPositive();
        assertThat(problem.path("detail").asText()).contains("line 4");
    }

    @Test
    void everyFieldProblemIsRefusedTogetherNamingFieldValueAndReason() throws Exception {
        HttpResponse<String> response = post("/api/v1/judgements", """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                 "workforce": {"vacancyRatePct": 140, "turnoverRate": 12, "directorChangesLast12Months": "two"},
                 "helpAndProtection": {"casesSampled": 5, "casesWithChildrenLeftAtRisk": 6}}""");

        JsonNode problem = problem(response, 400, "/problems/invalid-evidence");
        assertThat(problem.path("title").asText()).isEqualTo("The evidence was not accepted");
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("workforce.vacancyRatePct", "workforce.turnoverRate",
                "workforce.directorChangesLast12Months", "helpAndProtection.casesWithChildrenLeftAtRisk");
        JsonNode vacancy = error(problem, "workforce.vacancyRatePct");
        assertThat(vacancy.path("rejectedValue").asDouble()).isEqualTo(140.0);
        assertThat(vacancy.path("reason").asText()).isEqualTo("must be a percentage from 0 to 100");
        assertThat(error(problem, "workforce.turnoverRate").path("reason").asText()).contains("did you mean 'turnoverRatePct'");
        assertThat(error(problem, "workforce.directorChangesLast12Months").path("reason").asText()).isEqualTo("must be a whole number");
    }

    @Test
    void missingLocalAuthorityAndStartDateAreRefused() throws Exception {
        JsonNode problem = problem(post("/api/v1/judgements", "{\"inspection\": {}}"), 400, "/problems/invalid-evidence");

        assertThat(error(problem, "localAuthority").path("reason").asText()).startsWith("is required");
        assertThat(error(problem, "inspection.startDate").path("reason").asText()).startsWith("is required");
    }

    @Test
    void aDateBeforeTheSupportedFrameworksIsRefusedAsHavingNoFramework() throws Exception {
        JsonNode problem = problem(post("/api/v1/judgements", """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2013-10-28"}}"""), 400, "/problems/invalid-evidence");

        assertThat(error(problem, "inspection.startDate").path("reason").asText()).startsWith("no framework for that date");
    }

    @Test
    void anUnsupportedFrameworkIsRefused() throws Exception {
        JsonNode problem = problem(post("/api/v1/judgements", """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13", "framework": "SIF"}}"""), 400, "/problems/invalid-evidence");

        assertThat(error(problem, "inspection.framework").path("reason").asText()).isEqualTo("must be one of SIF_2013, ILACS_2018, ILACS_2023, ILACS_2026");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() throws Exception {
        String padded = MINIMAL.replace("}}", "}, \"padding\": \"" + "x".repeat(1024 * 1024) + "\"}");

        problem(post("/api/v1/judgements", padded), 413, "/problems/request-too-large");
    }

    @Test
    void aStreamedBodyOverOneMebibyteWithoutALengthIsRefusedWith413() throws Exception {
        byte[] body = MINIMAL.replace("}}", "}, \"padding\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/judgements")).header("Authorization", SIGNED_IN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        problem(http.send(request, HttpResponse.BodyHandlers.ofString()), 413, "/problems/request-too-large");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/judgements")).header("Authorization", SIGNED_IN)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(MINIMAL))
                .build();

        JsonNode problem = problem(http.send(request, HttpResponse.BodyHandlers.ofString()), 415, "/problems/unsupported-media-type");
        assertThat(problem.path("detail").asText()).contains("application/json");
    }

    @Test
    void frameworksListTheirDatesAndGradedAreas() throws Exception {
        JsonNode frameworks = json.readTree(get("/api/v1/frameworks").body());

        assertThat(frameworks).extracting(framework -> framework.path("framework").asText())
                .containsExactly("SIF_2013", "ILACS_2018", "ILACS_2023", "ILACS_2026");
        assertThat(frameworks.get(3).path("overallEffectiveness").asBoolean()).isFalse();
        assertThat(frameworks.get(1).path("gradedAreas")).extracting(area -> area.path("area").asText())
                .contains("CHILDREN_IN_CARE_AND_CARE_LEAVERS");
    }

    @Test
    void theFrameworksSayWhichEvidenceInformsWhichAreaAndThatTheSafeguardingBoardReviewIsOutOfScope() throws Exception {
        JsonNode frameworks = json.readTree(get("/api/v1/frameworks").body());
        JsonNode sif = frameworks.get(0);
        JsonNode ilacs2023 = frameworks.get(2);

        assertThat(sif.path("firstStartDate").asText()).isEqualTo("2013-11-01");
        assertThat(sif.path("lastStartDate").asText()).isEqualTo("2017-12-31");
        assertThat(sif.path("outOfScope").get(0).asText()).contains("local safeguarding children board", "out of scope");
        assertThat(gradedArea(sif, "ADOPTION_PERFORMANCE").path("evidence")).extracting(JsonNode::asText)
                .containsExactly("adoption.practiceQuality", "adoption.averageDaysToMoveInWithAdoptiveFamily", "adoption.averageDaysFromPlacementOrderToMatch");
        assertThat(gradedArea(sif, "ADOPTION_PERFORMANCE").path("subJudgementOf").asText()).isEqualTo("CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE");
        assertThat(gradedArea(sif, "CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE").path("limitedBy")).extracting(JsonNode::asText)
                .containsExactly("ADOPTION_PERFORMANCE", "CARE_LEAVERS");
        assertThat(gradedArea(sif, "OVERALL_EFFECTIVENESS").path("followsFrom")).extracting(JsonNode::asText)
                .containsExactly("HELP_AND_PROTECTION", "CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE", "LEADERSHIP_MANAGEMENT_AND_GOVERNANCE");
        // The same workforce evidence informs the renamed leadership judgement under each framework.
        assertThat(gradedArea(sif, "LEADERSHIP_MANAGEMENT_AND_GOVERNANCE").path("evidence")).extracting(JsonNode::asText)
                .contains("leadership.practiceQuality", "workforce.caseloadPerSocialWorker");
        assertThat(gradedArea(ilacs2023, "IMPACT_OF_LEADERS").path("evidence")).extracting(JsonNode::asText)
                .contains("leadership.practiceQuality", "workforce.caseloadPerSocialWorker");
        assertThat(ilacs2023.path("evidenceNotRead")).extracting(JsonNode::asText)
                .containsExactly("adoption.averageDaysToMoveInWithAdoptiveFamily", "adoption.averageDaysFromPlacementOrderToMatch", "adoption.practiceQuality");
        assertThat(sif.path("evidenceNotRead")).isEmpty();
    }

    private static JsonNode gradedArea(JsonNode framework, String name) {
        for (JsonNode area : framework.path("gradedAreas")) {
            if (area.path("area").asText().equals(name)) {
                return area;
            }
        }
        throw new AssertionError(framework.path("framework").asText() + " does not grade " + name);
    }

    @Test
    void theRuleCatalogueListsEveryRuleWithItsAreaEffectSourceAndLocation() throws Exception {
        JsonNode catalogue = json.readTree(get("/api/v1/rules").body());

        assertThat(catalogue.path("ruleSetVersion").asText()).isEqualTo(registry.active().version());
        assertThat(catalogue.path("rules")).hasSize(registry.active().catalogue().rules().size());
        JsonNode instability = null;
        for (JsonNode rule : catalogue.path("rules")) {
            if (rule.path("location").path("file").asText().equals("rules/leadership-instability.drl")) {
                instability = rule;
            }
        }
        assertThat(instability).isNotNull();
        assertThat(instability.path("area").asText()).isEqualTo("IMPACT_OF_LEADERS");
        assertThat(instability.path("effect").asText()).isEqualTo("INADEQUACY_TRIGGER");
        assertThat(instability.path("source").path("paragraph").asInt()).isEqualTo(32);
        assertThat(instability.path("location").path("line").asInt()).isPositive();
    }

    @Test
    void theApiIsDescribedByOpenApiWithSwaggerUi() throws Exception {
        JsonNode openApi = json.readTree(get("/v3/api-docs").body());

        assertThat(openApi.path("paths").has("/api/v1/judgements")).isTrue();
        assertThat(openApi.path("components").path("schemas").has("Evidence")).isTrue();
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiDocumentationDescribesTheJudgementAnswerInFullAndEveryFieldOfARequestItsAnswerAndAProblem() throws Exception {
        JsonNode openApi = json.readTree(get("/v3/api-docs").body());
        JsonNode answer = json.readTree(post("/api/v1/judgements", """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                 "missingChildren": {"returnInterviewsOfferedPct": 72}}""").body());

        JsonNode created = openApi.path("paths").path("/api/v1/judgements").path("post").path("responses").path("201");
        JsonNode schema = resolve(openApi, created.path("content").path("application/json").path("schema"));
        List<String> answered = new java.util.ArrayList<>();
        answer.fieldNames().forEachRemaining(answered::add);
        List<String> documented = new java.util.ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).as("the 201 answer's documented fields").containsExactlyInAnyOrderElementsOf(answered);

        List<String> undescribed = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> toRead = new java.util.ArrayDeque<>(List.of("JudgementAnswer", "Evidence", "Problem"));
        while (!toRead.isEmpty()) {
            String name = toRead.pop();
            if (!seen.add(name)) {
                continue;
            }
            JsonNode named = openApi.path("components").path("schemas").path(name);
            named.findValues("$ref").forEach(ref -> toRead.add(ref.asText().substring(ref.asText().lastIndexOf('/') + 1)));
            named.path("properties").fields().forEachRemaining(property -> {
                JsonNode field = property.getValue();
                if (!field.hasNonNull("description") && !(field.has("allOf") && field.toString().contains("description"))) {
                    undescribed.add(name + "." + property.getKey());
                }
            });
        }
        assertThat(seen).as("schemas read").contains("AreaJudgement", "ExplainedFinding", "Workforce", "RuleLocation");
        assertThat(undescribed).as("fields of a judgement request, its answer or a problem without a description").isEmpty();
    }

    @Test
    void theApiDocumentationLetsSwaggerUiUploadRuleFilesAndRequiresAComment() throws Exception {
        JsonNode openApi = json.readTree(get("/v3/api-docs").body());

        for (String path : List.of("/api/v1/rulesets", "/api/v1/rulesets/validate")) {
            JsonNode post = openApi.path("paths").path(path).path("post");
            JsonNode form = resolve(openApi, post.path("requestBody").path("content").path("multipart/form-data").path("schema"));
            assertThat(form.path("properties").path("files").path("items").path("format").asText()).as(path).isEqualTo("binary");
            assertThat(form.path("required").toString()).as(path).contains("\"comment\"");
            List<String> query = new java.util.ArrayList<>();
            post.path("parameters").forEach(parameter -> query.add(parameter.path("name").asText()));
            assertThat(query).as(path + ": nothing sent as a query parameter").isEmpty();
        }
        JsonNode activate = openApi.path("paths").path("/api/v1/rulesets/{version}/activate").path("post");
        assertThat(activate.path("parameters").findParents("name").stream().filter(parameter -> parameter.path("name").asText().equals("comment"))
                .findFirst().orElseThrow().path("required").asBoolean()).isTrue();
        JsonNode submit = openApi.path("paths").path("/api/v1/moderation/reports").path("post").path("responses");
        assertThat(submit.has("202")).as("a batch is answered 202 Accepted").isTrue();
        assertThat(submit.has("200")).isFalse();
    }

    /** A schema, or the schema it refers to. */
    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : openApi.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void healthAndTheContainerProbesArePublicAndUpOnceStarted() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
            HttpResponse<String> health = get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(json.readTree(health.body()).path("status").asText()).as(path).isEqualTo("UP");
        }
    }

    private static JsonNode area(JsonNode judgement, String name) {
        for (JsonNode area : judgement.path("areas")) {
            if (area.path("area").asText().equals(name)) {
                return area;
            }
        }
        throw new AssertionError("no area " + name);
    }

    private JsonNode problem(HttpResponse<String> response, int status, String type) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }

    private static JsonNode error(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error;
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SIGNED_IN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SIGNED_IN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
