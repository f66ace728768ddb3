package org.judgementsupport.rulechange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.judgementsupport.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates for service and colleagues' decisions on them, kept in the database so they survive a restart and are
 * shared by every instance of the service.
 */
@Repository
public class RuleSetCandidates {

    /** Where a candidate stands. */
    public enum State {
        /** Valid, and waiting for colleagues to approve it. */
        AWAITING_APPROVAL,
        /** A colleague rejected it; proposing the same files again starts afresh. */
        REJECTED,
        /** It went into service. */
        ACTIVATED,
        /** Its changes were re-applied on top of a newer version, as a new candidate. */
        REBASED,
        /** A later save in the rule folder replaced it before anyone decided. */
        SUPERSEDED
    }

    /** A colleague's decision on a candidate. */
    public enum Verdict { APPROVED, REJECTED }

    /** One colleague's decision, and why. */
    public record Decision(String by, Instant at, Verdict verdict, String comment) {
    }

    /**
     * A candidate.
     *
     * @param basedOn   the version in service when it was validated
     * @param decisions colleagues' approvals and rejections, oldest first
     */
    public record Candidate(String version, String proposedBy, Instant proposedAt, String basedOn, String comment, State state,
                            List<Decision> decisions) {

        /** The colleagues who approved it. */
        public List<String> approvedBy() {
            return decisions.stream().filter(decision -> decision.verdict() == Verdict.APPROVED).map(Decision::by).toList();
        }
    }

    private final JdbcClient jdbc;

    public RuleSetCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a valid version as a candidate. A candidate already waiting on the same version keeps its proposer and its
     * approvals; one that was closed, or was validated against another version in service, starts afresh, since
     * approvals given for another starting point do not carry over.
     */
    @Transactional
    public Candidate propose(String version, String proposedBy, Instant at, String basedOn, String comment) {
        Optional<Candidate> known = find(version);
        if (known.isPresent() && known.get().state() == State.AWAITING_APPROVAL && Objects.equals(known.get().basedOn(), basedOn)) {
            return known.get();
        }
        if (known.isPresent()) {
            jdbc.sql("delete from rule_set_decision where version = ?").param(version).update();
            jdbc.sql("update rule_set_candidate set proposed_by = ?, proposed_at = ?, based_on = ?, comment = ?, state = ? where version = ?")
                    .params(proposedBy, Timestamps.toColumn(at), basedOn, comment, State.AWAITING_APPROVAL.name(), version).update();
        } else {
            jdbc.sql("insert into rule_set_candidate (version, proposed_by, proposed_at, based_on, comment, state) values (?, ?, ?, ?, ?, ?)")
                    .params(version, proposedBy, Timestamps.toColumn(at), basedOn, comment, State.AWAITING_APPROVAL.name()).update();
        }
        return find(version).orElseThrow();
    }

    /** Records a colleague's decision; a second decision by the same person replaces the first. */
    @Transactional
    public Candidate decide(String version, String by, Instant at, Verdict verdict, String comment) {
        jdbc.sql("delete from rule_set_decision where version = ? and decided_by = ?").params(version, by).update();
        jdbc.sql("insert into rule_set_decision (version, decision, decided_by, decided_at, comment) values (?, ?, ?, ?, ?)")
                .params(version, verdict.name(), by, Timestamps.toColumn(at), comment).update();
        if (verdict == Verdict.REJECTED) {
            close(version, State.REJECTED);
        }
        return find(version).orElseThrow();
    }

    public void close(String version, State state) {
        jdbc.sql("update rule_set_candidate set state = ? where version = ?").params(state.name(), version).update();
    }

    /** Earlier saves in the rule folder that nobody decided on are replaced by the latest save. */
    public void supersedeOthersProposedBy(String proposedBy, String latest) {
        jdbc.sql("update rule_set_candidate set state = ? where proposed_by = ? and state = ? and version <> ?")
                .params(State.SUPERSEDED.name(), proposedBy, State.AWAITING_APPROVAL.name(), latest).update();
    }

    public Optional<Candidate> find(String version) {
        return jdbc.sql("select * from rule_set_candidate where version = ?").param(version).query(this::candidate).optional();
    }

    /** Candidates waiting for approval, oldest first. */
    public List<Candidate> awaitingApproval() {
        return jdbc.sql("select * from rule_set_candidate where state = ? order by proposed_at, version")
                .param(State.AWAITING_APPROVAL.name()).query(this::candidate).list();
    }

    private Candidate candidate(ResultSet row, int number) throws SQLException {
        String version = row.getString("version");
        List<Decision> decisions = jdbc.sql("select * from rule_set_decision where version = ? order by id").param(version)
                .query((decision, index) -> new Decision(decision.getString("decided_by"), Timestamps.fromColumn(decision, "decided_at"),
                        Verdict.valueOf(decision.getString("decision")), decision.getString("comment")))
                .list();
        return new Candidate(version, row.getString("proposed_by"), Timestamps.fromColumn(row, "proposed_at"), row.getString("based_on"),
                row.getString("comment"), State.valueOf(row.getString("state")), decisions);
    }
}
