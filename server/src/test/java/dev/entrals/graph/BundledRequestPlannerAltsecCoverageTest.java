package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.line;
import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for {@code Set-Entra[Beta]Device -AlternativeSecurityIds}, read on the branch {@code altsec}: the
 * module builds Update-MgDevice's whole {@code -BodyParameter} from the argument, its key re-encoded (UTF-8 text, then
 * ASCII bytes), and PowerShell binds {@code -BodyParameter} only without the SDK's other body arguments. Each
 * expectation is written by hand from the module's code (file and line named; microsoftgraph/entra-powershell).
 */
class BundledRequestPlannerAltsecCoverageTest {

    private static final String DEVICE = "00000000-0000-0000-0000-000000000001";
    private static final String V1 = "PATCH /v1.0/devices/" + DEVICE + " ";

    /** Set-EntraDevice -DeviceObjectId DEVICE -AlternativeSecurityIds ids: the one request's line. */
    private static String sent(String command, Object ids) {
        return line(planned(command, "DeviceObjectId", DEVICE, "AlternativeSecurityIds", ids).requests().get(0));
    }

    private static List<Long> bytes(int... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> (long) v).toList();
    }

    @Test
    void theKeyIsSentAsTheBase64OfItsBytesInsideTheBodyParameter() {
        // Set-EntraDevice.ps1:13 [List`1[AlternativeSecurityId]] $AlternativeSecurityIds; :64-78 $TmpValue = the
        // argument; $key = [System.Text.Encoding]::UTF8.GetString($TmpValue.key); $Temp = @{ alternativeSecurityIds =
        // @( @{ type = $TmpValue.type; key = [System.Text.Encoding]::ASCII.GetBytes($key) } ) };
        // $params["BodyParameter"] = $Value; :163-166 $params["DeviceId"] = -DeviceObjectId; :184 Update-MgDevice
        // (PATCH /devices/{device-id}, aad-to-graph page Set-AzureADDevice), which writes the byte array as Base64.
        // 'X5' is 0x58 0x35: ASCII, unchanged.
        assertEquals(V1 + "{\"alternativeSecurityIds\":[{\"type\":2,\"key\":\"WDU=\"}]}", sent("Set-EntraDevice",
                map("Type", 2L, "Key", bytes(0x58, 0x35))));
        // a one-item list: $TmpValue.type and .key are that item's (member enumeration)
        assertEquals(V1 + "{\"alternativeSecurityIds\":[{\"type\":2,\"key\":\"WDU=\"}]}", sent("Set-EntraDevice",
                List.of(map("type", 2L, "key", List.of("88", "0x35")))));
        // no type: $null in the hashtable, which the SDK's model leaves out
        assertEquals(V1 + "{\"alternativeSecurityIds\":[{\"key\":\"WDU=\"}]}", sent("Set-EntraDevice",
                map("Key", bytes(0x58, 0x35))));
        // Set-EntraBetaDevice.ps1:60-74 the same block; :184 Update-MgBetaDevice
        assertEquals("PATCH /beta/devices/" + DEVICE + " {\"alternativeSecurityIds\":[{\"type\":1,\"key\":\"WDU=\"}]}",
                sent("Set-EntraBetaDevice", map("Type", 1L, "Key", bytes(0x58, 0x35))));
    }

    @Test
    void bytesThatAreNotAsciiBecomeAQuestionMarkAsDotNetReencodesThem() {
        // :67 UTF8.GetString: U+FFFD for each maximal ill-formed part; :72 ASCII.GetBytes: '?' (0x3F) for each
        // character that is not ASCII. 'X' then é (C3 A9, one character): "X?" = WD8=
        RequestPlan plan = planned("Set-EntraDevice", "DeviceObjectId", DEVICE, "AlternativeSecurityIds",
                map("Type", 2L, "Key", bytes(0x58, 0xC3, 0xA9)));
        assertEquals(V1 + "{\"alternativeSecurityIds\":[{\"type\":2,\"key\":\"WD8=\"}]}", line(plan.requests().get(0)));
        assertTrue(plan.notes().contains("-AlternativeSecurityIds's key is not ASCII text: the module reads its bytes"
                + " as UTF8 text and writes that as ASCII bytes ([System.Text.Encoding]::UTF8.GetString, then"
                + " ASCII.GetBytes), each character it cannot write, and each byte sequence it cannot read, becoming '?'"
                + " (0x3F): 3 bytes given, 2 sent"), plan.notes()::toString);
        // FF starts nothing in UTF-8 (one U+FFFD), then 'A': "?A"
        assertEquals(V1 + "{\"alternativeSecurityIds\":[{\"type\":2,\"key\":\"P0E=\"}]}", sent("Set-EntraDevice",
                map("Type", 2L, "Key", bytes(0xFF, 0x41))));
        // U+1F600 (F0 9F 98 80): one character outside the BMP, one '?'
        assertEquals(V1 + "{\"alternativeSecurityIds\":[{\"type\":2,\"key\":\"Pw==\"}]}", sent("Set-EntraDevice",
                map("Type", 2L, "Key", bytes(0xF0, 0x9F, 0x98, 0x80))));
        // the Unicode Standard's example of maximal parts (Table 3-8): 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 reads
        // a, U+FFFD x3, b, U+FFFD, c, U+FFFD x2, d: "a???b?c??d"
        assertEquals(V1 + "{\"alternativeSecurityIds\":[{\"type\":2,\"key\":\"YT8/P2I/Yz8/ZA==\"}]}", sent(
                "Set-EntraDevice", map("Type", 2L, "Key", bytes(0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80, 0xC2, 0x62, 0x80,
                        0x63, 0x80, 0xBF, 0x64))));
        // an ASCII key gets no note
        assertTrue(planned("Set-EntraDevice", "DeviceObjectId", DEVICE, "AlternativeSecurityIds", map("Type", 2L,
                "Key", bytes(0x58))).notes().stream().noneMatch(n -> n.contains("is not ASCII")));
    }

    @Test
    void withAnotherBodyArgumentPowerShellCannotResolveTheSdksParameterSet() {
        // :77 -BodyParameter beside :147-150 $params["DisplayName"] (and :87-90 -DeviceId as the SDK's -DeviceId1):
        // Update-MgDevice takes -BodyParameter in its set Update only, the properties in UpdateExpanded: PowerShell
        // cannot resolve the set at :184, and nothing is sent
        assertEquals("Set-EntraDevice sends nothing with these arguments: -AlternativeSecurityIds is passed to the"
                + " Graph SDK cmdlet as -BodyParameter, which it takes only in a parameter set of its own, without the"
                + " arguments the module passes as body properties (-DeviceId, -DisplayName given here): PowerShell"
                + " cannot resolve the SDK cmdlet's parameter set; give -AlternativeSecurityIds in a call of its own"
                + " (Entra/Microsoft.Entra/DirectoryManagement/Set-EntraDevice.ps1:184).", refused("Set-EntraDevice",
                "DeviceObjectId", DEVICE, "DisplayName", "Kiosk 7", "DeviceId", "00000000-0000-0000-0000-000000000002",
                "AlternativeSecurityIds", map("Type", 2L, "Key", bytes(0x58))));
        assertTrue(refused("Set-EntraBetaDevice", "DeviceObjectId", DEVICE, "AccountEnabled", false,
                "AlternativeSecurityIds", map("Type", 2L, "Key", bytes(0x58))).contains("(-AccountEnabled given here)"));
        // without -AlternativeSecurityIds the other arguments are sent as before
        assertEquals(V1 + "{\"displayName\":\"Kiosk 7\"}", line(planned("Set-EntraDevice", "DeviceObjectId", DEVICE,
                "DisplayName", "Kiosk 7").requests().get(0)));
    }

    @Test
    void callsTheModulesBlockCannotTurnIntoOneKeyAreRefused() {
        // :71-72 one item of $TmpValue.type and $TmpValue.key: two items' properties taken together
        assertEquals("Set-EntraDevice sends nothing with these arguments: -AlternativeSecurityIds has 2 items: the"
                + " module builds the one item of the body's alternativeSecurityIds from all of them (PowerShell's member"
                + " enumeration of the list: every item's type and key in one), not one item each; give one item per"
                + " call (Entra/Microsoft.Entra/DirectoryManagement/Set-EntraDevice.ps1:184).", refused("Set-EntraDevice",
                "DeviceObjectId", DEVICE, "AlternativeSecurityIds", List.of(map("Type", 2L, "Key", bytes(0x58)),
                        map("Type", 2L, "Key", bytes(0x59)))));
        // :67 UTF8.GetString($TmpValue.key) of $null fails; a text is no byte array for it
        assertTrue(refused("Set-EntraDevice", "DeviceObjectId", DEVICE, "AlternativeSecurityIds", map("Type", 2L))
                .contains("-AlternativeSecurityIds has no key: the module's [System.Text.Encoding]::UTF8.GetString("
                        + "$TmpValue.key) fails on $null"));
        assertTrue(refused("Set-EntraBetaDevice", "DeviceObjectId", DEVICE, "AlternativeSecurityIds", map("Type", 2L,
                "Key", "abc")).contains("-AlternativeSecurityIds's key 'abc' is not a list of bytes (numbers 0 to 255),"
                + " which the module's [System.Text.Encoding]::UTF8.GetString takes"));
        assertTrue(refused("Set-EntraDevice", "DeviceObjectId", DEVICE, "AlternativeSecurityIds", map("Type", 2L,
                "Key", bytes(0x58, 256))).contains("is not a list of bytes"));
    }
}
