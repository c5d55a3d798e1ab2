package org.cbrnsim.record;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** Writes a {@link TimeSeries} as {@code timeseries.csv}: {@code t_s} then one column per metric. */
public final class TimeSeriesCsvWriter {

    /** Writes the header and every row to {@code out} (flushed, not closed). */
    public void write(TimeSeries series, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(TimeSeries.TIME_COLUMN);
        header.addAll(series.metricNames());
        CSVPrinter printer = CsvTables.printer(out, header);
        String[] cells = new String[header.size()];
        for (int row = 0; row < series.rowCount(); row++) {
            cells[0] = NumberText.format(series.timeS(row));
            for (int column = 1; column < cells.length; column++) {
                cells[column] = NumberText.format(series.value(row, column - 1));
            }
            printer.printRecord((Object[]) cells);
        }
        printer.flush();
    }
}
