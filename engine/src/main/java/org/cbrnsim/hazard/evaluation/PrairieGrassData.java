package org.cbrnsim.hazard.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The Project Prairie Grass field data (Barad 1958, AFCRL-TR-58-235) in the digitisation published
 * with Bijloos (2022): arc maxima from PGARCS.txt and per-run meteorology from modelParamList.txt.
 * The folder layout and the file formats are described in the README.md next to the files.
 *
 * <p>PGARCS.txt is a sequence of blocks, one per run and arc: a line
 * {@code run, arc#, 'date', 'time', arc distance}, a line of 11 comma-separated fields (the first
 * is the number of samplers, the 8th the SO2 release rate in g/s, the 9th and 10th the source and
 * sampler heights in m), then one line per sampler: azimuth, sampler number, distance,
 * concentration in mg/m³, where −9 means missing and 0 below detection. An arc whose samplers are
 * all missing has no maximum and is left out.
 */
public final class PrairieGrassData {

    /** File of the arc concentrations. */
    public static final String ARCS_FILE = "PGARCS.txt";
    /** File of the per-run meteorology. */
    public static final String METEOROLOGY_FILE = "modelParamList.txt";
    /** Height of the mean wind speed in modelParamList.txt (m), per the data README. */
    public static final double WIND_HEIGHT_M = 2.0;
    /**
     * Smallest non-zero concentration reported in PGARCS.txt, 0.005 mg/m³, in kg/m³: the
     * resolution of the reported values, used as the floor before taking logarithms.
     */
    public static final double REPORTING_RESOLUTION_KG_PER_M3 = 0.005e-6;

    private static final double MISSING = -9.0;
    private static final double MIXING_HEIGHT_NOT_GIVEN = -999.0;
    private static final int ARC_SECOND_LINE_FIELDS = 11;
    private static final int METEOROLOGY_FIELDS = 10;
    private static final CSVFormat COMMA_LINE = CSVFormat.DEFAULT.builder()
            .setQuote('\'').setIgnoreSurroundingSpaces(true).build();
    private static final CSVFormat TAB_SEPARATED = CSVFormat.TDF.builder()
            .setIgnoreEmptyLines(true).build();

    private final List<ArcObservation> arcs;
    private final Map<Integer, RunMeteorology> meteorology;

    /** Data already read, for example from other copies of the files. */
    public PrairieGrassData(List<ArcObservation> arcs, Map<Integer, RunMeteorology> meteorology) {
        this.arcs = List.copyOf(arcs);
        this.meteorology = Collections.unmodifiableMap(new TreeMap<>(meteorology));
    }

