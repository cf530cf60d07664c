package com.opsflow.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV document for Excel, written the one way every export of OpsFlow uses: UTF-8 with a byte
 * order mark (without it Excel on Windows shows Chinese as mojibake), CRLF line ends, a field
 * quoted when it holds a comma, quote or line break, and text that starts with {@code = + - @}
 * defused with a leading apostrophe so that Excel never runs a cell as a formula (CSV injection).
 * Numbers are never defused: a negative amount stays a number.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    /** A document whose first row is the header. */
    public static Csv withHeader(List<String> header) {
        return new Csv().row(header);
    }

    /**
     * One row. A {@link Number} is written as a number ({@link BigDecimal} without trailing zeros,
     * other fractions to four decimals); anything else as text ({@code null} as empty).
     */
    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            out.append(cell instanceof Number n ? quoted(number(n)) : text(cell == null ? null : cell.toString()));
        }
        out.append("\r\n");
        return this;
    }

    public String asString() {
        return out.toString();
    }

    public byte[] asBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One text field as it stands in a row: defused, then quoted when needed. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return quoted(defused(value));
    }

    /** The text with a leading apostrophe when Excel would read it as a formula. */
    public static String defused(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** How a number is written: a BigDecimal plain without trailing zeros, a fraction to four decimals. */
    public static String number(Number n) {
        if (n instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
