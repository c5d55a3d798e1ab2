package org.cbrnsim.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.cbrnsim.geo.Countries;
import org.cbrnsim.geo.Country;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.record.BorderCrossedByCloud;
import org.cbrnsim.record.SimEvent;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Notices the cloud entering a country: the first step at which the present ground concentration of the
 * whole cloud (every hazard's puffs) is at or above the crossing level at some evaluated point of a country
 * the cloud has not yet been in. The points are the ones the run evaluates anyway in that step — the raster
 * cell centres of the maps and the positions where residents breathe — so the crossing comes from the same
 * field at the same step as the residents' exposure, and no resident of a country can be above the lowest
 * guideline level before the cloud is recorded there.
 *
 * <p>Which country a point is in is cached per square of {@code cellM} (the raster's cells): a square lying
 * wholly inside one country (and touching no other) is that country's; only squares on a border or coast
 * test the point itself ({@link Countries#countryAt}).
 */
final class CloudBorderWatch {

    private static final byte UNKNOWN = -2;
    private static final byte MIXED = -1;
    private static final byte NONE = Byte.MAX_VALUE;

    private final Countries countries;
    private final List<PreparedGeometry> areas = new ArrayList<>();
    private final GeometryFactory geometry = new GeometryFactory();
    private final double minXM;
    private final double minYM;
    private final double cellM;
    private final int columns;
    private final int rows;
    private final byte[] countryOfSquare;
    private final Set<String> reached;
    private final String hazards;
    private final String from;
    private final String tier;
    private final Consumer<SimEvent> events;

    /**
     * @param countries     the scenario's countries
     * @param extent        the area whose squares are cached (local metres); points outside are tested directly
     * @param cellM         side of the cached squares (m)
     * @param sourceCountries the countries of the releases: the cloud is there from the start ("outside" when none)
     * @param hazardIds     the hazards whose puffs make the cloud
     * @param tier          the name of the crossing level, e.g. "AEGL-1"
     * @param events        where the crossings are recorded
     */
    CloudBorderWatch(Countries countries, Envelope extent, double cellM, List<String> sourceCountries,
                     List<String> hazardIds, String tier, Consumer<SimEvent> events) {
        this.countries = countries;
        for (Country c : countries.all()) {
            areas.add(PreparedGeometryFactory.prepare(c.area()));
        }
        this.minXM = extent.getMinX();
        this.minYM = extent.getMinY();
        this.cellM = cellM;
        this.columns = (int) Math.ceil(extent.getWidth() / cellM);
        this.rows = (int) Math.ceil(extent.getHeight() / cellM);
        this.countryOfSquare = new byte[Math.multiplyExact(columns, rows)];
        Arrays.fill(countryOfSquare, UNKNOWN);
        if (countries.all().size() >= NONE) {
            throw new IllegalArgumentException("at most " + (NONE - 1) + " countries, got " + countries.all().size());
        }
        this.reached = new LinkedHashSet<>(sourceCountries);
        this.from = sourceCountries.isEmpty() ? "outside" : String.join("+", new LinkedHashSet<>(sourceCountries));
        this.hazards = String.join("+", hazardIds);
        this.tier = tier;
        this.events = events;
    }

    /** Whether the cloud has been in every country, so no crossing is left to notice. */
    boolean everywhere() {
        return reached.size() == areas.size();
    }

    /** The cloud is at or above the crossing level at (x, y) at {@code tS}: records a crossing into a new country. */
    void cloudAt(double tS, double xM, double yM) {
        if (everywhere()) {
            return;
        }
        int country = countryAt(xM, yM);
        if (country >= 0 && country != NONE) {
            String code = countries.all().get(country).code();
            if (reached.add(code)) {
                events.accept(new BorderCrossedByCloud(tS, hazards, from, code, tier));
            }
        }
    }

    private int countryAt(double xM, double yM) {
        int c = (int) Math.floor((xM - minXM) / cellM);
        int r = (int) Math.floor((yM - minYM) / cellM);
        if (c < 0 || r < 0 || c >= columns || r >= rows) {
            return exactCountryAt(xM, yM);
        }
        int square = r * columns + c;
        if (countryOfSquare[square] == UNKNOWN) {
            countryOfSquare[square] = classify(c, r);
        }
        byte known = countryOfSquare[square];
        return known == MIXED ? exactCountryAt(xM, yM) : known;
    }

    private byte classify(int c, int r) {
        double x0 = minXM + c * cellM;
        double y0 = minYM + r * cellM;
        Geometry square = geometry.toGeometry(new Envelope(x0, x0 + cellM, y0, y0 + cellM));
        int inside = -1;
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).intersects(square)) {
                if (inside >= 0 || !areas.get(i).covers(square)) {
                    return MIXED;
                }
                inside = i;
            }
        }
        return inside < 0 ? NONE : (byte) inside;
    }

    private int exactCountryAt(double xM, double yM) {
        return countries.countryAt(new LocalPoint(xM, yM)).map(c -> countries.all().indexOf(c)).orElse((int) NONE);
    }
}
