package org.cbrnsim.hazard.substance;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Safe loading of the bundled data files (substances, removal, indoor sinks, health effects): plain maps,
 * lists, strings and numbers only (SnakeYAML's SafeConstructor), duplicate keys refused, and a YAML syntax
 * error reported with the file's name.
 */
public final class DataFileYaml {

    private DataFileYaml() {
    }

    /** The parsed document of {@code yamlText}, read from the file {@code fileName} (for messages). */
    public static Object parse(String fileName, String yamlText) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(fileName + ": not valid YAML: " + e.getMessage(), e);
        }
    }
}
