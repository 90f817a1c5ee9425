/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The documented example queries, {@code sql/examples/<name>.sql} at the project root, which the
 * build also puts on the jobs class path: Spark SQL over the registered tables, with {@code
 * ${hivevar:...}} variables for the runs they look at.
 */
public final class SqlExamples {
  /** Every example, in the order the docs present them. */
  public static final List<String> NAMES =
      List.of(
          "runs",
          "gain_by_noise_level",
          "worst_images",
          "run_vs_run",
          "training_curves",
          "worst_pages",
          "faded_pages",
          "ocr_by_method");

  private static final String RESOURCE_DIR = "sql/examples/";

  private SqlExamples() {}

  /**
   * The text of example {@code name}.
   *
   * @throws IllegalArgumentException for a name not in {@link #NAMES}
   */
  public static String text(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "unknown example '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    }
    String resource = RESOURCE_DIR + name + ".sql";
    try (InputStream in = SqlExamples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the build put no " + resource + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
