package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.entrals.StandardFeatures;
import dev.entrals.features.ServerCommands;
import dev.entrals.session.SessionTestKit;

/**
 * Every command the server declares, called through a real lsp4j client with arguments of every wrong shape (not an
 * array, null, wrong element types, extra elements, unknown or mistyped fields, none at all): each call is answered,
 * with a result or a {@code -32602 InvalidParams} error whose message a person can read (never {@code -32603} with an
 * exception's name). The standard features run on a session service whose home is a temporary folder and whose
 * identity provider is the local stand-in; nothing leaves the machine.
 */
class ExecuteCommandArgumentsTest {

    /** Hang guard: far above any answer (they take milliseconds), far below the 120 s a real sign-in may wait. */
    private static final long ANSWER_WITHIN_SECONDS = 30;

    /** One hostile shape: a name, and the {@code arguments} member as JSON ({@code null} = member absent). */
    private record Shape(String name, String argumentsJson) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("no arguments member", null),
            new Shape("arguments: null", "null"),
            new Shape("arguments: a string", "\"notalist\""),
            new Shape("arguments: a number", "5"),
            new Shape("arguments: an object", "{\"x\":1}"),
            new Shape("empty array", "[]"),
            new Shape("[null]", "[null]"),
            new Shape("[null, null]", "[null,null]"),
            new Shape("[true]", "[true]"),
            new Shape("[5]", "[5]"),
            new Shape("[[1,2]]", "[[1,2]]"),
            new Shape("[{}]", "[{}]"),
            new Shape("[{\"x\":1}]", "[{\"x\":1}]"),
            new Shape("three objects", "[{\"a\":1},{\"b\":2},{\"c\":3}]"),
            new Shape("object then junk", "[{},5,\"s\",[1]]"),
            new Shape("lens marker of the wrong type", "[{\"origin\":5}]"),
            new Shape("field values of the wrong type", "[{\"name\":{\"a\":1},\"channel\":[1],\"url\":{},"
                    + "\"clientId\":[1],\"flow\":{},\"scopes\":{\"a\":1},\"azureADEndpoint\":[],\"graphEndpoint\":5}]"),
            new Shape("text field of an array", "[{\"name\":[\"Get-EntraUser\"]}]"));

    /**
     * Calls that are valid and do real work, left out here: a connect without arguments or with an empty object
     * starts the settings' sign-in (browser; covered by {@code SignInFlowsTest}), a
     * fetch without arguments downloads the docs from GitHub (covered by {@code FetchDocsCommandTest} against a
     * local server).
     */
    private static final Set<String> VALID_WORK = Set.of(
            ServerCommands.CONNECT + " no arguments member", ServerCommands.CONNECT + " arguments: null",
            ServerCommands.CONNECT + " empty array", ServerCommands.CONNECT + " [{}]",
            ServerCommands.FETCH_DOCS + " no arguments member", ServerCommands.FETCH_DOCS + " arguments: null",
            ServerCommands.FETCH_DOCS + " empty array", ServerCommands.FETCH_DOCS + " [{}]");

    @TempDir
    Path home;
    InProcessServer s;
    List<String> commands;

    @BeforeEach
    void start() throws Exception {
        SessionTestKit kit = new SessionTestKit(home);
        s = InProcessServer.withFeatures(StandardFeatures.standard(kit.newService()));
        InitializeResult r = s.initialize();
        commands = r.getCapabilities().getExecuteCommandProvider().getCommands();
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    @Test
    void everyDeclaredCommandAnswersEveryHostileShapeWithAResultOrInvalidParams() throws Exception {
        assertEquals(ServerCommands.ALL, commands, "the table covers what the server declares");
        List<String> wrong = new ArrayList<>();
        int answered = 0;
        for (String command : commands) {
            for (Shape shape : SHAPES) {
                if (VALID_WORK.contains(command + " " + shape.name())) {
                    continue;
                }
                String problem = problem(command, shape);
                if (problem != null) {
                    wrong.add(command + " with " + shape.name() + ": " + problem);
                } else {
                    answered++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(commands.size() * SHAPES.size() - VALID_WORK.size(), answered);
    }

    @Test
    void theIssuesCasesAreInvalidParams() throws Exception {
        ResponseError nullObject = error(send(ServerCommands.CONNECT, "[null]"));
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), nullObject.getCode());
        assertEquals("entra.connect takes one JSON object argument, not null.", nullObject.getMessage());
        ResponseError notAList = error(send(ServerCommands.CONNECT, "\"notalist\""));
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), notAList.getCode(), notAList.getMessage());
        ResponseError unexpected = error(send(ServerCommands.DISCONNECT, "[{\"x\":1}]"));
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), unexpected.getCode());
        assertEquals("entra.disconnect takes no arguments, not an object.", unexpected.getMessage());
        assertEquals(List.of(), SessionTestKit.blockedRequests());
        Object environments = send(ServerCommands.GET_ENVIRONMENTS, null);
        assertTrue(environments instanceof List<?> l && !l.isEmpty(), "getEnvironments without arguments: "
                + environments);
    }

    @Test
    void theIssuesCasesAreAnsweredOnTheRawWire() throws Exception {
        try (InProcessServer raw = InProcessServer.withWire(dev.entrals.features.session.SessionFeatureAccess
                .providers(new SessionTestKit(home.resolve("wire")).newService()))) {
            LspWire wire = raw.wire();
            wire.responseTo(wire.request("initialize", Json.initialize(null)));
            wire.notify("initialized", new JsonObject());
            String[][] calls = {
                    {ServerCommands.CONNECT, "[null]"}, {ServerCommands.CONNECT, "\"notalist\""},
                    {ServerCommands.DISCONNECT, "[{\"x\":1}]"}, {ServerCommands.GET_ENVIRONMENTS, null}};
            for (String[] call : calls) {
                JsonObject params = new JsonObject();
                params.addProperty("command", call[0]);
                if (call[1] != null) {
                    params.add("arguments", JsonParser.parseString(call[1]));
                }
                JsonObject reply = wire.responseTo(wire.request("workspace/executeCommand", params));
                String what = call[0] + " " + call[1] + ": " + reply;
                if (call[0].equals(ServerCommands.GET_ENVIRONMENTS)) {
                    assertTrue(reply.has("result") && reply.get("result").isJsonArray(), what);
                } else {
                    assertEquals(-32602, reply.getAsJsonObject("error").get("code").getAsInt(), what);
                }
            }
        }
    }

    /** Null when the reply is fine, else what is wrong with it. */
    private String problem(String command, Shape shape) throws Exception {
        Object reply;
        try {
            reply = send(command, shape.argumentsJson());
        } catch (TimeoutException e) {
            return "no answer within " + ANSWER_WITHIN_SECONDS + " s";
        }
        if (!(reply instanceof ResponseError e)) {
            return null;
        }
        if (e.getCode() != ResponseErrorCode.InvalidParams.getValue()) {
            return "error " + e.getCode() + " " + e.getMessage();
        }
        if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("Exception")) {
            return "unclear message: " + e.getMessage();
        }
        return null;
    }

    /** The result, or the {@link ResponseError} of the reply. */
    private Object send(String command, String argumentsJson) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("command", command);
        if (argumentsJson != null) {
            params.add("arguments", JsonParser.parseString(argumentsJson));
        }
        try {
            return s.remote.request("workspace/executeCommand", params).get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResponseErrorException r) {
                return r.getResponseError();
            }
            throw e;
        }
    }

    private static ResponseError error(Object reply) {
        assertTrue(reply instanceof ResponseError, "an error, not " + reply);
        ResponseError e = (ResponseError) reply;
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e;
    }
}
