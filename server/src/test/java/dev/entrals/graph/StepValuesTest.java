package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** References to a lookup's reply: reading a value as PowerShell does, filling a URL and a body, the placeholder. */
class StepValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aPathIsReadAsPowerShellReadsAProperty() throws Exception {
        JsonNode reply = json("{\"@odata.context\":\"x\",\"Id\":\"o-1\",\"value\":[{\"id\":\"a\"},{\"id\":\"b\"}],"
                + "\"empty\":[],\"n\":null}");
        assertEquals("o-1", StepValues.at(reply, "id").asText(), "any case");
        assertEquals("a", StepValues.at(reply, "value[0].id").asText());
        assertEquals("[\"a\",\"b\"]", StepValues.at(reply, "value.id").toString(), "every item's id");
        assertNull(StepValues.at(reply, "value[2].id"));
        assertNull(StepValues.at(reply, "empty"));
        assertNull(StepValues.at(reply, "n"));
        assertNull(StepValues.at(reply, "missing"));
        assertEquals("{\"Id\":\"o-1\",\"value\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"empty\":[],\"n\":null}",
                StepValues.at(reply, "").toString(), "the whole object without its annotations");
    }

    @Test
    void aUrlTakesTheEscapedValueAndABodyTheValueItself() throws Exception {
        String url = "/v1.0/users/" + StepValues.token(1, "id") + "/manager";
        assertEquals("/v1.0/users/a%20b%2Fc/manager", StepValues.fillUrl(url, (n, p) -> json("\"a b/c\"")));
        String body = "{\"merged\":\"" + StepValues.token(2, "") + "\",\"text\":\"id " + StepValues.token(1, "id")
                + "\"}";
        assertEquals("{\"merged\":{\"k\":1},\"text\":\"id x\"}", StepValues.fillBody(body,
                (n, p) -> n == 2 ? json("{\"k\":1}") : json("\"x\"")));
    }

    @Test
    void theShownTextNamesWhereAValueWillComeFrom() {
        RequestPlan.Lookup get = new RequestPlan.Lookup(List.of(new GraphRequest("GET", "/v1.0/things", Map.of(),
                null)), List.of());
        assertEquals("/v1.0/x/<value[0].id from GET /v1.0/things>",
                StepValues.shown("/v1.0/x/" + StepValues.token(1, "value[0].id"), List.of(get)));
        assertEquals("/v1.0/x/<id of each object from GET /v1.0/things>",
                StepValues.shown("/v1.0/x/" + StepValues.token(1, "value.id"), List.of(get)));
    }

    @Test
    void anArgumentHoldingATokenCharacterIsRefusedWhereThePlanHasLookups() {
        RequestPlanner.Result r = new BundledRequestPlanner().plan("Set-EntraDomainFederationSettings", null,
                Map.of("DomainName", "contoso.com", "LogOffUri", "x\uE000y"));
        assertTrue(assertInstanceOf(RequestPlanner.Unsupported.class, r).reason().contains("-LogOffUri holds a"
                + " private-use character"), r.toString());
    }
}
