package org.cbrnsim.hazard.substance;

import java.util.List;
import java.util.Map;

/**
 * The equation names of the data file (substances.md §0 forms E1–E10), their coefficient keys
 * and how to build the {@link CorrelationEquation} from them.
 */
enum EquationForm {
    ANTOINE("antoine", List.of("A", "B", "C"), List.of()) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new AntoineEquation(k.get("A"), k.get("B"), k.get("C"));
        }
    },
    DIPPR_101("dippr-101", List.of("C1", "C2", "C3", "C4", "C5"), List.of()) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new Dippr101Equation(k.get("C1"), k.get("C2"), k.get("C3"), k.get("C4"), k.get("C5"));
        }
    },
    DIPPR_105("dippr-105", List.of("C1", "C2", "C3", "C4"), List.of()) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new Dippr105Equation(k.get("C1"), k.get("C2"), k.get("C3"), k.get("C4"), molarMassKgPerMol);
        }
    },
    DIPPR_106("dippr-106", List.of("Tc", "C1", "C2", "C3", "C4"), List.of()) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new Dippr106Equation(k.get("Tc"), k.get("C1"), k.get("C2"), k.get("C3"), k.get("C4"),
                    molarMassKgPerMol);
        }
    },
    DIPPR_100("dippr-100", List.of("A"), List.of("B", "C", "D", "E")) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new Dippr100Equation(k.get("A"), k.get("B"), k.get("C"), k.get("D"), k.get("E"), molarMassKgPerMol);
        }
    },
    DIPPR_114("dippr-114", List.of("Tc", "A", "B", "C", "D"), List.of()) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new Dippr114Equation(k.get("Tc"), k.get("A"), k.get("B"), k.get("C"), k.get("D"), molarMassKgPerMol);
        }
    },
    WAGNER("wagner", List.of("Tc", "Pc", "A", "B", "C", "D"), List.of()) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new WagnerEquation(k.get("Tc"), k.get("Pc"), k.get("A"), k.get("B"), k.get("C"), k.get("D"));
        }
    },
    PPDS_12("ppds-12", List.of("Tc", "A", "B", "C", "D", "E"), List.of()) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new Ppds12Equation(k.get("Tc"), k.get("A"), k.get("B"), k.get("C"), k.get("D"), k.get("E"),
                    molarMassKgPerMol);
        }
    },
    PPDS_116("ppds-116", List.of("Tc", "rho_c", "A", "B", "C", "D"), List.of()) {
        @Override
        CorrelationEquation create(Map<String, Double> k, double molarMassKgPerMol) {
            return new Ppds116Equation(k.get("Tc"), k.get("rho_c"), k.get("A"), k.get("B"), k.get("C"), k.get("D"));
        }
    };

    private final String fileName;
    private final List<String> requiredKeys;
    private final List<String> optionalKeys;

    EquationForm(String fileName, List<String> requiredKeys, List<String> optionalKeys) {
        this.fileName = fileName;
        this.requiredKeys = requiredKeys;
        this.optionalKeys = optionalKeys;
    }

    /** The equation from its coefficients (every required key present; optional ones 0 when absent). */
    abstract CorrelationEquation create(Map<String, Double> coefficients, double molarMassKgPerMol);

    String fileName() {
        return fileName;
    }

    List<String> requiredKeys() {
        return requiredKeys;
    }

    List<String> optionalKeys() {
        return optionalKeys;
    }
}
