package org.cbrnsim.record;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.commons.csv.CSVPrinter;

/** Writes events as {@code events.csv}: {@code t_s,clock,type,actor,country,subject,detail}, one row per event. */
public final class EventsCsvWriter {

    /** The header row. */
    public static final List<String> HEADER = List.of("t_s", "clock", "type", "actor", "country", "subject", "detail");

    private final DoubleFunction<String> clockText;

    /** @param clockText the {@code clock} column of a time, e.g. {@code SimulationClock::formatLocal} */
    public EventsCsvWriter(DoubleFunction<String> clockText) {
        this.clockText = clockText;
    }

    /** Writes the header and {@code events}, in the given order, to {@code out} (flushed, not closed). */
    public void write(List<? extends SimEvent> events, Writer out) throws IOException {
        CSVPrinter printer = CsvTables.printer(out, HEADER);
        for (SimEvent event : events) {
            printer.printRecord(NumberText.format(event.tS()), clockText.apply(event.tS()), event.type(),
                    event.actor(), event.country(), event.subject(), event.detail());
        }
        printer.flush();
    }
}
