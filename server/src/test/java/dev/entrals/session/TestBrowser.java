package dev.entrals.session;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person with a browser, for tests: opens the sign-in page on the stand-in, and (unless told to walk away) posts
 * the page's form_post answer to the loopback redirect as a browser would; enters device codes.
 */
final class TestBrowser implements SessionUi {

    private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"POST\" action=\"([^\"]+)\"");

    private final EntraStandIn standIn;
    private final boolean walkAway;
    final List<URI> opened = new CopyOnWriteArrayList<>();
    final List<String> deviceCodes = new CopyOnWriteArrayList<>();
    final List<String> progress = new CopyOnWriteArrayList<>();
    private volatile String loopbackReply;
    private final java.util.concurrent.CountDownLatch replied = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch openedOnce = new java.util.concurrent.CountDownLatch(1);

    /** Waits (at most 10 s) until the sign-in opened the browser; fails otherwise. */
    void awaitOpened() throws InterruptedException {
        if (!openedOnce.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new AssertionError("the sign-in did not open the browser within 10 s");
        }
    }

    /** What the loopback answered the browser; waits for it, since the sign-in may finish before the reply is read. */
    String loopbackReply() {
        try {
            replied.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return loopbackReply;
    }

    TestBrowser(EntraStandIn standIn, boolean walkAway) {
        this.standIn = standIn;
        this.walkAway = walkAway;
    }

    @Override
    public void openBrowser(URI uri) {
        opened.add(uri);
        openedOnce.countDown();
        if (walkAway) {
            return;
        }
        Thread t = new Thread(() -> signIn(uri), "test-browser");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void showDeviceCode(String userCode, String verificationUri, String message) {
        deviceCodes.add(userCode + " " + verificationUri + " " + message);
        if (!walkAway) {
            standIn.approve(userCode);
        }
    }

    @Override
    public void progress(String message) {
        progress.add(message);
    }

    private void signIn(URI authorize) {
        try {
            HttpClient http = HttpClient.newBuilder().sslContext(standIn.trustContext()).build();
            String page = http.send(HttpRequest.newBuilder(authorize).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher action = ACTION.matcher(page);
            if (!action.find()) {
                loopbackReply = "no form: " + page;
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = INPUT.matcher(page);
            while (m.find()) {
                fields.put(m.group(1), m.group(2));
            }
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            loopbackReply = http.send(HttpRequest.newBuilder(URI.create(action.group(1)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            loopbackReply = "browser failed: " + e;
        } finally {
            replied.countDown();
        }
    }
}
