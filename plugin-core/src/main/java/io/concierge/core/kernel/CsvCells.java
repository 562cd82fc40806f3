package io.concierge.core.kernel;

/** What the capabilities' CSV exports write in a cell. */
public final class CsvCells {

    private CsvCells() {
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
    public static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
