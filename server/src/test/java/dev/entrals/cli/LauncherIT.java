package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code entra-ls} launcher (the project's real script, copied into a scratch project): it builds the jar when it
 * is missing or older than a source, pom or bundled page, and otherwise runs it at once. Maven is replaced on the
 * PATH by a script that records its arguments and "builds" by copying the packaged jar (the real build is what CI
 * itself runs); java and the jar are real.
 */
class LauncherIT {

    @TempDir
    Path project;

    @TempDir
    Path bin;

    private Path builds;
    private Path jar;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void scratchProject() throws IOException {
        Path root = Path.of(System.getProperty("entrals.projectRoot"));
        Files.copy(root.resolve("entra-ls"), project.resolve("entra-ls"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("server/src/main/java"));
        Files.writeString(project.resolve("server/pom.xml"), "<project/>");
        Files.writeString(project.resolve("server/src/main/java/A.java"), "class A {}");
        Files.createDirectories(project.resolve("docs-source"));
        Files.writeString(project.resolve("docs-source/Get-X.md"), "# Get-X");
        jar = project.resolve("server/target/entra-ls.jar");
        builds = bin.resolve("mvn-calls.txt");
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
                + "echo \"$PWD $*\" >> '" + builds + "'\n"
                + "echo 'mvn output that must not reach stdout'\n"
                + "[[ -n \"${FAIL_BUILD:-}\" ]] && exit 1\n"
                + "mkdir -p server/target && cp '" + System.getProperty("entrals.jar") + "' server/target/entra-ls.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", project.resolve("entra-ls").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(bin, "out", ".txt");
        Path err = Files.createTempFile(bin, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<String> builds() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds, StandardCharsets.UTF_8) : List.of();
    }

    private void touchNewerThanJar(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(5)));
    }

    @Test
    void buildsOnFirstUseThenRunsTheJarWithoutBuilding() throws Exception {
        Run first = run(Map.of(), "--version");
        assertEquals(0, first.exit(), first.err());
        assertEquals(List.of(project + " -B -q -DskipTests -pl server -am package"), builds());
        assertTrue(first.err().contains("entra-ls: building the server jar (first use or sources changed)..."),
                first.err());
        assertTrue(first.err().contains("mvn output that must not reach stdout"), first.err());
        assertFalse(first.out().contains("mvn output"), "build output stays off stdout: " + first.out());
        assertTrue(first.out().startsWith("entra-ls "), first.out());

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Run second = run(Map.of(), "--version");
        assertEquals(0, second.exit(), second.err());
        assertEquals(first.out(), second.out());
        assertEquals("", second.err());
        assertEquals(1, builds().size(), "an up-to-date jar is not rebuilt");
    }

    @Test
    void aChangedSourcePomOrBundledPageRebuilds() throws Exception {
        assertEquals(0, run(Map.of(), "--version").exit());
        for (String changed : List.of("server/src/main/java/A.java", "pom.xml", "server/pom.xml", "docs-source/Get-X.md")) {
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(600)));
            touchNewerThanJar(project.resolve(changed));
            int before = builds().size();
            Run r = run(Map.of(), "--version");
            assertEquals(0, r.exit(), r.err());
            assertEquals(before + 1, builds().size(), changed + " newer than the jar rebuilds it");
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
            Files.setLastModifiedTime(project.resolve(changed), FileTime.from(Instant.now()));
        }
    }

    @Test
    void aFailedBuildStopsWithItsExitCodeAndRunsNothing() throws Exception {
        Run r = run(Map.of("FAIL_BUILD", "1"), "--version");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertFalse(Files.exists(jar));
    }
}
