package dev.entrals.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CliSessionUiTest {

    private static final String URL = "https://login.example/authorize?a=1&b=%20";

    @Test
    void browserCommandWithoutPlaceholderGetsTheAddressAppended() {
        assertEquals(List.of("firefox", "--new-tab", URL), CliSessionUi.browserCommand("firefox --new-tab", URL));
    }

    @Test
    void browserCommandPlaceholderIsReplacedAndDoublePercentIsAPercent() {
        assertEquals(List.of("open-url", "--url=" + URL, "100%"),
                CliSessionUi.browserCommand("open-url --url=%s 100%%", URL));
    }

    @Test
    void browserCommandQuotesGroupWordsWithBlanks() {
        assertEquals(List.of("/opt/My Browser/run", "-x", URL),
                CliSessionUi.browserCommand("'/opt/My Browser/run' \"-x\"", URL));
    }

    @Test
    void blankBrowserEntryIsNoCommand() {
        assertEquals(List.of(), CliSessionUi.browserCommand("   ", URL));
    }
}
