package org.cbrnsim.scenario;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Refuses every tag but the standard ones a scenario can use (!!str, !!int, !!float, !!bool, !!null,
 * !!timestamp, !!map, !!seq, and the merge key's): a custom tag such as {@code !include} is an error at its
 * node. (SnakeYAML's composer already refuses global tags such as {@code !!java.net.URL}, see
 * {@link SafeYaml}.) Nothing is ever instantiated from a tag anyway, as the loader only composes nodes;
 * this makes the attempt visible instead of silently reading the tagged text.
 */
final class TagCheck {

    private static final Set<Tag> STANDARD = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE);

    private TagCheck() {
    }

    /** Reports each non-standard tag under {@code root}; true when there was none. */
    static boolean check(Node root, Problems problems) {
        Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean before = problems.hasErrors();
        visit(root, "", visited, problems);
        return problems.hasErrors() == before;
    }

    private static void visit(Node node, String path, Set<Node> visited, Problems problems) {
        if (!visited.add(node)) {
            return;
        }
        if (!STANDARD.contains(node.getTag())) {
            problems.error(node, path, refusal(node.getTag().getValue()));
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                visit(key, path, visited, problems);
                String name = key instanceof ScalarNode scalar ? scalar.getValue() : "?";
                visit(tuple.getValueNode(), Paths.key(path, name), visited, problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                visit(sequence.getValue().get(i), Paths.item(path, i), visited, problems);
            }
        }
    }

    /** "the tag !!java.net.URL is not allowed; …" for a tag as SnakeYAML resolves it ("tag:yaml.org,2002:java.net.URL"). */
    static String refusal(String tag) {
        String shortForm = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
        return "the tag " + shortForm + " is not allowed; scenario files use plain YAML"
                + " (standard tags only: !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)";
    }
}
