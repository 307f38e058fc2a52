package dev.entrals.docs.modules;

/**
 * The facts the exporter keeps in XML comments because MAML has no element for them (parameter set names, the
 * default set, per-set membership of a parameter, example output): comments are invisible to {@code Get-Help} and
 * to the schema, and let a page exported and read back give the same model. Text is escaped so that a comment
 * never holds {@code --} or ends with {@code -}.
 */
final class MamlComments {

    static final String SET = "entra-ls set: ";
    static final String DEFAULT_SET = "entra-ls default set";
    static final String MEMBERSHIP = "entra-ls membership: ";
    static final String OUTPUT = "entra-ls output";
    static final String NO_COMMON_PARAMETERS = "entra-ls no common parameters";
    static final String ALIASES = "entra-ls aliases: ";

    private MamlComments() {
    }

    static String encode(String text) {
        String s = text.replace("%", "%25").replace("-", "%2D");
        return s.replace("\n", "%0A");
    }

    static String decode(String text) {
        return text.replace("%0A", "\n").replace("%2D", "-").replace("%25", "%");
    }
}
