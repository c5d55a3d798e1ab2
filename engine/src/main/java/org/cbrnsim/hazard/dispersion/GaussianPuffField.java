package org.cbrnsim.hazard.dispersion;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * A cloud made of many Gaussian puffs carried by a wind that may change from one time step to the
 * next: the form a simulation with changing weather uses. Each puff has a mass, a centre (x, y, z) and
 * the distance it has travelled; its spreads are functions of that travel distance d:
 * σx = σy = √(σy(d)² + σ0²) and σz = √(σz(d)² + σ0²) from the {@link PlumeSpread} given, with σ0 an initial
 * spread (source size). With the CCPS/Slade puff set ({@link CcpsPuffSpread}) the puffs are the classic
 * instantaneous puffs (CCPS 1999); with a plume set (e.g. ALOHA's Table 13) a steady stream of puffs
 * adds up to that set's steady plume, which keeps a simulation consistent with the threat zones.
 *
 * <p>Concentration of one puff of mass M (Slade 1968; CCPS 1999, Gaussian puff with ground reflection):
 * C = M · exp(−r²/2σy²)/(2π σy²) · g<sub>z</sub>, r the horizontal distance to the centre and g<sub>z</sub>
 * the vertical factor with ground and inversion-lid images of {@link GaussianPlume}. Puffs whose centre is
 * more than {@value #CUTOFF_SIGMAS} σy away horizontally are skipped (their horizontal factor is below
 * e<sup>−8</sup> ≈ 3.4×10⁻⁴ of the centre value). A puff with zero spread (no travel and σ0 = 0) adds nothing.
 *
 * <p>When the weather changes (another stability class or roughness, hence other σ curves) the puffs keep
 * the spreads they have and grow on along the new curves: {@link #changeConditions} gives each puff the
 * virtual travel distances at which the new curves yield its present σy and σz, separately (the virtual
 * source method of puff models: Petersen &amp; Lavdas 1986, INPUFF 2.0, EPA/600/8-86/024; Scire et al.
 * 2000, CALPUFF user's guide §2.3).
 *
 * <p>Puffs are held in primitive arrays (one per attribute) so that sums over many puffs stay fast.
 * The class is not thread-safe: one field belongs to one simulation.
 */
public final class GaussianPuffField {

    /** Horizontal cut-off radius in σy beyond which a puff is not summed. */
    public static final double CUTOFF_SIGMAS = 4.0;

    private static final int INITIAL_CAPACITY = 64;

    /** Virtual travel distances are searched up to this distance (m); beyond it a capped σ curve stays capped. */
    private static final double MAX_VIRTUAL_TRAVEL_M = 1.0e7;

    private PlumeSpread spread;
    private final double initialSigmaM;
    private double lidHeightM;
    /** Distance (m) the puffs moved in the last {@link #advance} step; the midpoint of deposition. */
    private double lastStepM;
    private double ceilingKgPerM3 = Double.POSITIVE_INFINITY;

    private int count;
    private double[] massesKg = new double[INITIAL_CAPACITY];
    private double[] centresXM = new double[INITIAL_CAPACITY];
    private double[] centresYM = new double[INITIAL_CAPACITY];
    private double[] heightsM = new double[INITIAL_CAPACITY];
    private double[] travelsM = new double[INITIAL_CAPACITY];
    private double[] virtualTravelsYM = new double[INITIAL_CAPACITY];
    private double[] virtualTravelsZM = new double[INITIAL_CAPACITY];
    private double[] sigmasHM = new double[INITIAL_CAPACITY];
    private double[] sigmasZM = new double[INITIAL_CAPACITY];

    /**
     * @param spread        σy(d), σz(d) as functions of travel distance d
     * @param initialSigmaM initial spread σ0 (m), ≥ 0, added in quadrature
     * @param lidHeightM    inversion-lid height (m), or {@code Double.POSITIVE_INFINITY} for none
     */
    public GaussianPuffField(PlumeSpread spread, double initialSigmaM, double lidHeightM) {
        if (spread == null) {
            throw new IllegalArgumentException("a puff field needs a spread σy(d), σz(d), got none");
        }
        if (!(initialSigmaM >= 0) || Double.isInfinite(initialSigmaM)) {
            throw new IllegalArgumentException("initial puff spread must be a finite value >= 0 m, got " + initialSigmaM);
        }
        if (!(lidHeightM > 0)) {
            throw new IllegalArgumentException("inversion lid must be > 0 m (or infinite for none), got " + lidHeightM);
        }
        this.spread = spread;
        this.initialSigmaM = initialSigmaM;
        this.lidHeightM = lidHeightM;
    }

    /** A field without initial spread and without inversion lid. */
    public GaussianPuffField(PlumeSpread spread) {
        this(spread, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * Adds one puff.
     *
     * @param massKg  mass (kg), ≥ 0
     * @param xM      centre, east or downwind (m)
     * @param yM      centre, north or crosswind (m)
     * @param zM      centre height (m), ≥ 0 and below the lid
     * @param travelM distance already travelled (m), ≥ 0
     */
    public void addPuff(double massKg, double xM, double yM, double zM, double travelM) {
        if (!(massKg >= 0) || Double.isInfinite(massKg)) {
            throw new IllegalArgumentException("puff mass must be a finite value >= 0 kg, got " + massKg);
        }
        if (!Double.isFinite(xM) || !Double.isFinite(yM)) {
            throw new IllegalArgumentException("puff centre must be finite, got (" + xM + ", " + yM + ") m");
        }
        if (!(zM >= 0) || !(zM < lidHeightM)) {
            throw new IllegalArgumentException("puff height must lie between the ground and the lid ("
                    + lidHeightM + " m), got " + zM + " m");
        }
        if (!(travelM >= 0) || Double.isInfinite(travelM)) {
            throw new IllegalArgumentException("puff travel distance must be a finite value >= 0 m, got " + travelM);
        }
        if (count == massesKg.length) {
            grow();
        }
        massesKg[count] = massKg;
        centresXM[count] = xM;
        centresYM[count] = yM;
        heightsM[count] = zM;
        travelsM[count] = travelM;
        virtualTravelsYM[count] = travelM;
        virtualTravelsZM[count] = travelM;
        updateSpread(count);
        count++;
    }

    /**
     * Adds one puff that had the spreads σx = σy = {@code sigmaHM} and σz = {@code sigmaZM} when it had travelled
     * {@code grownM} less than now (a cloud handed over from another model, e.g. a dense-gas cloud turning
     * passive): its virtual travel distances are those at which the curves give these spreads (as
     * {@link #changeConditions} finds them), plus {@code grownM}, along which it has grown since.
     *
     * @param travelM distance actually travelled (m), ≥ 0, for {@link #removeBeyond}
     * @param sigmaHM horizontal spread (m), &gt; 0
     * @param sigmaZM vertical spread (m), &gt; 0
     * @param grownM  distance travelled since the puff had those spreads (m), ≥ 0; with 0 the spreads are
     *                exactly the ones given until the next {@link #advance}
     */
    public void addPuffWithSpread(double massKg, double xM, double yM, double zM, double travelM,
                                  double sigmaHM, double sigmaZM, double grownM) {
        if (!(sigmaHM > 0) || !(sigmaZM > 0) || Double.isInfinite(sigmaHM) || Double.isInfinite(sigmaZM)) {
            throw new IllegalArgumentException("puff spreads must be finite and > 0 m, got σh " + sigmaHM + ", σz " + sigmaZM);
        }
        if (!(grownM >= 0) || Double.isInfinite(grownM)) {
            throw new IllegalArgumentException("growth distance must be a finite value >= 0 m, got " + grownM);
        }
        addPuff(massKg, xM, yM, zM, travelM);
        int i = count - 1;
        virtualTravelsYM[i] = virtualTravel(spread::sigmaYM, spreadPart(sigmaHM)) + grownM;
        virtualTravelsZM[i] = virtualTravel(spread::sigmaZM, spreadPart(sigmaZM)) + grownM;
        if (grownM > 0) {
            updateSpread(i);
        } else {
            sigmasHM[i] = sigmaHM;
            sigmasZM[i] = sigmaZM;
        }
    }

    /** Drops the puffs from index {@code size} on (the last ones added), keeping the first {@code size}. */
    public void truncate(int size) {
        if (size < 0 || size > count) {
            throw new IllegalArgumentException("can keep 0.." + count + " puffs, got " + size);
        }
        count = size;
    }

    /**
     * Releases {@code massKg} from a source during the time step just ended, as {@code puffCount} puffs of
     * equal mass emitted at the middles of equal sub-intervals, each placed where the wind (u, v) has carried
     * it by the end of the step. Call after {@link #advance} for the same step. The new puffs are the last
     * {@code puffCount} of the field, in the order of the returned ages.
     *
     * @return the age (s) of each new puff at the end of the step, from its emission
     */
    public double[] emit(double massKg, double dtS, int puffCount, double sourceXM, double sourceYM, double sourceZM,
                         double windUMps, double windVMps) {
        if (puffCount < 1) {
            throw new IllegalArgumentException("need at least one puff per release, got " + puffCount);
        }
        requireStep(dtS, windUMps, windVMps);
        double speedMps = Math.hypot(windUMps, windVMps);
        double[] agesS = new double[puffCount];
        for (int k = 0; k < puffCount; k++) {
            double ageS = (puffCount - k - 0.5) / puffCount * dtS;
            agesS[k] = ageS;
            addPuff(massKg / puffCount, sourceXM + windUMps * ageS, sourceYM + windVMps * ageS, sourceZM,
                    speedMps * ageS);
        }
        return agesS;
    }

    /** Moves every puff with the uniform wind (u, v) (m/s) for {@code dtS} seconds and lets it grow. */
    public void advance(double dtS, double windUMps, double windVMps) {
        requireStep(dtS, windUMps, windVMps);
        double stepM = Math.hypot(windUMps, windVMps) * dtS;
        lastStepM = stepM;
        for (int i = 0; i < count; i++) {
            centresXM[i] += windUMps * dtS;
            centresYM[i] += windVMps * dtS;
            travelsM[i] += stepM;
            virtualTravelsYM[i] += stepM;
            virtualTravelsZM[i] += stepM;
            updateSpread(i);
        }
    }

    /**
     * New weather: from now on the puffs grow along {@code newSpread} under a lid at {@code newLidHeightM}
     * (+∞ for none). Each puff keeps its present σy and σz; its virtual travel distances along the new
     * curves are found by root finding (the curves increase with distance).
     */
    public void changeConditions(PlumeSpread newSpread, double newLidHeightM) {
        if (newSpread == null) {
            throw new IllegalArgumentException("a puff field needs a spread σy(d), σz(d), got none");
        }
        for (int i = 0; i < count; i++) {
            if (!(heightsM[i] < newLidHeightM)) {
                throw new IllegalArgumentException("inversion lid at " + newLidHeightM + " m lies below a puff at "
                        + heightsM[i] + " m");
            }
        }
        for (int i = 0; i < count; i++) {
            virtualTravelsYM[i] = virtualTravel(newSpread::sigmaYM, spreadPart(sigmasHM[i]));
            virtualTravelsZM[i] = virtualTravel(newSpread::sigmaZM, spreadPart(sigmasZM[i]));
        }
        this.spread = newSpread;
        this.lidHeightM = newLidHeightM;
        for (int i = 0; i < count; i++) {
            updateSpread(i);
        }
    }

    private double spreadPart(double sigmaM) {
        return Math.sqrt(Math.max(0, sigmaM * sigmaM - initialSigmaM * initialSigmaM));
    }

    /**
     * Travel distance (m) at which the increasing curve {@code sigma} reaches {@code targetM}: 0 for a target
     * ≤ 0, {@value #MAX_VIRTUAL_TRAVEL_M} m when a capped curve never reaches it.
     */
    static double virtualTravel(DoubleUnaryOperator sigma, double targetM) {
        if (targetM <= 0) {
            return 0;
        }
        double hi = 1.0;
        while (sigma.applyAsDouble(hi) < targetM) {
            hi *= 2;
            if (hi > MAX_VIRTUAL_TRAVEL_M) {
                return MAX_VIRTUAL_TRAVEL_M;
            }
        }
        double lo = hi / 2 < 1.0 ? 0 : hi / 2;
        return new BrentSolver(1e-6 * targetM)
                .solve(200, d -> (d <= 0 ? 0 : sigma.applyAsDouble(d)) - targetM, lo, hi);
    }

    /**
     * Dry deposition for {@code dtS} seconds at deposition velocity {@code vdMps}: each puff loses mass at the
     * rate of the flux vd·C(x, y, 0) integrated over the ground, which for a Gaussian puff is
     * dM/dt = −vd·M·g<sub>z</sub>(0), g<sub>z</sub>(0) the vertical factor at the ground (1/m). Without a lid
     * g<sub>z</sub>(0) = √(2/π)/σz·exp(−h²/2σz²): the source-depletion model of Chamberlain (1953, AERE HP/R 1261),
     * compared with surface depletion by Horst (1977, Atmos. Environ. 11:41), and the way puff codes such as
     * CALPUFF deplete a puff's mass (Scire et al. 2000, user's guide, dry deposition [K]); under a lid and
     * once σz ≥ 2 h<sub>i</sub> it is the well-mixed 1/h<sub>i</sub>, the first-order loss vd/H of
     * casualty-mechanisms.md §1.3. The step is integrated by the midpoint rule, with σz of the travel halfway
     * through the last {@link #advance} step held fixed, M ← M·exp(−vd·g<sub>z</sub>(0)·Δt); call it after
     * {@link #advance} for the same step (with no step advanced yet, σz is the present one).
     *
     * @return the mass deposited to the ground in the step (kg)
     */
    public double depositDry(double vdMps, double dtS) {
        requireRate("deposition velocity", vdMps, dtS);
        double lostKg = 0;
        for (int i = 0; i < count; i++) {
            lostKg += depositDryFromPuff(i, vdMps, dtS, Math.max(0, virtualTravelsZM[i] - lastStepM / 2));
        }
        return lostKg;
    }

    /**
     * {@link #depositDry} for puff {@code index}, just emitted, over its age {@code ageS}, with σz of half its
     * travel since emission (the midpoint rule again).
     *
     * @return the mass it deposited (kg)
     */
    public double depositDrySinceEmission(int index, double vdMps, double ageS) {
        requireRate("deposition velocity", vdMps, ageS);
        int i = checkIndex(index);
        return depositDryFromPuff(i, vdMps, ageS, virtualTravelsZM[i] / 2);
    }

    private double depositDryFromPuff(int i, double vdMps, double dtS, double virtualTravelZM) {
        double sigmaZM = sigmaZAtM(virtualTravelZM);
        if (sigmaZM == 0 || massesKg[i] == 0) {
            return 0;
        }
        double groundFactorPerM = VerticalReflection.term(0, heightsM[i], sigmaZM, lidHeightM);
        return shrink(i, vdMps * groundFactorPerM * dtS);
    }

    /**
     * First-order loss of every puff at {@code ratePerS} for {@code dtS} seconds, M ← M·e<sup>−Λ·Δt</sup> (wet
     * scavenging, chemical decay).
     *
     * @return the mass removed in the step (kg)
     */
    public double decay(double ratePerS, double dtS) {
        requireRate("loss rate", ratePerS, dtS);
        double lostKg = 0;
        for (int i = 0; i < count; i++) {
            lostKg += shrink(i, ratePerS * dtS);
        }
        return lostKg;
    }

    /** {@link #decay} of puff {@code index} alone; returns the mass it lost (kg). */
    public double decay(int index, double ratePerS, double dtS) {
        requireRate("loss rate", ratePerS, dtS);
        return shrink(checkIndex(index), ratePerS * dtS);
    }

    /** Multiplies the mass of puff i by e^−exponent; returns the mass lost (kg). */
    private double shrink(int i, double exponent) {
        double before = massesKg[i];
        massesKg[i] = before * Math.exp(-exponent);
        return before - massesKg[i];
    }

    private static void requireRate(String what, double rate, double dtS) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(what + " must be a finite value >= 0, got " + rate);
        }
        if (!(dtS >= 0) || Double.isInfinite(dtS)) {
            throw new IllegalArgumentException("time step must be a finite value >= 0 s, got " + dtS);
        }
    }

    /** Drops the puffs that have travelled farther than {@code maxTravelM}; returns how many were dropped. */
    public int removeBeyond(double maxTravelM) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (travelsM[i] <= maxTravelM) {
                copy(i, kept++);
            }
        }
        int removed = count - kept;
        count = kept;
        return removed;
    }

    /**
     * No concentration this field reports exceeds {@code ceilingKgPerM3} (kg/m³), &gt; 0: the pure vapour of the
     * released substance, which point-like puffs near their source would otherwise exceed. +∞ (the default) for none.
     */
    public void setCeilingKgPerM3(double ceilingKgPerM3) {
        if (!(ceilingKgPerM3 > 0)) {
            throw new IllegalArgumentException("concentration ceiling must be > 0 kg/m³, got " + ceilingKgPerM3);
        }
        this.ceilingKgPerM3 = ceilingKgPerM3;
    }

    /** Concentration (kg/m³) at a point. */
    public double concentrationAt(double xM, double yM, double zM) {
        double[] out = new double[1];
        concentrationsAt(new double[] {xM}, new double[] {yM}, zM, out);
        return out[0];
    }

    /**
     * Concentrations (kg/m³) at many points at one height, written into {@code out}, each at most the ceiling.
     *
     * @param xs receptor x (m)
     * @param ys receptor y (m), same length as xs
     * @param zM receptor height (m), ≥ 0
     * @param out results, same length as xs
     */
    public void concentrationsAt(double[] xs, double[] ys, double zM, double[] out) {
        if (xs.length != ys.length || xs.length != out.length) {
            throw new IllegalArgumentException("receptor arrays must have equal lengths, got "
                    + xs.length + ", " + ys.length + ", " + out.length);
        }
        if (!(zM >= 0)) {
            throw new IllegalArgumentException("receptor height must be >= 0 m, got " + zM);
        }
        Arrays.fill(out, 0.0);
        for (int i = 0; i < count; i++) {
            double sh = sigmasHM[i];
            if (sh == 0 || massesKg[i] == 0) {
                continue;
            }
            double cutoffSq = CUTOFF_SIGMAS * CUTOFF_SIGMAS * sh * sh;
            double factor = massesKg[i] / (2 * Math.PI * sh * sh) * VerticalReflection.term(zM, heightsM[i], sigmasZM[i], lidHeightM);
            for (int r = 0; r < xs.length; r++) {
                double dx = xs[r] - centresXM[i];
                double dy = ys[r] - centresYM[i];
                double distSq = dx * dx + dy * dy;
                if (distSq <= cutoffSq) {
                    out[r] += factor * Math.exp(-distSq / (2 * sh * sh));
                }
            }
        }
        for (int r = 0; r < out.length; r++) {
            out[r] = Math.min(out[r], ceilingKgPerM3);
        }
    }

    /** Number of puffs. */
    public int size() {
        return count;
    }

    /** Total airborne mass of all puffs (kg). */
    public double totalMassKg() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += massesKg[i];
        }
        return sum;
    }

    /** Mass (kg) of puff {@code index} (0 ≤ index &lt; size()). */
    public double massKg(int index) {
        return massesKg[checkIndex(index)];
    }

    /** Centre x (m) of puff {@code index}. */
    public double centreXM(int index) {
        return centresXM[checkIndex(index)];
    }

    /** Centre y (m) of puff {@code index}. */
    public double centreYM(int index) {
        return centresYM[checkIndex(index)];
    }

    /** Greatest ground-level concentration (kg/m³) of puff {@code index} alone, at its centre. */
    public double groundPeakKgPerM3(int index) {
        double sh = sigmasHM[checkIndex(index)];
        return sh == 0 ? 0 : massesKg[index] / (2 * Math.PI * sh * sh)
                * VerticalReflection.term(0, heightsM[index], sigmasZM[index], lidHeightM);
    }

    /** Horizontal spread σx = σy (m) of puff {@code index} (0 ≤ index &lt; size()). */
    public double sigmaHorizontalM(int index) {
        return sigmasHM[checkIndex(index)];
    }

    /** Vertical spread σz (m) of puff {@code index}. */
    public double sigmaVerticalM(int index) {
        return sigmasZM[checkIndex(index)];
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("puff index must be in 0.." + (count - 1) + ", got " + index);
        }
        return index;
    }

    private void updateSpread(int i) {
        double dy = virtualTravelsYM[i];
        double dz = virtualTravelsZM[i];
        double sy = dy > 0 ? spread.sigmaYM(dy) : 0;
        sigmasHM[i] = Math.hypot(sy, initialSigmaM);
        sigmasZM[i] = sigmaZAtM(dz);
    }

    /** σz (m) after {@code virtualTravelZM} of virtual travel along the present curves. */
    private double sigmaZAtM(double virtualTravelZM) {
        double sz = virtualTravelZM > 0 ? spread.sigmaZM(virtualTravelZM) : 0;
        return Math.hypot(sz, initialSigmaM);
    }

    private void copy(int from, int to) {
        massesKg[to] = massesKg[from];
        centresXM[to] = centresXM[from];
        centresYM[to] = centresYM[from];
        heightsM[to] = heightsM[from];
        travelsM[to] = travelsM[from];
        virtualTravelsYM[to] = virtualTravelsYM[from];
        virtualTravelsZM[to] = virtualTravelsZM[from];
        sigmasHM[to] = sigmasHM[from];
        sigmasZM[to] = sigmasZM[from];
    }

    private void grow() {
        int capacity = 2 * massesKg.length;
        massesKg = Arrays.copyOf(massesKg, capacity);
        centresXM = Arrays.copyOf(centresXM, capacity);
        centresYM = Arrays.copyOf(centresYM, capacity);
        heightsM = Arrays.copyOf(heightsM, capacity);
        travelsM = Arrays.copyOf(travelsM, capacity);
        virtualTravelsYM = Arrays.copyOf(virtualTravelsYM, capacity);
        virtualTravelsZM = Arrays.copyOf(virtualTravelsZM, capacity);
        sigmasHM = Arrays.copyOf(sigmasHM, capacity);
        sigmasZM = Arrays.copyOf(sigmasZM, capacity);
    }

    private static void requireStep(double dtS, double windUMps, double windVMps) {
        if (!(dtS >= 0) || Double.isInfinite(dtS)) {
            throw new IllegalArgumentException("time step must be a finite value >= 0 s, got " + dtS);
        }
        if (!Double.isFinite(windUMps) || !Double.isFinite(windVMps)) {
            throw new IllegalArgumentException("wind components must be finite, got (" + windUMps + ", " + windVMps + ") m/s");
        }
    }
}
