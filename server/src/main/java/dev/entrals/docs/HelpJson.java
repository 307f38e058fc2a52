package dev.entrals.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON shape of the model that {@code docs dump} prints and the reader's spec tests compare. */
public final class HelpJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HelpJson() {
    }

    /** The cmdlets as a pretty-printed JSON array. */
    public static String toJson(List<CmdletHelp> cmdlets) {
        ArrayNode array = JSON.createArrayNode();
        cmdlets.forEach(c -> array.add(toNode(c)));
        return write(array);
    }

    /** One cmdlet with the given diagnostics (as {@code "line kind"} strings), for spec tests and tools. */
    public static String toJson(CmdletHelp cmdlet, List<DocDiagnostic> diagnostics) {
        ObjectNode node = toNode(cmdlet);
        ArrayNode d = node.putArray("diagnostics");
        diagnostics.forEach(x -> d.add(x.line() + " " + x.severity().name().toLowerCase(java.util.Locale.ROOT)
                + " " + x.kind()));
        return write(node);
    }

    static ObjectNode toNode(CmdletHelp c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", c.name());
        strings(n, "aliases", c.aliases());
        n.put("module", c.module());
        n.put("synopsis", c.synopsis());
        n.put("description", c.description());
        n.put("onlineUri", c.onlineUri());
        ObjectNode source = n.putObject("source");
        source.put("origin", c.source().origin());
        source.put("file", c.source().file());
        source.set("lines", JSON.valueToTree(new TreeMap<>(c.source().lines())));
        n.put("supportsCommonParameters", c.supportsCommonParameters());
        if (!c.hasHelp()) {
            n.put("hasHelp", false); // a command a module exports without help: known, nothing to show
        }
        ArrayNode params = n.putArray("parameters");
        c.parameters().forEach(p -> params.add(parameter(p)));
        ArrayNode sets = n.putArray("parameterSets");
        for (ParameterSet s : c.parameterSets()) {
            ObjectNode sn = sets.addObject();
            sn.put("name", s.name());
            sn.put("isDefault", s.isDefault());
            ArrayNode members = sn.putArray("members");
            for (ParameterSet.Member m : s.members()) {
                members.addObject().put("name", m.parameter()).put("required", m.required())
                        .put("position", m.position()).put("type", m.type());
            }
            sn.put("line", s.line());
        }
        ArrayNode examples = n.putArray("examples");
        c.examples().forEach(e -> examples.addObject().put("title", e.title()).put("code", e.code())
                .put("output", e.output()).put("remarks", e.remarks()).put("line", e.line()));
        types(n, "inputs", c.inputs());
        types(n, "outputs", c.outputs());
        n.put("notes", c.notes());
        ArrayNode links = n.putArray("relatedLinks");
        c.relatedLinks().forEach(l -> links.addObject().put("text", l.text()).put("uri", l.uri()));
        n.set("frontMatter", JSON.valueToTree(new TreeMap<>(nonNull(c.frontMatter()))));
        return n;
    }

    private static ObjectNode parameter(ParameterHelp p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", p.name());
        n.put("type", p.type());
        strings(n, "aliases", p.aliases());
        ArrayNode sets = n.putArray("sets");
        p.sets().forEach(s -> sets.addObject().put("name", s.setName()).put("required", s.required())
                .put("position", s.position()));
        n.put("description", p.description());
        n.put("defaultValue", p.defaultValue());
        n.put("pipelineInput", p.pipelineInput());
        n.put("wildcards", p.wildcards());
        strings(n, "acceptedValues", p.acceptedValues());
        n.put("line", p.line());
        return n;
    }

    private static void strings(ObjectNode n, String key, List<String> values) {
        ArrayNode a = n.putArray(key);
        values.forEach(a::add);
    }

    private static void types(ObjectNode n, String key, List<TypeHelp> values) {
        ArrayNode a = n.putArray(key);
        values.forEach(t -> a.addObject().put("type", t.type()).put("description", t.description()));
    }

    private static Map<String, Object> nonNull(Map<String, Object> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "" : v));
        return out;
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
