/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.config.ConfigReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** Flag defaults are reference.conf's, shown in the help, and never hide a config file's value. */
class ReferenceDefaultsTest {
  @TempDir Path dir;

  @Test
  void theHelpShowsReferenceConfsDefaults() {
    LauncherRun pages = LauncherRun.of("pages", "--help");
    LauncherRun train = LauncherRun.of("train", "--help");

    assertThat(pages.out())
        .containsPattern(shown("pages.dpi", "200"))
        .containsPattern(shown("pages.paper", "a4"));
    assertThat(train.out())
        .containsPattern(shown("train.preset", "seed"))
        .containsPattern(shown("train.engine", "spark"));
  }

  @Test
  void everyDefaultShownInTheHelpIsSet() {
    for (String command :
        List.of(
            "ingest",
            "pairs",
            "train",
            "score",
            "denoise",
            "pages",
            "report",
            "notebook",
            "demo")) {
      LauncherRun help = LauncherRun.of(command, "--help");

      assertThat(help.exitCode()).isZero();
      assertThat(help.out())
          .as(command)
          .doesNotContainPattern("default\\s+null")
          .doesNotContain("${");
    }
    for (String command : List.of("register", "query")) {
      assertThat(LauncherRun.of("tables", command, "--help").out())
          .containsPattern(shown("tables.database", "spark_denoise"))
          .doesNotContainPattern("default\\s+null");
    }
  }

  @Test
  void everyFlagStandsForASettingReferenceConfHolds() {
    StringWriter ignored = new StringWriter();
    Console console = new Console(new PrintWriter(ignored), new PrintWriter(ignored));
    List<String> keys = new ArrayList<>();
    collectKeys(SparkDenoise.commandLine(console), keys);

    assertThat(keys).hasSizeGreaterThan(20);
    for (String key : keys) {
      String namespace = key.substring(0, key.indexOf('.'));
      assertThatCode(
              () ->
                  ConfigLayers.load(
                      Optional.empty(), List.of(key + "=1"), Set.of(namespace, "spark")))
          .as(key)
          .doesNotThrowAnyException();
    }
  }

  private static void collectKeys(CommandLine command, List<String> keys) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (!option.descriptionKey().isEmpty() && !option.usageHelp() && !option.versionHelp()) {
        keys.add(option.descriptionKey());
      }
    }
    command.getSubcommands().values().forEach(sub -> collectKeys(sub, keys));
  }

  @Test
  void aFlagLeftOutKeepsTheConfigFilesValueAndAFlagGivenWins() throws IOException {
    Path file =
        Files.writeString(dir.resolve("job.conf"), "pairs.seed = 7\n", StandardCharsets.UTF_8);

    Probe leftOut = Probe.run("--config", file.toString());
    Probe given = Probe.run("--config", file.toString(), "--seed", "9");

    assertThat(leftOut.seed).as("the field holds reference.conf's default").isEqualTo("0");
    assertThat(leftOut.loaded.string("pairs.seed")).isEqualTo("7");
    assertThat(given.loaded.string("pairs.seed")).isEqualTo("9");
  }

  /** {@code (KEY, default VALUE)} in a help text that picocli may have wrapped anywhere. */
  private static Pattern shown(String key, String value) {
    return Pattern.compile(
        Pattern.quote("(")
            + key.replace(".", "\\.\\s*")
            + ",\\s+default\\s+"
            + Pattern.quote(value)
            + "\\)");
  }

  /** A command with one flag standing for a config key. */
  @Command(name = "probe")
  static final class Probe implements Callable<Integer> {
    @Mixin private JobOptions options;

    @Option(names = "--seed", descriptionKey = "pairs.seed")
    private String seed;

    private ConfigReader loaded;

    static Probe run(String... args) {
      Probe probe = new Probe();
      CommandLine cli = new CommandLine(probe);
      cli.setDefaultValueProvider(new ReferenceDefaults());
      assertThat(cli.execute(args)).isZero();
      return probe;
    }

    @Override
    public Integer call() {
      loaded = options.load();
      return 0;
    }
  }
}
