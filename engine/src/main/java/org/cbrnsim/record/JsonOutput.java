package org.cbrnsim.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** Jackson generators for the JSON output files: numbers through {@link NumberText}, "\n" line ends. */
final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /** A compact generator on {@code out}; closing it flushes but does not close {@code out}. */
    static JsonGenerator compact(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /** An indented generator (two spaces, "\n", {@code "key": value}) on {@code out}. */
    static JsonGenerator indented(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return compact(out).setPrettyPrinter(printer);
    }

    /** Writes {@code value}; non-finite values as null. */
    static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(NumberText.formatFinite(value));
        } else {
            json.writeNull();
        }
    }
}
