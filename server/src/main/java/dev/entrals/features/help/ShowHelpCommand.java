package dev.entrals.features.help;

import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.analysis.RetiredCmdlet;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.HelpMarkdown;
import dev.entrals.features.CommandHandler;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.RequestContext;

/**
 * {@code entra.showHelp}: the full help of a cmdlet (by name or alias, given as a string or as {@code {"name": ...}})
 * as Markdown, for a read-only view in the editor. An unknown name is an InvalidParams error saying
 * {@code No help found for 'X'.} with close names as suggestions (also in the error's data).
 */
public final class ShowHelpCommand implements CommandHandler {

    private final DocsAccess docs;
    private final MigrationTable migration;

    public ShowHelpCommand(DocsAccess docs, MigrationTable migration) {
        this.docs = docs;
        this.migration = migration;
    }

    @Override
    public Object execute(List<Object> arguments, RequestContext context) {
        String name = name(arguments).orElseThrow(() -> error(
                "entra.showHelp needs a cmdlet name: a string argument or {\"name\": \"...\"}.", List.of()));
        HelpIndex index = docs.afterFirstLoad().index();
        return index.find(name).filter(h -> !h.name().isEmpty()).map(HelpMarkdown::render)
                .orElseThrow(() -> notFound(index, name));
    }

    private ResponseErrorException notFound(HelpIndex index, String name) {
        Optional<RetiredCmdlet> retired = migration.find(name);
        List<String> suggestions = retired.flatMap(RetiredCmdlet::replacementName)
                .filter(r -> index.find(r).isPresent()).map(List::of).orElseGet(() -> index.closeNames(name, 5));
        StringBuilder message = new StringBuilder("No help found for '").append(name).append("'.");
        retired.ifPresent(r -> message.append(" It is a retired ").append(r.module()).append(" cmdlet")
                .append(r.replacement() == null ? " with no Microsoft.Entra equivalent." : "; its replacement is "
                        + r.replacement() + "."));
        if (!suggestions.isEmpty() && retired.isEmpty()) {
            message.append(" Did you mean ").append(String.join(", ", suggestions)).append('?');
        }
        return error(message.toString(), suggestions);
    }

    private static ResponseErrorException error(String message, List<String> suggestions) {
        JsonObject data = new JsonObject();
        JsonArray list = new JsonArray();
        suggestions.forEach(list::add);
        data.add("suggestions", list);
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, data));
    }

    /** The name from the first argument: a JSON string, an object's {@code name}, or a Java string. */
    static Optional<String> name(List<Object> arguments) {
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        Object a = arguments.get(0);
        String name = null;
        if (a instanceof String s) {
            name = s;
        } else if (a instanceof JsonElement e) {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                name = e.getAsString();
            } else if (e.isJsonObject() && e.getAsJsonObject().has("name")
                    && e.getAsJsonObject().get("name").isJsonPrimitive()) {
                name = e.getAsJsonObject().get("name").getAsString();
            }
        }
        return Optional.ofNullable(name).map(String::trim).filter(n -> !n.isEmpty());
    }
}
