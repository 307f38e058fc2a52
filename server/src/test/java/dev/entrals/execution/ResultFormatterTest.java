package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** PowerShell's way of showing values: nested objects, long arrays, dates, cut columns, default columns, CSV. */
class ResultFormatterTest {

    private static Map<String, Object> user() {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("@odata.type", "#microsoft.graph.user");
        u.put("id", "u-1");
        u.put("displayName", "Adele Vance");
        u.put("accountEnabled", true);
        u.put("passwordProfile", new LinkedHashMap<>(Map.of("forceChangePasswordNextSignIn", false)));
        u.put("proxyAddresses", List.of("a", "b", "c", "d", "e"));
        u.put("jobTitle", "Retail Manager with a very long title that goes past forty characters");
        u.put("lastPasswordChangeDateTime", "2025-11-30T23:05:09Z");
        return u;
    }

    @Test
    void nestedObjectsArraysAndDatesAsPowerShellShowsThem() {
        assertEquals("""
                Id                         : u-1
                DisplayName                : Adele Vance
                AccountEnabled             : True
                PasswordProfile            : @{forceChangePasswordNextSignIn=False}
                ProxyAddresses             : {a, b, c, d...}
                JobTitle                   : Retail Manager with a very long title that goes past forty characters
                LastPasswordChangeDateTime : 11/30/2025 11:05:09 PM
                """, ResultFormatter.list(List.of(user())));
    }

    @Test
    void tablesCutLongValuesAndUseTheDefaultColumns() {
        assertEquals("""
                Id  DisplayName AccountEnabled PasswordProfile
                --  ----------- -------------- ---------------
                u-1 Adele Vance True           @{forceChangePasswordNextSignIn=False}
                """, ResultFormatter.table(List.of(user()), List.of()));
        assertEquals("""
                JobTitle                                 Id
                --------                                 --
                Retail Manager with a very long title... u-1
                """, ResultFormatter.table(List.of(user()), List.of("JobTitle", "Id")));
    }

    @Test
    void csvQuotesEveryFieldAndDoublesQuotes() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", "1");
        o.put("displayName", "Say \"hi\"");
        assertEquals("\"Id\",\"DisplayName\"\n\"1\",\"Say \"\"hi\"\"\"\n", ResultFormatter.csv(List.of(o)));
    }
}
