package io.phiscan.generate;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;

/**
 * Two-space indentation with every member and array item on its own line, as X and Meta write
 * their exports; only the separator between a name and its value ({@code " : "} or
 * {@code ": "}) and the look of an empty array or object ({@code "[ ]"} or {@code "[]"}) differ.
 * Indentation is written as pre-encoded strings, which matters at a few hundred thousand
 * messages a second. One instance per generator ({@link #createInstance()}).
 */
final class ExportPrettyPrinter implements PrettyPrinter, Instantiatable<ExportPrettyPrinter> {
    private static final SerializedString[] LINES = new SerializedString[64];

    static {
        for (int i = 0; i < LINES.length; i++) {
            LINES[i] = new SerializedString("\n" + "  ".repeat(i));
        }
    }

    private final SerializedString nameValue;
    private final SerializedString empty;
    private int nesting;

    /**
     * @param nameValue between a member's name and value
     * @param empty inside an empty array or object
     */
    ExportPrettyPrinter(String nameValue, String empty) {
        this.nameValue = new SerializedString(nameValue);
        this.empty = new SerializedString(empty);
    }

    @Override
    public ExportPrettyPrinter createInstance() {
        return new ExportPrettyPrinter(nameValue.getValue(), empty.getValue());
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
        nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        g.writeRaw(LINES[nesting]);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(nameValue);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        g.writeRaw(LINES[nesting]);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        nesting--;
        g.writeRaw(entries > 0 ? LINES[nesting] : empty);
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        g.writeRaw('[');
        nesting++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        g.writeRaw(LINES[nesting]);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(',');
        g.writeRaw(LINES[nesting]);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        nesting--;
        g.writeRaw(values > 0 ? LINES[nesting] : empty);
        g.writeRaw(']');
    }
}
