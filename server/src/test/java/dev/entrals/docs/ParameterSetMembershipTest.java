package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSetMembershipTest {

    static final CmdletHelp CONNECT = HelpIndex.load(List.of(DocsSource.bundledPages())).find("Connect-Entra")
            .orElseThrow();

    @Test
    void allSetsMembershipAppliesToEverySet() {
        ParameterHelp noWelcome = CONNECT.parameter("NoWelcome").orElseThrow();
        for (ParameterSet set : CONNECT.parameterSets()) {
            SetMembership m = noWelcome.membership(set.name()).orElseThrow();
            assertTrue(m.inAllSets() && m.appliesTo(set.name()));
            assertTrue(set.member("NoWelcome").isPresent(), set.name());
        }
    }

    @Test
    void perSetMembershipKeepsRequiredAndPositionOfEachSet() {
        ParameterHelp clientId = CONNECT.parameter("-clientid").orElseThrow();
        assertEquals(new SetMembership("AppCertificateParameterSet", true, "1"),
                clientId.membership("AppCertificateParameterSet").orElseThrow());
        assertEquals(new SetMembership("UserParameterSet", false, "1"),
                clientId.membership("userparameterset").orElseThrow());
        assertTrue(clientId.membership("AccessTokenParameterSet").isEmpty());
        assertEquals(-1, CONNECT.parameter("TenantId").orElseThrow().sets().get(0).positionIndex());
    }

    @Test
    void allParameterSetsNameIsReadAsAll() {
        assertEquals(ParameterSet.ALL, ParameterYaml.setName("__AllParameterSets"));
        assertEquals(ParameterSet.ALL, ParameterYaml.setName(" (all) "));
        assertEquals("GetById", ParameterYaml.setName("GetById"));
    }

    @Test
    void emptyIndexFindsNothing() {
        assertTrue(HelpIndex.empty().find("Connect-Entra").isEmpty());
        assertEquals(List.of(), HelpIndex.empty().names());
    }
}
