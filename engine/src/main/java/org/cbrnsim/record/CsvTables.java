package org.cbrnsim.record;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV dialect of the output files: RFC 4180 quoting (fields with a comma, quote or line break in
 * double quotes, quotes doubled; Commons CSV {@code QuoteMode.MINIMAL}), a header row, "\n" line ends.
 */
final class CsvTables {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

    private CsvTables() {
    }

    /** A printer on {@code out} that has written {@code header}; the caller flushes it and closes {@code out}. */
    static CSVPrinter printer(Writer out, List<String> header) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(header);
        return printer;
    }
}
