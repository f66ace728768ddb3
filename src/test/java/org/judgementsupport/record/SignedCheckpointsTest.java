package org.judgementsupport.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.judgementsupport.security.TestAccounts;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Someone who can write to the database can recompute every hash of the chain; they cannot sign. Checkpoints of the
 * chain's head, signed with a key outside the database, catch a rewritten chain, name the first checkpoint it
 * contradicts, and can be checked by anyone with the public key and standard tools.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SignedCheckpointsTest {

    private static final String MODERATOR = TestAccounts.basic(TestAccounts.EVERYTHING);

    private static final String EVIDENCE = """
            {"localAuthority": {"code": "E08000025"}, "inspection": {"startDate": "2024-09-02"},
             "leadership": {"practiceQuality": "CONSISTENTLY_EFFECTIVE"}, "missingChildren": {"returnInterviewsOfferedPct": 45}}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCheckpointSignsTheHeadOnceAndAnyoneCanCheckItWithThePublicKey() throws Exception {
        judge(3);

        HttpResponse<String> signed = send("POST", "/api/v1/judgements/chain/checkpoints");
        HttpResponse<String> again = send("POST", "/api/v1/judgements/chain/checkpoints");
        JsonNode list = json.readTree(send("GET", "/api/v1/judgements/chain/checkpoints").body());

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        assertThat(again.statusCode()).as("the head has not moved: nothing new to sign").isEqualTo(200);
        JsonNode checkpoint = json.readTree(signed.body());
        assertThat(json.readTree(again.body())).isEqualTo(checkpoint);
        assertThat(checkpoint.path("sequenceNumber").asLong()).isEqualTo(head());
        assertThat(list.path("checkpoints").get(list.path("checkpoints").size() - 1)).isEqualTo(checkpoint);
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(
                list.path("publicKey").path("pem").asText().replaceAll("-----[A-Z ]+-----", ""))));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(("judgement-support checkpoint v1\nsequence-number: " + checkpoint.path("sequenceNumber").asLong() + "\nrecord-hash: "
                + checkpoint.path("recordHash").asText() + "\nsigned-at: " + checkpoint.path("signedAt").asText() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(checkpoint.path("signature").asText())))
                .as("the signature checks out with the published key, outside the service").isTrue();
        assertThat(verification().path("intact").asBoolean()).isTrue();
        assertThat(verification().path("checkpoints").asLong()).isEqualTo(list.path("checkpoints").size());
    }

    @Test
    void aChainRewrittenWithEveryHashRecomputedContradictsTheFirstCheckpointAfterTheChange() throws Exception {
        judge(1);
        sign();
        long altered = judge(2).get(0);
        judge(1);
        long firstCheckpointAfter = sign();
        judge(1);
        sign();
        List<Map<String, Object>> before = jdbc.sql("select * from judgement_record where sequence_number >= ? order by sequence_number").param(altered)
                .query().listOfRows();

        rewriteQuietly(altered);
        try {
            JsonNode verification = verification();

            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(firstCheckpointAfter);
            assertThat(verification.path("contradictedCheckpoint").path("sequenceNumber").asLong()).isEqualTo(firstCheckpointAfter);
            assertThat(verification.path("reason").asText()).contains("the chain was rewritten, every hash recomputed");
        } finally {
            putBack(before);
        }
        assertThat(verification().path("intact").asBoolean()).as("put back exactly as it was").isTrue();
    }

    @Test
    void recordsRemovedFromTheEndTogetherWithTheHeadAreCaughtByACheckpoint() throws Exception {
        judge(2);
        long signedAt = sign();
        List<Map<String, Object>> last = jdbc.sql("select * from judgement_record where sequence_number = ?").param(signedAt).query().listOfRows();
        Map<String, Object> previous = jdbc.sql("select sequence_number, record_hash from judgement_record where sequence_number = ?")
                .param(signedAt - 1).query().singleRow();

        jdbc.sql("delete from judgement_rule_fired where sequence_number = ?").param(signedAt).update();
        jdbc.sql("delete from judgement_area where sequence_number = ?").param(signedAt).update();
        jdbc.sql("delete from judgement_record where sequence_number = ?").param(signedAt).update();
        jdbc.sql("update judgement_chain_head set sequence_number = ?, record_hash = ? where id = 1")
                .params(previous.get("sequence_number"), previous.get("record_hash")).update();
        try {
            JsonNode verification = verification();

            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("reason").asText()).contains("shows it reached record " + signedAt);
            assertThat(verification.path("contradictedCheckpoint").path("sequenceNumber").asLong()).isEqualTo(signedAt);
        } finally {
            putBack(last);
        }
    }

    @Test
    void aCheckpointAlteredInTheDatabaseNoLongerCarriesTheSignature() throws Exception {
        judge(1);
        long signedAt = sign();
        String hash = jdbc.sql("select record_hash from judgement_checkpoint where sequence_number = ?").param(signedAt).query(String.class).single();

        jdbc.sql("update judgement_checkpoint set record_hash = ? where sequence_number = ?").params("f".repeat(64), signedAt).update();
        try {
            JsonNode verification = verification();

            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("reason").asText()).contains("does not carry this service's signature");
        } finally {
            jdbc.sql("update judgement_checkpoint set record_hash = ? where sequence_number = ?").params(hash, signedAt).update();
        }
    }

    @Test
    void theVerifyCommandChecksTheRecordWithAPublicKeyHeldOutsideTheDatabase(@TempDir Path elsewhere) throws Exception {
        judge(2);
        sign();
        Map<String, String> environment = Map.of("JUDGEMENT_SUPPORT_DB_URL", ((HikariDataSource) dataSource).getJdbcUrl(),
                "JUDGEMENT_SUPPORT_DB_USER", "sa", "JUDGEMENT_SUPPORT_DB_PASSWORD", "");
        String ourKey = "target/test-keys/checkpoint-signing-key.pem";
        Path otherKey = elsewhere.resolve("other.pem");
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(otherKey, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(other.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        int wholeExit = VerifyRecordCommand.run(new String[] {"--public-key", ourKey}, environment, new PrintStream(whole, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream wrongKey = new ByteArrayOutputStream();
        int wrongKeyExit = VerifyRecordCommand.run(new String[] {"--public-key", otherKey.toString()}, environment,
                new PrintStream(wrongKey, true, StandardCharsets.UTF_8));

        assertThat(wholeExit).as(whole.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(whole.toString(StandardCharsets.UTF_8)).contains("The judgement record is whole").contains("signed checkpoint(s)");
        assertThat(wrongKeyExit).as("checkpoints are checked with the auditor's key, not one the database supplies").isEqualTo(1);
        assertThat(wrongKey.toString(StandardCharsets.UTF_8)).contains("NOT whole", "does not carry this service's signature");
    }

    /**
     * As someone with write access to the database would: changes a stored judgement's result, then recomputes its
     * content hash, every chain hash after it, and the head, so the hash chain on its own still verifies.
     */
    private void rewriteQuietly(long from) {
        String previousHash = jdbc.sql("select coalesce((select record_hash from judgement_record where sequence_number = ?), ?)")
                .params(from - 1, HashChain.GENESIS).query(String.class).single();
        List<Long> places = jdbc.sql("select sequence_number from judgement_record where sequence_number >= ? order by sequence_number").param(from)
                .query(Long.class).list();
        for (long place : places) {
            Map<String, Object> row = jdbc.sql("select * from judgement_record where sequence_number = ?").param(place).query().singleRow();
            String result = (String) row.get("result");
            if (place == from) {
                result = result.replace("INADEQUATE", "GOOD") + " ";
                jdbc.sql("update judgement_record set result = ? where sequence_number = ?").params(result, place).update();
            }
            JudgementRecord record = jdbc.sql(JudgementRecords.SELECT + " where sequence_number = ?").param(place).query(JudgementRecords::row).single();
            String contentHash = record.expectedContentHash();
            String recordHash = JudgementRecord.sha256(previousHash + contentHash);
            jdbc.sql("update judgement_record set content_hash = ?, previous_hash = ?, record_hash = ? where sequence_number = ?")
                    .params(contentHash, previousHash, recordHash, place).update();
            previousHash = recordHash;
        }
        jdbc.sql("update judgement_chain_head set record_hash = ? where id = 1").param(previousHash).update();
    }

    private void putBack(List<Map<String, Object>> rows) {
        String headHash = null;
        long headSequence = 0;
        for (Map<String, Object> row : rows) {
            long place = ((Number) row.get("sequence_number")).longValue();
            int updated = jdbc.sql("update judgement_record set result = ?, content_hash = ?, previous_hash = ?, record_hash = ? where sequence_number = ?")
                    .params(row.get("result"), row.get("content_hash"), row.get("previous_hash"), row.get("record_hash"), place).update();
            if (updated == 0) {
                List<String> columns = new ArrayList<>(row.keySet());
                jdbc.sql("insert into judgement_record (" + String.join(", ", columns) + ") values (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")
                        .params(columns.stream().map(row::get).toList()).update();
            }
            if (place > headSequence) {
                headSequence = place;
                headHash = (String) row.get("record_hash");
            }
        }
        long stored = jdbc.sql("select sequence_number from judgement_chain_head where id = 1").query(Long.class).single();
        if (headSequence >= stored) {
            jdbc.sql("update judgement_chain_head set sequence_number = ?, record_hash = ? where id = 1").params(headSequence, headHash).update();
        }
    }

    /** Posts judgements; returns their places in the chain. */
    private List<Long> judge(int howMany) throws Exception {
        List<Long> places = new ArrayList<>();
        for (int judgement = 0; judgement < howMany; judgement++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/judgements")).header("Authorization", MODERATOR)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(EVIDENCE)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            places.add(jdbc.sql("select sequence_number from judgement_record where id = ?")
                    .param(UUID.fromString(json.readTree(created.body()).path("id").asText())).query(Long.class).single());
        }
        return places;
    }

    private long sign() throws Exception {
        HttpResponse<String> signed = send("POST", "/api/v1/judgements/chain/checkpoints");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        return json.readTree(signed.body()).path("sequenceNumber").asLong();
    }

    private long head() {
        return jdbc.sql("select sequence_number from judgement_chain_head where id = 1").query(Long.class).single();
    }

    private JsonNode verification() throws Exception {
        return json.readTree(send("GET", "/api/v1/judgements/chain/verification").body());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", MODERATOR).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
