package org.judgementsupport.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judgementsupport.system.FieldProblem;
import org.judgementsupport.system.Refusal;

/**
 * What was wrong with a submitted form, for the GOV.UK error summary and each field's message: the same problems the
 * API reports as problem details, each put in a sentence that starts with the field's label.
 */
public final class FormErrors {

    /** One problem: the field's name in the form (the API's field path), the id of the input to link to, the message. */
    public record FieldError(String field, String fieldId, String message) {
    }

    private final Map<String, FieldError> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * @param labels each field's label as the form shows it, by field path; a field without one is named by its path
     */
    public static FormErrors of(List<FieldProblem> problems, Map<String, String> labels) {
        FormErrors errors = new FormErrors();
        for (FieldProblem problem : problems) {
            String label = labels.getOrDefault(problem.field(), problem.field());
            errors.add(problem.field(), label + " " + problem.reason());
        }
        return errors;
    }

    /**
     * What the API would have answered as problem details: its list of field errors where it has one, else its detail,
     * shown at the top of the page.
     */
    public static FormErrors of(Refusal refused, Map<String, String> labels) {
        return of(refused, labels, "");
    }

    /**
     * As {@link #of(Refusal, Map)}, with a refusal that names no field shown at {@code field}: the one input it is
     * about (an uploaded file), or the control that was used (a button).
     */
    public static FormErrors of(Refusal refused, Map<String, String> labels, String field) {
        Map<String, Object> properties = refused.getBody().getProperties();
        Object errors = properties == null ? null : properties.get("errors");
        if (errors instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(FieldProblem.class::isInstance)) {
            return of(list.stream().map(FieldProblem.class::cast).toList(), labels);
        }
        return new FormErrors().add(field, refused.getBody().getDetail());
    }

    /** Adds a problem, worded in full; the first one for a field is the one shown. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, new FieldError(field, idOf(field), message));
        return this;
    }

    /**
     * Adds one more problem at a field that already has its message: listed in the error summary, linking to the field,
     * while the field shows its first message. For the problems of an uploaded file, each at the one file input.
     */
    public FormErrors alsoAt(String field, String message) {
        byField.put(field + "\u0000" + byField.size(), new FieldError(field, idOf(field), message));
        return this;
    }

    /**
     * Adds a problem under its own key, linking to an input other than one named by the key: one of several problems
     * with the same input, such as each refused file of an upload.
     */
    public FormErrors add(String key, String fieldId, String message) {
        byField.putIfAbsent(key, new FieldError(key, fieldId, message));
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return Optional.ofNullable(byField.get(field)).map(FieldError::message).orElse(null);
    }

    /** An input's aria-describedby: its hint and its error message, where it has them, so a screen reader reads both. */
    public String describedby(String field, String hint) {
        String ids = (hint == null ? "" : field + "-hint") + (has(field) ? " " + field + "-error" : "");
        return ids.isBlank() ? null : ids.trim();
    }

    public List<FieldError> all() {
        return new ArrayList<>(byField.values());
    }

    /**
     * An input's id: the field path itself, which HTML allows, so the summary's links and the API name the same thing.
     * A date links to its day box, as the GOV.UK date input does; a problem with the whole inspection, to its date.
     */
    public static String idOf(String field) {
        if (field.isEmpty()) {
            return "main-content";
        }
        if (field.equals(EvidenceForm.START_DATE) || field.equals("inspection")) {
            return EvidenceForm.START_DATE + "-day";
        }
        if (field.equals("asOf")) {
            return "asOf-day";
        }
        return field;
    }
}
