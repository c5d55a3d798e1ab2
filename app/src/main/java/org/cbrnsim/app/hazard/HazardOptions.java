package org.cbrnsim.app.hazard;

import org.cbrnsim.app.cli.OptionCheck;
import org.cbrnsim.app.cli.QuantityConverter;
import org.cbrnsim.app.cli.QuantityList;
import org.cbrnsim.app.cli.WeatherOptions;
import org.cbrnsim.hazard.DispersionModelChoice;
import org.cbrnsim.hazard.HazardAssessment;
import org.cbrnsim.hazard.ReleaseConditions;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.units.IdealGas;
import org.cbrnsim.hazard.source.ReleaseSource;
import org.cbrnsim.hazard.source.ReleaseSources;
import org.cbrnsim.hazard.substance.LevelsOfConcern;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.cbrnsim.hazard.zones.LevelOfConcern;
import org.cbrnsim.units.Dimension;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The options that describe a release for the hazard commands (substance, source, height, weather,
 * model, levels of concern) and their assembly into a {@link HazardAssessment}.
 */
final class HazardOptions {

    private static final double KG_PER_G = 1e-3;

    static final class Chemical {
        @Option(names = "--chemical", paramLabel = "NAME", required = true,
                description = "Substance from the library, e.g. chlorine, ammonia, sarin.")
        String name;

        @Option(names = "--molecular-weight", paramLabel = "G_PER_MOL", required = true,
                description = "Molecular weight in g/mol, for a gas not in the library (then --loc is needed).")
        Double molecularWeightGPerMol;
    }

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Substance (one of):%n")
    Chemical chemical;

    @Option(names = "--rate", paramLabel = "RATE", converter = QuantityConverter.MassRate.class,
            description = "Release rate into the air, e.g. 2kg/s (with --duration).")
    Double rateKgPerS;

    @Option(names = "--duration", paramLabel = "TIME", converter = QuantityConverter.Duration.class,
            description = "Release duration, e.g. 10min (with --rate, or with --mass to spread it evenly).")
    Double durationS;

    @Option(names = "--mass", paramLabel = "MASS", converter = QuantityConverter.Mass.class,
            description = "Released mass, e.g. 9t: alone an instantaneous release, with --duration spread evenly over it.")
    Double massKg;

    @Option(names = "--height", paramLabel = "HEIGHT", defaultValue = "0m", converter = QuantityConverter.Length.class,
            description = "Release height above ground (default: ${DEFAULT-VALUE}).")
    double releaseHeightM;

