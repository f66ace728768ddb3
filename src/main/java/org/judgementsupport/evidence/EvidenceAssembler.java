package org.judgementsupport.evidence;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds evidence from values keyed by their evidence path ({@code workforce.vacancyRatePct} → 14.2), for evidence
 * that does not come from an inspector's JSON: generated cases in checks, or published indicators. A group with no
 * value is left out, as an inspector would leave it out.
 */
public final class EvidenceAssembler {

    private EvidenceAssembler() {
    }

    /**
     * @throws IllegalArgumentException when a path is not an evidence field, or a value is of the wrong type
     */
    public static Evidence assemble(LocalAuthority localAuthority, Inspection inspection, Map<String, ?> values) {
        Set<String> used = new HashSet<>();
        RecordComponent[] groups = Evidence.class.getRecordComponents();
        Object[] arguments = new Object[groups.length];
        for (int index = 0; index < groups.length; index++) {
            String group = groups[index].getName();
            if (group.equals("localAuthority")) {
                arguments[index] = localAuthority;
            } else if (group.equals("inspection")) {
                arguments[index] = inspection;
            } else {
                arguments[index] = group(groups[index].getType(), group, values, used);
            }
        }
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not evidence fields: " + unknown);
        }
        return construct(Evidence.class, arguments);
    }

    private static Object group(Class<?> type, String group, Map<String, ?> values, Set<String> used) {
        RecordComponent[] fields = type.getRecordComponents();
        Object[] arguments = new Object[fields.length];
        boolean any = false;
        for (int index = 0; index < fields.length; index++) {
            String path = group + "." + fields[index].getName();
            Object value = values.get(path);
            if (value != null) {
                arguments[index] = convert(value, fields[index].getType(), path);
                used.add(path);
                any = true;
            }
        }
        return any ? construct(type, arguments) : null;
    }

    private static Object convert(Object value, Class<?> type, String path) {
        if (type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number) {
            if (type == Double.class) {
                return number.doubleValue();
            }
            if (type == Integer.class && number.doubleValue() == Math.rint(number.doubleValue())) {
                return number.intValue();
            }
        }
        throw new IllegalArgumentException(path + " cannot be " + value + " (" + value.getClass().getSimpleName() + ")");
    }

    private static <T> T construct(Class<T> type, Object[] arguments) {
        try {
            Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<T> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
