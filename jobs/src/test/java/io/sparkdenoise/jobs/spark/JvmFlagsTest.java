/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** .build/jvm-flags.txt, the one list of JVM flags for Spark on Java 17, is complete and in use. */
class JvmFlagsTest {
  private static final Path FLAGS = Path.of("..", ".build", "jvm-flags.txt");

  private static List<String> flags() throws IOException {
    return Files.readAllLines(FLAGS, StandardCharsets.UTF_8).stream()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  @Test
  void holdsEveryFlagSparkAddsItselfWhenSubmitting() throws IOException {
    List<String> spark = Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" "));

    assertThat(flags()).containsAll(spark);
  }

  @Test
  void theTestJvmRunsWithThem() throws IOException {
    List<String> running = ManagementFactory.getRuntimeMXBean().getInputArguments();

    assertThat(running).containsAll(flags());
  }
}
