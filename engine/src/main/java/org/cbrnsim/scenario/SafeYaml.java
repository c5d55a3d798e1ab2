package org.cbrnsim.scenario;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the text of a YAML file into SnakeYAML's node tree and nothing else: no object is ever
 * constructed from it, so no tag can instantiate a class. The limits refuse hostile input early:
 * at most {@value #MAX_ALIASES_FOR_COLLECTIONS} aliases to lists or mappings (a "billion laughs" file
 * needs thousands), {@value #MAX_CODE_POINTS} code points, {@value #MAX_NESTING_DEPTH} levels of
 * nesting, no recursive keys and no duplicate keys.
 */
final class SafeYaml {

    static final int MAX_ALIASES_FOR_COLLECTIONS = 50;
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 40;
    /** How SnakeYAML's composer starts its message when its tag inspector refuses a global tag. */
    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";

    private SafeYaml() {
    }

    /** The single document's root node; empty with a problem when the text is not one YAML document within the limits. */
    static Optional<Node> compose(String text, Problems problems) {
        LoaderOptions options = options();
        LastEventParser parser = new LastEventParser(new ParserImpl(new StreamReader(new StringReader(text)), options));
        try {
            Node root = new Composer(parser, new Resolver(), options).getSingleNode();
            if (root == null) {
                problems.error((Mark) null, "", "the file holds no YAML document; expected a scenario (format, id, name, …)");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            problems.error(e.getProblemMark(), "", describe(e));
        } catch (YAMLException e) {
            problems.error(parser.lastMark(), "", refusal(e));
        }
        return Optional.empty();
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    /** SnakeYAML's problem, with where the construct it was reading began, e.g. an unclosed quote. */
    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (problem.startsWith(GLOBAL_TAG_REFUSED)) {
            return TagCheck.refusal(problem.substring(GLOBAL_TAG_REFUSED.length()).strip());
        }
        Mark context = e.getContextMark();
        if (e.getContext() == null || context == null) {
            return problem;
        }
        if (problem.startsWith("but ")) {
            return e.getContext() + ", " + problem;
        }
        return problem + " (" + e.getContext() + " that starts at line " + (context.getLine() + 1)
                + ", column " + (context.getColumn() + 1) + ")";
    }

    /** The limits' exceptions carry no mark and read like internals; say what was refused and why. */
    private static String refusal(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Number of aliases")) {
            return "refused: more than " + MAX_ALIASES_FOR_COLLECTIONS + " aliases to lists or mappings"
                    + " (a \"billion laughs\" expansion?)";
        }
        if (message.startsWith("Nesting Depth")) {
            return "refused: nested more than " + MAX_NESTING_DEPTH + " levels deep";
        }
        if (message.contains("exceeds the limit")) {
            return "refused: longer than " + MAX_CODE_POINTS + " characters";
        }
        return "invalid YAML: " + message;
    }

    /** A parser that remembers where its last event started, to place errors that SnakeYAML throws without a mark. */
    private static final class LastEventParser implements Parser {
        private final Parser parser;
        private Mark last;

        LastEventParser(Parser parser) {
            this.parser = parser;
        }

        Mark lastMark() {
            return last;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            last = event.getStartMark();
            return event;
        }
    }
}