    @Mixin
    WeatherOptions weather;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "auto",
            description = "Dispersion model: gaussian, heavy, or auto (by Richardson number, as ALOHA) (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--sigma", paramLabel = "SET", defaultValue = "aloha",
            description = "Passive dispersion coefficients: aloha (Briggs, ALOHA Table 13), briggs-rural, briggs-urban, "
                    + "pasquill-gifford (default: ${DEFAULT-VALUE}).")
    String sigmaSet;

    @Option(names = "--loc", paramLabel = "LEVELS",
            description = "Up to three levels of concern, worst first, e.g. 20,2,0.5ppm or 0.13,0.035mg/m3 "
                    + "(default: the substance's 60-min AEGL-3/2/1, else ERPG, else PAC).")
    String levels;

    /** Everything the two hazard commands need, checked and assembled. */
    record Setup(Optional<Substance> substance, double molarMassKgPerMol, HazardAssessment assessment,
                 List<LabelledLevel> levels, String stabilityOrigin) {

        String substanceLabel() {
            return substance.map(Substance::name).orElse("gas of molecular weight "
                    + String.format(java.util.Locale.ROOT, "%.2f g/mol", molarMassKgPerMol / KG_PER_G));
        }
    }

    Setup setup() {
        Optional<Substance> substance = Optional.ofNullable(chemical.name)
                .map(name -> OptionCheck.named("--chemical", () -> SubstanceLibrary.bundled().require(name)));
        double molarMass = substance.map(Substance::molarMassKgPerMol).orElseGet(this::givenMolarMass);
        ReleaseSource source = source(molarMass);
        if (!(releaseHeightM >= 0)) {
            throw new IllegalArgumentException("--height: expected a release height >= 0 m, got " + releaseHeightM + " m");
        }
        if (!SigmaSets.NAMES.contains(sigmaSet)) {
            throw new IllegalArgumentException("--sigma: expected one of " + String.join(", ", SigmaSets.NAMES)
                    + ", got \"" + sigmaSet + "\"");
        }
        DispersionModelChoice choice;
        try {
            choice = DispersionModelChoice.parse(model);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--model: " + e.getMessage());
        }
        Atmosphere atmosphere = weather.toAtmosphere();
        HazardAssessment assessment = new HazardAssessment(
                new ReleaseConditions(source, releaseHeightM, atmosphere, sigmaSet, choice));
        return new Setup(substance, molarMass, assessment, levels(substance, molarMass, atmosphere),
                weather.stabilityOrigin());
    }

    private ReleaseSource source(double molarMass) {
        if (rateKgPerS != null) {
            OptionCheck.positive("--rate", rateKgPerS, "a release rate", "kg/s");
        }
        if (massKg != null) {
            OptionCheck.positive("--mass", massKg, "a released mass", "kg");
        }
        if (durationS != null) {
            OptionCheck.positive("--duration", durationS, "a release duration", "s");
        }
        boolean valid = rateKgPerS != null ? durationS != null && massKg == null : massKg != null;
        if (!valid) {
            throw new IllegalArgumentException((rateKgPerS != null && massKg != null ? "--mass" : rateKgPerS != null
                    ? "--duration" : "--rate") + ": expected --rate with --duration, or --mass (alone for an "
                    + "instantaneous release, or with --duration to spread it evenly)");
        }
        return ReleaseSources.direct(rateKgPerS, massKg, durationS, molarMass);
    }

    private double givenMolarMass() {
        double grams = chemical.molecularWeightGPerMol;
        if (!(grams > 0) || Double.isInfinite(grams)) {
            throw new IllegalArgumentException("--molecular-weight: expected a molecular weight > 0 g/mol, got " + grams);
        }
        return grams * KG_PER_G;
    }

    private List<LabelledLevel> levels(Optional<Substance> substance, double molarMass, Atmosphere air) {
        if (levels != null) {
            return givenLevels(molarMass, air);
        }
        if (substance.isEmpty()) {
            throw new IllegalArgumentException("--loc: missing; with --molecular-weight there are no AEGLs to default to, "
                    + "give up to three levels such as 20,2,0.5ppm");
        }
        LevelsOfConcern defaults = substance.get().guidelines()
                .defaultLevelsOfConcernPpm(molarMass, air.temperatureK())
                .orElseThrow(() -> new IllegalArgumentException("--loc: " + substance.get().name()
                        + " has no AEGL, ERPG or PAC values; give levels such as 20,2,0.5ppm"));
        List<LabelledLevel> result = new ArrayList<>();
        List<OptionalDouble> tiers = List.of(defaults.tier3Ppm(), defaults.tier2Ppm(), defaults.tier1Ppm());
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).isPresent()) {
                result.add(new LabelledLevel(defaults.system() + "-" + (3 - i) + " (60 min)", LabelledLevel.COLOURS[i],
                        LevelOfConcern.fromPpm(tiers.get(i).getAsDouble(), molarMass, air.temperatureK(), air.pressurePa())));
            }
        }
        return result;
    }

    private List<LabelledLevel> givenLevels(double molarMass, Atmosphere air) {
        boolean massBased = levels.strip().matches(".*[gG]\\s*/\\s*[mM].*");
        List<Double> values = QuantityList.parse("--loc", levels,
                massBased ? Dimension.MASS_CONCENTRATION : Dimension.VOLUME_FRACTION);
        if (values.size() > 3) {
            throw new IllegalArgumentException("--loc: expected at most three levels of concern, got " + values.size());
        }
        List<LabelledLevel> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (!(v > 0)) {
                throw new IllegalArgumentException("--loc: levels of concern must be > 0, got \"" + levels + "\"");
            }
            double ppm = massBased ? IdealGas.kgPerM3ToPpm(v, molarMass, air.temperatureK(), air.pressurePa()) : v * 1e6;
            result.add(new LabelledLevel("LOC " + (i + 1), LabelledLevel.COLOURS[i],
                    LevelOfConcern.fromPpm(ppm, molarMass, air.temperatureK(), air.pressurePa())));
        }
        return result;
    }
}
