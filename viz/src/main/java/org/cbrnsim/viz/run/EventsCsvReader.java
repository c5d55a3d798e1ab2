package org.cbrnsim.viz.run;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a run's {@code events.csv} ({@code t_s,clock,type,actor,country,subject,detail}) in file order. */
final class EventsCsvReader {

    /** The columns every events.csv has. */
    static final List<String> COLUMNS = List.of("t_s", "clock", "type", "actor", "country", "subject", "detail");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

    private EventsCsvReader() {
    }

    /** @throws IllegalArgumentException naming the file (and line) when a column is missing or a time is not a number */
    static List<RunEvent> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            List<String> missing = new ArrayList<>(COLUMNS);
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw RunFiles.malformed(file, "missing column(s) " + missing + "; expected the header " + String.join(",", COLUMNS));
            }
            List<RunEvent> events = new ArrayList<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (!row.isConsistent()) {
                    throw RunFiles.malformed(file, "line " + line + ": expected " + parser.getHeaderNames().size()
                            + " fields, got " + row.size());
                }
                double tS = RunFiles.csvNumber(row.get("t_s"), file, line, "t_s");
                if (!Double.isFinite(tS)) {
                    throw RunFiles.malformed(file, "line " + line + ": t_s must be a finite number, got " + row.get("t_s"));
                }
                events.add(new RunEvent(tS, row.get("clock"), row.get("type"), row.get("actor"), row.get("country"),
                        row.get("subject"), row.get("detail")));
            }
            return List.copyOf(events);
        } catch (IOException | UncheckedIOException e) {
            throw RunFiles.malformed(file, "cannot read the CSV: " + e.getMessage(), e);
        }
    }
}