    /**
     * Reads {@value #ARCS_FILE} and {@value #METEOROLOGY_FILE} from a folder.
     *
     * @throws IllegalArgumentException when the folder or a file is missing, or a file is malformed
     *                                  (the message names the file and line)
     * @throws UncheckedIOException     when a file cannot be read
     */
    public static PrairieGrassData read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Prairie Grass data folder not found: " + folder
                    + " (expected a folder holding " + ARCS_FILE + " and " + METEOROLOGY_FILE + ")");
        }
        try (Reader arcsIn = open(folder.resolve(ARCS_FILE));
             Reader meteorologyIn = open(folder.resolve(METEOROLOGY_FILE))) {
            return new PrairieGrassData(parseArcs(arcsIn, ARCS_FILE), parseMeteorology(meteorologyIn, METEOROLOGY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Prairie Grass data in " + folder, e);
        }
    }

    /** All arc maxima, in file order. */
    public List<ArcObservation> arcs() {
        return arcs;
    }

    /** Meteorology by run number. */
    public Map<Integer, RunMeteorology> meteorology() {
        return meteorology;
    }

    /** The arc maxima of the runs that have meteorology, in file order. */
    public List<ArcObservation> arcsWithMeteorology() {
        return arcs.stream().filter(a -> meteorology.containsKey(a.run())).toList();
    }

    /** Parses the block format of PGARCS.txt; {@code sourceName} names the input in error messages. */
    static List<ArcObservation> parseArcs(Reader in, String sourceName) throws IOException {
        List<String> lines = new BufferedReader(in).lines().toList();
        List<ArcObservation> result = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            LineCursor at = new LineCursor(sourceName, lines, i);
            List<String> head = at.commaFields(5);
            int run = at.integer(head.get(0), "run number");
            double distanceM = at.number(head.get(4), "arc distance");
            at.next();
            List<String> second = at.commaFields(ARC_SECOND_LINE_FIELDS);
            int samplers = at.integer(second.get(0), "number of samplers");
            double rateGPerS = at.number(second.get(7), "release rate");
            double sourceHeightM = at.number(second.get(8), "source height");
            double samplerHeightM = at.number(second.get(9), "sampler height");
            double maxMgPerM3 = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < samplers; s++) {
                at.next();
                double c = at.samplerConcentration();
                maxMgPerM3 = Math.max(maxMgPerM3, c);
            }
            if (maxMgPerM3 >= 0) {
                result.add(new ArcObservation(run, distanceM, rateGPerS * 1e-3, sourceHeightM, samplerHeightM,
                        maxMgPerM3 * 1e-6));
            }
            i = at.index() + 1;
        }
        return result;
    }

    /** Parses the tab-separated modelParamList.txt; {@code sourceName} names the input in error messages. */
    static Map<Integer, RunMeteorology> parseMeteorology(Reader in, String sourceName) throws IOException {
        Map<Integer, RunMeteorology> result = new TreeMap<>();
        try (CSVParser parser = CSVParser.parse(in, TAB_SEPARATED)) {
            for (CSVRecord record : parser) {
                String where = sourceName + ":" + parser.getCurrentLineNumber();
                if (record.size() != METEOROLOGY_FIELDS) {
                    throw new IllegalArgumentException(where + ": expected " + METEOROLOGY_FIELDS
                            + " tab-separated fields (run, L, u*, hi, wd, σu, σv, σw, σθ, U), got " + record.size());
                }
                double[] v = new double[METEOROLOGY_FIELDS];
                for (int f = 0; f < METEOROLOGY_FIELDS; f++) {
                    v[f] = parseNumber(where, record.get(f).trim(), "field " + (f + 1));
                }
                int run = (int) v[0];
                if (run != v[0] || result.containsKey(run)) {
                    throw new IllegalArgumentException(where + ": expected a new integer run number, got " + record.get(0));
                }
                result.put(run, new RunMeteorology(run, v[1], v[2],
                        v[3] == MIXING_HEIGHT_NOT_GIVEN ? OptionalDouble.empty() : OptionalDouble.of(v[3]),
                        v[4], givenOrEmpty(v[5]), givenOrEmpty(v[6]), givenOrEmpty(v[7]), Math.toRadians(v[8]), v[9]));
            }
        }
        return result;
    }

    private static OptionalDouble givenOrEmpty(double sigma) {
        return sigma == 0 ? OptionalDouble.empty() : OptionalDouble.of(sigma);
    }

    private static double parseNumber(String where, String text, String what) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": expected a number for " + what + ", got \"" + text + "\"", e);
        }
    }

    private static Reader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Prairie Grass data file not found: " + file);
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** A position in a line-oriented file, producing errors that name the file and the 1-based line. */
    private static final class LineCursor {
        private final String sourceName;
        private final List<String> lines;
        private int index;

        LineCursor(String sourceName, List<String> lines, int index) {
            this.sourceName = sourceName;
            this.lines = lines;
            this.index = index;
        }

        int index() {
            return index;
        }

        void next() {
            index++;
            if (index >= lines.size()) {
                throw new IllegalArgumentException(sourceName + ":" + index + ": file ends inside a run/arc block");
            }
        }

        List<String> commaFields(int expected) throws IOException {
            List<String> fields;
            try (CSVParser parser = CSVParser.parse(lines.get(index), COMMA_LINE)) {
                fields = parser.getRecords().get(0).toList();
            }
            if (fields.size() != expected) {
                throw error("expected " + expected + " comma-separated fields, got " + fields.size());
            }
            return fields;
        }

        double samplerConcentration() {
            String[] fields = lines.get(index).trim().split("\\s+");
            if (fields.length != 4) {
                throw error("expected a sampler line 'azimuth number distance concentration', got " + fields.length
                        + " fields");
            }
            double c = number(fields[3], "concentration");
            if (c < 0 && c != MISSING) {
                throw error("expected a concentration >= 0 mg/m3 or -9 (missing), got " + fields[3]);
            }
            return c;
        }

        int integer(String text, String what) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw error("expected an integer " + what + ", got \"" + text + "\"");
            }
        }

        double number(String text, String what) {
            return parseNumber(sourceName + ":" + (index + 1), text, what);
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(sourceName + ":" + (index + 1) + ": " + message
                    + " in \"" + lines.get(index).strip() + "\"");
        }
    }
}
