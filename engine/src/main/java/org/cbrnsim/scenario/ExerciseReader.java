package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;

/** Reads {@code exercise:}: name (default: the scenario's), type (default tabletop) and objectives {id, text}. */
final class ExerciseReader {

    static final List<String> KEYS = List.of("name", "type", "objectives");
    static final List<String> OBJECTIVE_KEYS = List.of("id", "text");
    static final Choices<ExerciseType> TYPES =
            Choices.of("an exercise type", List.of(ExerciseType.values()), ExerciseType::yamlName);

    private ExerciseReader() {
    }

    /** The exercise of a scenario with this name when the file has no {@code exercise:}. */
    static ExerciseSpec defaults(String scenarioName) {
        return new ExerciseSpec(scenarioName, ExerciseType.TABLETOP, List.of());
    }

    static Optional<ExerciseSpec> read(YamlMapping mapping, String scenarioName) {
        Optional<String> name = mapping.optional("name", YamlValue::text, scenarioName);
        Optional<ExerciseType> type = mapping.optional("type", v -> v.choice(TYPES), ExerciseType.TABLETOP);
        UniqueIds ids = new UniqueIds("objective id");
        Optional<List<ExerciseSpec.Objective>> objectives = mapping.optional("objectives",
                v -> v.listOf(item -> item.mapping(OBJECTIVE_KEYS).flatMap(objective -> objective(objective, ids))),
                List.of());
        if (name.isEmpty() || type.isEmpty() || objectives.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseSpec(name.get(), type.get(), objectives.get()));
    }

    private static Optional<ExerciseSpec.Objective> objective(YamlMapping objective, UniqueIds ids) {
        Optional<String> id = ids.required(objective, "id", Ids::read);
        Optional<String> text = objective.required("text", YamlValue::text);
        return id.isPresent() && text.isPresent()
                ? Optional.of(new ExerciseSpec.Objective(id.get(), text.get())) : Optional.empty();
    }
}
