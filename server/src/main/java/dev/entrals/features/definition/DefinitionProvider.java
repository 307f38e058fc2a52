package dev.entrals.features.definition;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.analysis.CommandTarget;
import dev.entrals.commons.TextDocument;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocsSource;
import dev.entrals.features.CallSite;
import dev.entrals.features.CallSites;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ScriptView;
import dev.entrals.script.CommandContext;

/**
 * Go to definition on a command name: a function defined in the script goes to its name; a documented cmdlet (or a
 * retired one's replacement) goes to the title line of its Markdown page when that page comes from a folder on disk
 * (pages bundled in the jar have no file to open). Elsewhere: no locations.
 */
public final class DefinitionProvider
        implements FeatureProvider<DefinitionParams, Either<List<? extends Location>, List<? extends LocationLink>>> {

    private static final String BUNDLED = DocsSource.bundledPages().label();

    private final CallSites sites;

    public DefinitionProvider(CallSites sites) {
        this.sites = sites;
    }

    @Override
    public Either<List<? extends Location>, List<? extends LocationLink>> provide(TextDocument document,
            DefinitionParams params, RequestContext context) {
        CallSite site = sites.inWhole(document, params.getPosition(), context);
        CommandContext cc = site.context().orElse(null);
        if (cc == null || cc.element() != CommandContext.Element.NAME || site.offset() < cc.command().nameStart()) {
            return Either.forLeft(List.of());
        }
        return Either.forLeft(site.target().flatMap(t -> location(t, site)).map(List::of).orElse(List.of()));
    }

    private static Optional<Location> location(CommandTarget target, CallSite site) {
        ScriptView view = site.view();
        if (target instanceof CommandTarget.LocalFunction f) {
            return Optional.of(new Location(view.document().uri(),
                    view.range(f.definition().nameStart(), f.definition().nameEnd())));
        }
        CmdletHelp page = target instanceof CommandTarget.Documented d ? d.help()
                : ((CommandTarget.Retired) target).replacement();
        if (dev.entrals.analysis.WorkspaceFunctions.isWorkspaceHelp(page)) {
            // a function of another open script: that document at the function's line
            return site.workspace().definition(page.name()).map(d -> new Location(d.uri(),
                    new Range(new Position(d.line(), 0), new Position(d.line(), 0))));
        }
        return page == null ? Optional.empty() : page(page);
    }

    /** The title line of the page's file, when the page was read from a folder and the file is still there. */
    static Optional<Location> page(CmdletHelp help) {
        if (BUNDLED.equals(help.source().origin())) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(help.source().file()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            int line = Math.max(0, help.source().line("name") - 1);
            Position at = new Position(line, 0);
            return Optional.of(new Location(file.toUri().toString(), new Range(at, at)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
