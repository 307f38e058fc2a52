package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Template fills: a computed value is the argument's text, never read again as a template. */
class ArgumentTextTest {

    @Test
    void aTransformedValueWithBracesIsSentAsItIs() {
        assertEquals("a{0}b", ArgumentText.fill("{0|lower}", "A{0}B", Map.of()));
        assertEquals("x{Ports}-n", ArgumentText.fill("{0|lowerFirst}-{Name}", "X{Ports}", Map.of("Name", "n",
                "Ports", 443)));
        assertEquals("{Missing}b", ArgumentText.fill("{0.p|replace|a|b}", Map.of("p", "{Missing}a"), Map.of()));
    }

    @Test
    void theTextAroundAComputedValueIsStillFilled() {
        assertEquals("p/a/443", ArgumentText.fill("p/{0|lower}/{Ports}", "A", Map.of("Ports", 443)));
        assertNull(ArgumentText.fill("{0|lower}/{Absent}", "A", Map.of()), "an absent argument leaves no value");
    }

    @Test
    void aHostNamedLikeAnotherArgumentIsNotReplacedByIt() {
        // New-EntraBetaPrivateAccessApplicationSegment.ps1:60-63 destinationHost = $DestinationHost.ToLower()
        RequestPlan plan = planned("New-EntraBetaPrivateAccessApplicationSegment", "ApplicationId", "app-1",
                "DestinationHost", "{Ports}", "DestinationType", "dnsSuffix", "Ports", "443");
        assertEquals("{\"destinationHost\":\"{ports}\",\"destinationType\":\"dnsSuffix\"}",
                plan.requests().get(0).body());
    }
}
