package org.judgementsupport.evidence;

import java.util.Optional;

/**
 * Text a person typed and another will read: names, case ids, comments. An allowlist of Unicode categories (letters,
 * marks, digits, punctuation, symbols and the plain space), so control characters, invisible formatting such as
 * bidirectional overrides and zero-width characters, private-use and unassigned code points, and broken UTF-16 (a lone
 * surrogate) are refused: each can make stored text read differently from what it says, in a report or a spreadsheet.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Why the text is not plain single-line text, naming the first character at fault; empty when it is. */
    public static Optional<String> problem(String text) {
        return problem(text, false);
    }

    /** As {@link #problem(String)}, allowing line breaks and tabs: for comments. */
    public static Optional<String> multilineProblem(String text) {
        return problem(text, true);
    }

    private static Optional<String> problem(String text, boolean lines) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 1;
        for (int index = 0; index < text.length(); position++) {
            int codePoint = text.codePointAt(index);
            if (!allowed(codePoint) && !(lines && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t'))) {
                return Optional.of("must be plain text: character " + position + " is " + describe(codePoint) + ", which is not allowed "
                        + "(control characters, invisible formatting such as bidirectional overrides, and broken characters are refused)");
            }
            index += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static boolean allowed(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.DASH_PUNCTUATION,
                 Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            case Character.SPACE_SEPARATOR -> codePoint == ' ';
            default -> false;
        };
    }

    private static String describe(int codePoint) {
        String name = Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF ? "HALF OF A BROKEN CHARACTER (LONE SURROGATE)"
                : Character.getName(codePoint);
        return String.format("U+%04X", codePoint) + (name == null ? "" : " (" + name + ")");
    }
}
