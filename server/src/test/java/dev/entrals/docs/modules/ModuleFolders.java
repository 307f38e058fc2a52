package dev.entrals.docs.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds module folders in a temporary module path for tests: manifests and MAML help in culture folders. */
final class ModuleFolders {

    private ModuleFolders() {
    }

    /** Writes {@code text} to {@code root/relative}, creating folders. */
    static Path write(Path root, String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A manifest with the given version and exports (each a PowerShell expression such as {@code @('a','b')}). */
    static String manifest(String version, String functions, String cmdlets, String aliases) {
        return "@{\n  RootModule = 'Module.psm1'\n  ModuleVersion = '" + version + "'\n  FunctionsToExport = " + functions
                + "\n  CmdletsToExport = " + cmdlets + "\n  AliasesToExport = " + aliases
                + "\n  RequiredModules = @(@{ModuleName='Other.Module'; ModuleVersion='1.0'})\n}\n";
    }

    /** A MAML file with one command per name, each with the given synopsis and one string parameter -Id. */
    static String maml(String synopsis, String... names) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<helpItems schema=\"maml\" "
                + "xmlns=\"http://msh\">\n");
        for (String n : names) {
            b.append("<command:command xmlns:maml=\"").append(MamlReader.NS_MAML).append("\" xmlns:command=\"")
                    .append(MamlReader.NS_COMMAND).append("\" xmlns:dev=\"").append(MamlReader.NS_DEV).append("\">\n")
                    .append("<command:details><command:name>").append(n).append("</command:name>\n")
                    .append("<maml:description><maml:para>").append(synopsis)
                    .append("</maml:para></maml:description></command:details>\n")
                    .append("<command:syntax><command:syntaxItem><maml:name>").append(n).append("</maml:name>\n")
                    .append("<command:parameter required=\"true\" position=\"0\" aliases=\"none\"><maml:name>Id")
                    .append("</maml:name><command:parameterValue required=\"true\">String</command:parameterValue>")
                    .append("</command:parameter></command:syntaxItem></command:syntax>\n")
                    .append("<command:parameters><command:parameter required=\"true\" position=\"0\" aliases=\"none\">")
                    .append("<maml:name>Id</maml:name><dev:type><maml:name>System.String</maml:name></dev:type>")
                    .append("</command:parameter></command:parameters>\n</command:command>\n");
        }
        return b.append("</helpItems>\n").toString();
    }
}
