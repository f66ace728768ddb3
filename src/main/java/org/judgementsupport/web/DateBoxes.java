package org.judgementsupport.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A date typed in the GOV.UK date input's three boxes ({@code <name>-day}, {@code -month}, {@code -year}), read with
 * the Design System's messages for what is missing or not a real date.
 */
final class DateBoxes {

    private DateBoxes() {
    }

    /** The date, or nothing when the boxes are empty (no problem) or do not make a date (the problem added to {@code errors}). */
    static Optional<LocalDate> read(Map<String, String> answers, String name, String label, FormErrors errors) {
        Optional<String> day = text(answers, name + "-day");
        Optional<String> month = text(answers, name + "-month");
        Optional<String> year = text(answers, name + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        day.ifPresentOrElse(value -> { }, () -> missing.add("day"));
        month.ifPresentOrElse(value -> { }, () -> missing.add("month"));
        year.ifPresentOrElse(value -> { }, () -> missing.add("year"));
        if (!missing.isEmpty()) {
            errors.add(name, label + " must include a " + String.join(" and a ", missing));
            return Optional.empty();
        }
        if (!year.get().matches("\\d{4}")) {
            errors.add(name, label + "'s year must be 4 numbers, like 2024");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.get()), Integer.parseInt(month.get()), Integer.parseInt(day.get())));
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.add(name, label + " must be a real date, like 13 5 2024");
            return Optional.empty();
        }
    }

    private static Optional<String> text(Map<String, String> answers, String name) {
        return Optional.ofNullable(answers.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
