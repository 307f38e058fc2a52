package dev.entrals.bench;

import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.MamlExport;
import dev.entrals.docs.modules.StandardSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark harness (not a test): what indexing installed modules adds to start-up. Builds a module folder holding
 * the whole Entra corpus as MAML (made by the exporter, one module per channel with a manifest), then starts fresh
 * JVMs that load the index and answer a first lookup of a bundled cmdlet, with and without the modules, and one
 * lookup of a module cmdlet (which parses its help file).
 * Run: {@code java -cp server/target/test-classes:server/target/entra-ls.jar dev.entrals.bench.ModuleIndexBench
 * CORPUS [--spawns 7]}.
 */
public final class ModuleIndexBench {

    private ModuleIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--once")) {
            once(Path.of(args[1]), Boolean.parseBoolean(args[2]), args[3]);
            return;
        }
        Path corpus = Path.of(args[0]);
        int spawns = args.length > 2 && args[1].equals("--spawns") ? Integer.parseInt(args[2]) : 7;
        Path modules = Files.createTempDirectory("entra-modules-");
        for (String channel : List.of("v1.0", "beta")) {
            String module = "Microsoft.Entra" + (channel.equals("beta") ? ".Beta" : "") + ".Bench";
            Path base = modules.resolve(module).resolve("1.0.0");
            Files.createDirectories(base.resolve("en-US"));
            var pages = HelpIndex.load(List.of(corpus.resolve("entra-powershell-" + channel)), false).cmdlets();
            MamlExport.write(MamlExport.plan(pages), base.resolve("en-US"));
            Files.writeString(base.resolve(module + ".psd1"), "@{ ModuleVersion = '1.0.0'; FunctionsToExport = @("
                    + String.join(",", pages.stream().map(p -> "'" + p.name() + "'").toList()) + ") }");
        }
        long bytes;
        try (var files = Files.walk(modules)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("module folder: %s, %.1f MB of MAML and manifests%n", modules, bytes / 1e6);
        String moduleCmdlet = "Get-EntraBetaUser";
        double[] without = new double[spawns];
        double[] with = new double[spawns];
        double[] moduleFind = new double[spawns];
        for (int i = 0; i < spawns; i++) {
            without[i] = spawn(modules, false, "Connect-Entra")[0];
            double[] w = spawn(modules, true, "Connect-Entra");
            with[i] = w[0];
            moduleFind[i] = spawn(modules, true, moduleCmdlet)[1];
        }
        System.out.printf("fresh JVM, load index + first find of bundled Connect-Entra: median %.0f ms without "
                + "modules, %.0f ms with the modules (+%.0f ms)%n", median(without), median(with),
                median(with) - median(without));
        System.out.printf("first find of module cmdlet %s after load (parses its MAML file): median %.0f ms%n",
                moduleCmdlet, median(moduleFind));
        double[] inProcess = new double[20];
        for (int i = 0; i < inProcess.length; i++) {
            long t = System.nanoTime();
            HelpIndex.load(dev.entrals.docs.modules.InstalledModules.sources(List.of(modules), Locale.US));
            inProcess[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("in one JVM, indexing the modules alone: first %.0f ms, then median %.0f ms over %d runs%n",
                inProcess[0], median(Arrays.copyOfRange(inProcess, 1, inProcess.length)), inProcess.length - 1);
        try (var files = Files.walk(modules)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        System.out.printf("%d spawns, %s %s, %d cores%n", spawns, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    }

    /** In a fresh JVM: prints the ms to load and find {@code name}, and the ms of the find alone. */
    private static void once(Path modules, boolean withModules, String name) {
        long start = System.nanoTime();
        HelpIndex index = HelpIndex.load(StandardSources.of(List.of(), true,
                withModules ? List.of(modules) : List.of(), Locale.US, modules.resolve("no-cache")));
        long loaded = System.nanoTime();
        if (index.find(name).isEmpty()) {
            throw new IllegalStateException(name + " not found");
        }
        long found = System.nanoTime();
        System.out.println((found - start) / 1e6 + " " + (found - loaded) / 1e6);
    }

    private static double[] spawn(Path modules, boolean withModules, String name) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ModuleIndexBench.class.getName(), "--once",
                modules.toString(), String.valueOf(withModules), name));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bench process failed: " + out);
        }
        return Arrays.stream(out.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
