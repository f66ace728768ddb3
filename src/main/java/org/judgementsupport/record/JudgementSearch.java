package org.judgementsupport.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds stored judgements by local authority, inspection start dates, framework, area and grade, rule fired or who
 * asked, newest first and a page at a time, each with its grades by area; from the columns and tables kept for
 * searching beside each record, never by reading the stored JSON.
 */
@Repository
public class JudgementSearch {

    /** What to search stored judgements by; null means any. Grade with no area means any area with that grade. */
    public record Criteria(String localAuthority, LocalDate startFrom, LocalDate startTo, Framework framework,
                           JudgementArea area, Grade grade, String rule, String recordedBy, int page, int size) {
    }

    /** A judgement in a list: who, when, under what, and its grades. */
    public record Summary(UUID id, Instant recordedAt, String recordedBy, String localAuthority, LocalDate inspectionStart,
                          Framework framework, String ruleSetVersion, Map<JudgementArea, String> grades) {
    }

    private final JdbcClient jdbc;

    public JudgementSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Summary> find(Criteria criteria) {
        Conditions where = new Conditions()
                .and("r.local_authority = ?", criteria.localAuthority())
                .and("r.inspection_start >= ?", criteria.startFrom())
                .and("r.inspection_start <= ?", criteria.startTo())
                .and("r.framework = ?", name(criteria.framework()));
        if (criteria.area() != null || criteria.grade() != null) {
            Conditions graded = new Conditions()
                    .and("a.area = ?", name(criteria.area()))
                    .and("a.grade = ?", name(criteria.grade()));
            where.and("exists (select 1 from judgement_area a where a.sequence_number = r.sequence_number" + graded.sql() + ")", graded.parameters);
        }
        where.and("r.recorded_by = ?", criteria.recordedBy())
                .and("exists (select 1 from judgement_rule_fired f where f.sequence_number = r.sequence_number and f.rule = ?)", criteria.rule());
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(criteria.size());
        parameters.add((long) criteria.page() * criteria.size());
        Map<Long, Summary> summaries = new LinkedHashMap<>();
        jdbc.sql("select r.sequence_number, r.id, r.recorded_at, r.recorded_by, r.local_authority, r.inspection_start, r.framework, "
                        + "r.rule_set_version from judgement_record r where 1 = 1" + where.sql() + " order by r.sequence_number desc limit ? offset ?")
                .params(parameters)
                .query((row, number) -> summaries.put(row.getLong("sequence_number"), new Summary(row.getObject("id", UUID.class),
                        Timestamps.fromColumn(row, "recorded_at"), row.getString("recorded_by"), row.getString("local_authority"),
                        row.getObject("inspection_start", LocalDate.class), Framework.valueOf(row.getString("framework")),
                        row.getString("rule_set_version"), new EnumMap<>(JudgementArea.class))))
                .list();
        if (!summaries.isEmpty()) {
            String placeholders = String.join(", ", summaries.keySet().stream().map(key -> "?").toList());
            jdbc.sql("select sequence_number, area, grade, determined from judgement_area where sequence_number in (" + placeholders + ")")
                    .params(new ArrayList<>(summaries.keySet()))
                    .query((row, number) -> summaries.get(row.getLong("sequence_number")).grades().put(JudgementArea.valueOf(row.getString("area")),
                            row.getBoolean("determined") ? row.getString("grade") : "NOT_DETERMINED"))
                    .list();
        }
        return List.copyOf(summaries.values());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The conditions asked for, each with its parameters; a condition whose value is null (any) is left out. */
    private static final class Conditions {

        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Conditions and(String condition, Object value) {
            return value == null ? this : and(condition, List.of(value));
        }

        Conditions and(String condition, List<Object> values) {
            sql.append(" and ").append(condition);
            parameters.addAll(values);
            return this;
        }

        String sql() {
            return sql.toString();
        }
    }
}
