package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunInputTest {

    @Test
    void aFileArgumentIsResolvedInTheRunsFolder(@TempDir Path dir) {
        RunInput in = RunInput.commandLine("Test-EntraScript -Path users.ps1").in(dir);
        assertEquals(dir.resolve("users.ps1").toAbsolutePath().normalize(), in.file("users.ps1"));
        assertEquals(dir.resolve("users.ps1").toAbsolutePath().normalize(), in.file("./scripts/../users.ps1"));
    }

    @Test
    void aBackslashSeparatesFoldersAsInPowerShell(@TempDir Path dir) {
        RunInput in = RunInput.commandLine("Test-EntraScript -Path .\\scripts\\users.ps1").in(dir);
        assertEquals(dir.resolve("scripts").resolve("users.ps1").toAbsolutePath().normalize(),
                in.file(".\\scripts\\users.ps1"));
    }
}
