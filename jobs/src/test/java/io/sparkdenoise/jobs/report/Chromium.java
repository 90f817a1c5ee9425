/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven through ChromeDriver's W3C WebDriver HTTP API (no Selenium): starts
 * {@code chromedriver --port=0} (it picks a free port and says which), opens one browser session
 * with a fresh profile and the flags that keep Chromium off the network, and offers what the report
 * tests need: load a file, run a script, read the browser's console log, take a screenshot. The
 * binaries are {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (the Debian packages
 * chromium and chromium-driver) unless the system properties {@value #CHROMIUM_PROPERTY} / {@value
 * #CHROMEDRIVER_PROPERTY} name others. Missing binaries fail the test with the command that
 * installs them: this test is never skipped.
 */
final class Chromium implements AutoCloseable {
  static final String CHROMIUM_PROPERTY = "spark-denoise.chromium";
  static final String CHROMEDRIVER_PROPERTY = "spark-denoise.chromedriver";

  private static final Pattern STARTED = Pattern.compile("was started successfully on port (\\d+)");
  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,2000");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process driver;
  private final HttpClient http;
  private final String session;

  private Chromium(Process driver, int port, String session, HttpClient http) {
    this.driver = driver;
    this.http = http;
    this.session = "http://127.0.0.1:" + port + "/session/" + session;
  }

  /** Starts ChromeDriver and a browser whose profile lives under {@code scratch}. */
  static Chromium start(Path scratch) throws IOException, InterruptedException {
    Path chromium = binary(CHROMIUM_PROPERTY, "/usr/bin/chromium");
    Path chromedriver = binary(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver");
    Process driver =
        new ProcessBuilder(chromedriver.toString(), "--port=0").redirectErrorStream(true).start();
    try {
      int port = port(driver);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
      List<String> args = new ArrayList<>(FLAGS);
      args.add(
          "--user-data-dir="
              + Files.createDirectories(scratch.resolve("chromium-" + UUID.randomUUID())));
      Map<String, Object> capabilities =
          Map.of(
              "capabilities",
              Map.of(
                  "alwaysMatch",
                  Map.of(
                      "browserName", "chrome",
                      "goog:chromeOptions", Map.of("binary", chromium.toString(), "args", args),
                      "goog:loggingPrefs", Map.of("browser", "ALL"))));
      JsonNode created = post(http, "http://127.0.0.1:" + port + "/session", capabilities);
      return new Chromium(driver, port, created.path("sessionId").asText(), http);
    } catch (IOException | RuntimeException | InterruptedException e) {
      driver.destroyForcibly();
      throw e;
    }
  }

  /** Loads {@code file} and waits for it to finish loading. */
  void open(Path file) throws IOException, InterruptedException {
    post(http, session + "/url", Map.of("url", file.toUri().toString()));
  }

  /** Runs {@code script} (a function body; {@code return} its result) in the page. */
  JsonNode execute(String script) throws IOException, InterruptedException {
    return post(http, session + "/execute/sync", Map.of("script", script, "args", List.of()));
  }

  /** The browser's console messages since the last call: level, source, message. */
  List<JsonNode> consoleLog() throws IOException, InterruptedException {
    List<JsonNode> entries = new ArrayList<>();
    post(http, session + "/se/log", Map.of("type", "browser")).forEach(entries::add);
    return entries;
  }

  /** A PNG screenshot of the viewport. */
  byte[] screenshot() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(session + "/screenshot")).timeout(TIMEOUT).GET().build();
    return Base64.getDecoder()
        .decode(value(http.send(request, HttpResponse.BodyHandlers.ofString())).asText());
  }

  /** Ends the session (ChromeDriver quits the browser) and stops ChromeDriver. */
  @Override
  public void close() throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(session)).timeout(TIMEOUT).DELETE().build();
      http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // the browser is gone already; stopping the driver below is all that is left
    } finally {
      driver.destroy();
      if (!driver.waitFor(30, TimeUnit.SECONDS)) {
        driver.destroyForcibly();
      }
    }
  }

  private static Path binary(String property, String fallback) {
    Path path = Path.of(System.getProperty(property, fallback));
    if (!Files.isExecutable(path)) {
      throw new AssertionError(
          "headless Chromium is needed for the report tests and "
              + path
              + " is missing: run bin/install-test-tools (it apt-get installs chromium and"
              + " chromium-driver), or point -D"
              + property
              + "= at the binary");
    }
    return path;
  }

  /** Reads ChromeDriver's output until it says its port; keeps draining it afterwards. */
  private static int port(Process driver) throws IOException, InterruptedException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                String line;
                while ((line = out.readLine()) != null) {
                  Matcher m = STARTED.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
                port.completeExceptionally(
                    new IOException("chromedriver exited before it started"));
              } catch (IOException e) {
                port.completeExceptionally(e);
              }
            },
            "chromedriver-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return port.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("chromedriver did not start: " + e.getMessage(), e);
    }
  }

  private static JsonNode post(HttpClient http, String uri, Object body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    return value(http.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  /** The {@code value} of a WebDriver response; an error response throws with its message. */
  private static JsonNode value(HttpResponse<String> response) {
    JsonNode root;
    try {
      root = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not a WebDriver response: " + response.body(), e);
    }
    JsonNode value = root.path("value");
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "WebDriver error "
              + response.statusCode()
              + ": "
              + value.path("error").asText()
              + ": "
              + value.path("message").asText());
    }
    return value;
  }
}
