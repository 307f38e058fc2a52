package dev.entrals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.commons.SourceText;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.ScriptDocument;
import dev.entrals.script.Token;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entra-ls script tokens|commands FILE}: debug views of the PowerShell script model. */
@Command(name = "script", mixinStandardHelpOptions = true,
        description = "Show how a PowerShell script is read: its tokens or its command invocations.",
        subcommands = {ScriptCommand.Tokens.class, ScriptCommand.Commands.class})
public final class ScriptCommand implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /**
     * One subcommand: reads FILE as PowerShell does ({@link SourceText}; exit 2 with a message if it cannot), parses it
     * and prints a view of it.
     */
    abstract static class View implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the PowerShell script")
        Path file;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            SourceText source;
            PrintWriter err = spec.commandLine().getErr();
            try {
                source = SourceText.read(file);
            } catch (IOException | RuntimeException e) {
                err.println("entra-ls: cannot read " + file + ": "
                        + (e instanceof IOException io ? SourceText.reason(io) : e.toString()));
                return Main.USAGE;
            }
            FileNotice note = FileNotice.encodingOf(source);
            if (note != null) {
                err.println("entra-ls: " + file + ": " + note.message());
                err.flush();
            }
            String text = source.text();
            PrintWriter out = spec.commandLine().getOut();
            print(text, ScriptDocument.parse(text), out);
            out.flush();
            return Main.OK;
        }

        abstract void print(String text, ScriptDocument doc, PrintWriter out) throws IOException;
    }

    /** {@code script tokens FILE}: one JSON object per line and token. */
    @Command(name = "tokens", mixinStandardHelpOptions = true,
            description = "Print the tokens of FILE as JSON lines {\"kind\",\"start\",\"end\"} (UTF-16 offsets).")
    static final class Tokens extends View {
        @Override
        void print(String text, ScriptDocument doc, PrintWriter out) {
            StringBuilder line = new StringBuilder(64);
            for (Token t : doc.tokens()) {
                line.setLength(0);
                line.append("{\"kind\":\"").append(t.kind().name()).append("\",\"start\":").append(t.start())
                        .append(",\"end\":").append(t.end()).append('}');
                out.println(line);
            }
        }
    }

    /** {@code script commands FILE}: a JSON array of the invocations. */
    @Command(name = "commands", mixinStandardHelpOptions = true,
            description = "Print the command invocations of FILE as a JSON array.")
    static final class Commands extends View {
        @Override
        void print(String text, ScriptDocument doc, PrintWriter out) throws IOException {
            ArrayNode array = JSON.createArrayNode();
            for (CommandInvocation c : doc.commands()) {
                array.add(toJson(text, c));
            }
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        }

        private static ObjectNode toJson(String text, CommandInvocation c) {
            ObjectNode o = JSON.createObjectNode();
            o.put("name", c.name());
            o.put("start", c.start());
            o.put("end", c.end());
            ArrayNode params = o.putArray("parameters");
            for (CommandParameter p : c.parameters()) {
                ObjectNode po = params.addObject();
                po.put("name", p.name());
                po.put("start", p.start());
                po.put("end", p.end());
                po.put("argument", p.argument() == null ? null : p.argument().text(text));
            }
            ArrayNode positional = o.putArray("positional");
            for (CommandArgument a : c.positional()) {
                positional.add(a.text(text));
            }
            o.put("splatted", c.splatted());
            return o;
        }
    }
}
