/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one SparkSession of the jobs test run (STYLE rule 10): {@code local[2]}, driver on loopback,
 * UI off, scratch space under {@code java.io.tmpdir} (which the build points into {@code target/}).
 * Test classes use {@code @ExtendWith(SharedSpark.class)} and {@link #session()}; the session is
 * created once, reused by every class, and stopped when the whole run ends.
 */
public final class SharedSpark implements BeforeAllCallback {
  private static SparkSession session;

  /** The shared session; only valid in classes extended with this fixture. */
  public static synchronized SparkSession session() {
    if (session == null) {
      throw new IllegalStateException(
          "annotate the test class with @ExtendWith(SharedSpark.class)");
    }
    return session;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(SharedSpark.class, key -> start(), Stopper.class);
  }

  /**
   * The settings every test session has: UI off, driver on loopback, 2 shuffle partitions, scratch
   * space under {@code tmp}.
   */
  public static Map<String, String> settings(Path tmp) {
    Map<String, String> settings = new TreeMap<>();
    settings.put("spark.ui.enabled", "false");
    settings.put("spark.driver.host", "127.0.0.1");
    settings.put("spark.driver.bindAddress", "127.0.0.1");
    settings.put("spark.sql.shuffle.partitions", "2");
    settings.put("spark.local.dir", tmp.resolve("spark-local").toString());
    return settings;
  }

  private static synchronized Stopper start() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try {
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> settings = settings(tmp);
    settings.put("spark.sql.warehouse.dir", tmp.resolve("spark-warehouse").toUri().toString());
    settings.put("spark.unsafe.exceptionOnMemoryLeak", "true");
    session =
        SparkSessions.create(
            new SparkOptions(
                Optional.of("local[2]"), "spark-denoise-jobs-tests", new TreeMap<>(settings)));
    return new Stopper();
  }

  /** Stops the session at the end of the run. */
  static final class Stopper implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      synchronized (SharedSpark.class) {
        session.stop();
        SparkSession.clearActiveSession();
        SparkSession.clearDefaultSession();
        session = null;
      }
    }
  }
}
