/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SparkDefaults;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spark-denoise conf renders a profile's Spark settings and files for spark-submit. */
class ConfCommandTest {
  private static final Path CONF = Path.of("..", "conf").toAbsolutePath().normalize();

  @TempDir Path dir;

  /** The Spark settings of a conf/ profile, as the jobs read them. */
  private static SortedMap<String, String> settings(String profile) {
    return SparkOptions.from(ConfigLayers.load(Optional.of(CONF.resolve(profile)), List.of()))
        .settings();
  }

  private static SortedMap<String, String> parse(String properties) throws IOException {
    Properties loaded = new Properties();
    loaded.load(new StringReader(properties));
    SortedMap<String, String> parsed = new TreeMap<>();
    loaded.stringPropertyNames().forEach(k -> parsed.put(k, loaded.getProperty(k)));
    return parsed;
  }

  @Test
  void printsAProfilesSparkSettingsIncludesResolvedAsAPropertiesFile() throws Exception {
    String profile = CONF.resolve("yarn-gpu.conf").toString();

    LauncherRun run = LauncherRun.of("conf", "--config", profile, "--properties");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("# spark.settings of " + profile + ", rendered by spark-denoise conf")
        .contains("spark.executor.resource.gpu.discoveryScript=./discover-gpus.sh\n")
        .contains("spark.yarn.maxAppAttempts=1\n");
    assertThat(parse(run.out())).isEqualTo(settings("yarn-gpu.conf"));
  }

  @Test
  void listsTheFilesAProfileIsMadeOfItselfLast() {
    LauncherRun run =
        LauncherRun.of("conf", "--config", CONF.resolve("k8s-gpu.conf").toString(), "--files");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            CONF.resolve("k8s.conf").toString(), CONF.resolve("k8s-gpu.conf").toString());
  }

  @Test
  void writesTheClustersDefaultsFirstAndTheProfileWinsIntoAFile() throws Exception {
    Path defaults = dir.resolve("spark-defaults.conf");
    Files.writeString(
        defaults,
        "spark.eventLog.enabled  true\nspark.executor.memory 1g\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("submit.properties");

    LauncherRun run =
        LauncherRun.of(
            "conf",
            "--config",
            CONF.resolve("standalone.conf").toString(),
            "--properties",
            "--defaults",
            defaults.toString(),
            "--output",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    SortedMap<String, String> expected = new TreeMap<>(settings("standalone.conf"));
    expected.put("spark.eventLog.enabled", "true");
    assertThat(SparkDefaults.read(out))
        .isEqualTo(expected)
        .containsEntry("spark.executor.memory", "4g");
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("# the properties of " + defaults + ", then\n");
  }

  @Test
  void refusesWhatItCannotDoInOneLine() {
    String profile = CONF.resolve("yarn.conf").toString();

    LauncherRun nothing = LauncherRun.of("conf", "--config", profile);
    LauncherRun defaultsWithFiles =
        LauncherRun.of("conf", "--config", profile, "--files", "--defaults", profile);
    LauncherRun filesOfNothing = LauncherRun.of("conf", "--files");
    LauncherRun noDirectory =
        LauncherRun.of(
            "conf",
            "--config",
            profile,
            "--properties",
            "--output",
            dir.resolve("missing/x.properties").toString());

    assertThat(nothing.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(nothing.err())
        .isEqualTo(
            "spark-denoise: Error: Missing required argument (specify one of these):"
                + " (--properties | --files) (see spark-denoise conf --help)\n");
    assertThat(defaultsWithFiles.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(defaultsWithFiles.err())
        .isEqualTo("spark-denoise: --defaults goes with --properties\n");
    assertThat(filesOfNothing.err())
        .isEqualTo("spark-denoise: --files needs the profile: --config FILE\n");
    assertThat(noDirectory.exitCode()).isEqualTo(SparkDenoise.EXIT_INPUT);
    assertThat(noDirectory.err())
        .isEqualTo("spark-denoise: no such file: " + dir.resolve("missing") + "\n");
  }
}
