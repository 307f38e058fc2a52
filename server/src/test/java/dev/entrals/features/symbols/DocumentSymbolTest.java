package dev.entrals.features.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.Test;

import dev.entrals.features.EditorSession;
import dev.entrals.testing.Fixture;

/** Document symbols: functions and filters as a tree with their names as selection ranges. */
class DocumentSymbolTest {

    private static final EditorSession session = EditorSession.shared();

    @Test
    void functionsAndFiltersBecomeAHierarchy() throws Exception {
        Fixture f = Fixture.of("""
                function <[Get-Report]>($Path) {
                    filter <[Select-Active]> { $_ }
                    function <[Format-Line]> { param($Text) }
                }
                function <[Send-Report]> { }
                """);
        List<DocumentSymbol> roots = session.symbols(session.open(f.text()));
        assertEquals(List.of("Get-Report", "Send-Report"), roots.stream().map(DocumentSymbol::getName).toList());
        DocumentSymbol report = roots.get(0);
        assertEquals(SymbolKind.Function, report.getKind());
        assertEquals("function ($Path)", report.getDetail());
        assertEquals(List.of("Select-Active", "Format-Line"), report.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals("filter", report.getChildren().get(0).getDetail());
        assertEquals("function ($Text)", report.getChildren().get(1).getDetail());
        List<String> selections = List.of(report, report.getChildren().get(0), report.getChildren().get(1), roots.get(1))
                .stream().map(s -> EditorSession.text(f.text(), s.getSelectionRange())).toList();
        assertEquals(f.ranges().stream().map(r -> r.of(f.text())).toList(), selections);
        assertEquals(List.of(), roots.get(1).getChildren());
    }

    @Test
    void scriptWithoutFunctionsHasNoSymbols() throws Exception {
        assertEquals(List.of(), session.symbols(session.open("Get-EntraUser -Top 1\n")));
    }
}
