package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table's entry of branch {@code csvuser}: {@code Set-EntraBetaAppRoleToApplicationUser} (Microsoft.Entra.Beta)
 * reads the rows of the CSV file -FilePath names and sends its requests per row from functions it defines; the table
 * keeps it refused, with {@code via} {@code Import-Csv} and the file's parameter in its reason (the engine answers it:
 * {@code execution.AppRoleUsers}, {@code BundledCsvuserRunTest}).
 */
class BundledRequestPlannerCsvuserCoverageTest {

    private static final String COMMAND = "Set-EntraBetaAppRoleToApplicationUser";
    private static final String FILE = "EntraBeta/Microsoft.Entra.Beta/Governance/Set-EntraBetaAppRoleToApplicationUser.ps1";

    @Test
    void theEntrySaysItsRequestsArePerRowOfTheFileFilePathNames() {
        // Set-EntraBetaAppRoleToApplicationUser.ps1:17 [System.IO.FileInfo]$FilePath, :411 $users = Import-Csv
        // -Path $FilePath, :468 foreach ($user in $users) { … CreateUserIfNotExists … }; :48 the process block;
        // :84-87 the user's URL built with -f, which SequenceReading does not read
        RequestEntry e = RequestTable.bundled().entry(COMMAND).orElseThrow();
        assertEquals(RequestEntry.CSV_ROWS, e.via());
        assertEquals("Import-Csv", e.via());
        assertEquals(FILE + ":48", e.source());
        assertEquals(List.of(), e.sets());
        assertTrue(e.reason().startsWith("sends its requests per row of the local CSV file -FilePath names (Import-Csv"
                + " at " + FILE + ":411); sends several requests, a later one chosen by its own logic: sends a request"
                + " whose URL is built in a way not read (" + FILE + ":87) in set Default"), e.reason());
    }

    @Test
    void thePlannerStillRefusesItAndNoOtherEntryReadsACsvFile() {
        // the planner plans no request for it (the engine's AppRoleUsers answers it beside the table)
        assertTrue(PLANNER.refusesEveryCall(COMMAND));
        assertEquals(java.util.Optional.of("Import-Csv"), PLANNER.via(COMMAND));
        String why = refused(COMMAND, "DataSource", "Generic", "FilePath", "users.csv", "ApplicationName", "HR App");
        assertTrue(why.contains("sends its requests per row of the local CSV file -FilePath names"), why);
        // grep -rli Import-Csv over the modules' *.ps1: this file alone
        assertEquals(List.of(COMMAND), RequestTable.bundled().entries().stream()
                .filter(x -> "Import-Csv".equals(x.via())).map(RequestEntry::command).toList());
    }
}
