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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a run's {@code timeseries.csv}: {@code t_s} then one numeric column per metric. */
final class TimeSeriesCsvReader {

    private static final String TIME_COLUMN = "t_s";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

    private TimeSeriesCsvReader() {
    }

    /** @throws IllegalArgumentException naming the file (and line, column) when it is not such a table */
    static RunTimeSeries read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || !header.get(0).equals(TIME_COLUMN)) {
                throw RunFiles.malformed(file, "the first column must be " + TIME_COLUMN + ", got " + header);
            }
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (row.size() != header.size()) {
                    throw RunFiles.malformed(file, "line " + line + ": expected " + header.size() + " fields, got " + row.size());
                }
                double[] values = new double[header.size()];
                for (int column = 0; column < values.length; column++) {
                    values[column] = RunFiles.csvNumber(row.get(column), file, line, header.get(column));
                }
                rows.add(values);
            }
            return table(file, header, rows);
        } catch (IOException | UncheckedIOException e) {
            throw RunFiles.malformed(file, "cannot read the CSV: " + e.getMessage(), e);
        }
    }

    private static RunTimeSeries table(Path file, List<String> header, List<double[]> rows) {
        double[] timesS = new double[rows.size()];
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int column = 1; column < header.size(); column++) {
            columns.put(header.get(column), new double[rows.size()]);
        }
        for (int row = 0; row < rows.size(); row++) {
            timesS[row] = rows.get(row)[0];
            for (int column = 1; column < header.size(); column++) {
                columns.get(header.get(column))[row] = rows.get(row)[column];
            }
        }
        try {
            return new RunTimeSeries(timesS, columns);
        } catch (IllegalArgumentException e) {
            throw RunFiles.malformed(file, e.getMessage(), e);
        }
    }
}
