package org.judgementsupport.evidence;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns submitted evidence into the indicator facts rules match: one per field present, plus derived indicators.
 *
 * <p>The groups and fields are read from the evidence records themselves, so a field added to a record reaches the
 * rules without further wiring; {@link EvidenceField} must name it (a test keeps the two in step).
 */
public final class Indicators {

    /** Evidence groups that identify the case rather than describe the service. */
    private static final Set<String> NOT_INDICATORS = Set.of("localAuthority", "inspection");

    private record Reader(String path, MethodHandle group, MethodHandle field) {
    }

    private static final List<Reader> READERS = readers();

    private Indicators() {
    }

    /** Every indicator the evidence holds, in a stable order. */
    public static List<Indicator> from(Evidence evidence) {
        List<Indicator> indicators = new ArrayList<>();
        for (Reader reader : READERS) {
            Object value = read(reader, evidence);
            if (value != null) {
                indicators.add(new Indicator(reader.path(), value));
            }
        }
        leftAtRiskShare(evidence.helpAndProtection()).ifPresent(indicators::add);
        return indicators;
    }

    /** Every path {@link #from} can produce from a submitted field (derived indicators excluded). */
    public static List<String> submittablePaths() {
        return READERS.stream().map(Reader::path).toList();
    }

    private static Optional<Indicator> leftAtRiskShare(HelpAndProtection evidence) {
        if (evidence == null || evidence.casesSampled() == null || evidence.casesWithChildrenLeftAtRisk() == null
                || evidence.casesSampled() == 0) {
            return Optional.empty();
        }
        double share = 100.0 * evidence.casesWithChildrenLeftAtRisk() / evidence.casesSampled();
        return Optional.of(new Indicator(EvidenceField.CASES_LEFT_AT_RISK_SHARE.path(), share));
    }

    private static Object read(Reader reader, Evidence evidence) {
        try {
            Object group = reader.group().invoke(evidence);
            return group == null ? null : reader.field().invoke(group);
        } catch (Throwable impossible) {
            throw new IllegalStateException("cannot read " + reader.path(), impossible);
        }
    }

    private static List<Reader> readers() {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        List<Reader> readers = new ArrayList<>();
        try {
            for (RecordComponent group : Evidence.class.getRecordComponents()) {
                if (NOT_INDICATORS.contains(group.getName())) {
                    continue;
                }
                MethodHandle groupAccessor = lookup.unreflect(group.getAccessor());
                for (RecordComponent field : group.getType().getRecordComponents()) {
                    readers.add(new Reader(group.getName() + "." + field.getName(), groupAccessor, lookup.unreflect(field.getAccessor())));
                }
            }
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
        return List.copyOf(readers);
    }
}
