package org.cbrnsim.viz.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a run's {@code events.csv} ({@code t_s,clock,type,actor,country,subject,detail}, RFC 4180, header row). */
public final class EventsCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

    private EventsCsvReader() {
    }

    /**
     * The events of {@code file}, in file order.
     *
     * @throws IllegalArgumentException for a row without a numeric time or a missing column
     */
    public static List<RunEvent> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            List<RunEvent> events = new ArrayList<>();
            for (CSVRecord row : parser) {
                events.add(event(file, row));
            }
            return events;
        }
    }

    private static RunEvent event(Path file, CSVRecord row) {
        try {
            return new RunEvent(Double.parseDouble(row.get("t_s")), row.get("type"), row.get("actor"),
                    row.get("country"), row.get("subject"), row.get("detail"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": event " + row.getRecordNumber()
                    + ": expected t_s (seconds), type, actor, country, subject and detail: " + e.getMessage(), e);
        }
    }
}
