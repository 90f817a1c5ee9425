/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SparkDefaults;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise conf}: what a configuration (a HOCON profile and {@code --conf} overrides
 * over {@code reference.conf}, resolved as every job resolves it) gives spark-submit: its Spark
 * settings as a spark-defaults properties file, or the files the profile is made of. The HOCON
 * profiles stay the one source; {@code deploy/bin/submit} passes the first to {@code spark-submit
 * --properties-file} and ships the second to YARN.
 */
@Command(
    name = "conf",
    mixinStandardHelpOptions = true,
    description = {
      "Renders what a configuration gives spark-submit: --properties prints its Spark settings"
          + " ("
          + SparkOptions.SETTINGS
          + ") as a spark-defaults properties file, for"
          + " spark-submit --properties-file; --files prints the files the --config profile is"
          + " made of (its includes, then itself), one per line.",
      "Example: spark-denoise conf --config conf/yarn.conf --properties"
    })
final class ConfCommand implements Callable<Integer> {
  private final Console console;

  @Mixin private JobOptions options;

  @ArgGroup(multiplicity = "1")
  private What what;

  @Option(
      names = "--defaults",
      paramLabel = "FILE",
      description =
          "with --properties: a spark-defaults.conf whose properties come first, the"
              + " configuration's win (spark-submit reads no spark-defaults.conf when given"
              + " --properties-file)")
  private Path defaults;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "write to FILE (replaced whole) instead of stdout")
  private Path output;

  /** What to render: exactly one of the two. */
  static final class What {
    @Option(
        names = "--properties",
        required = true,
        description = "the Spark settings as a spark-defaults properties file")
    boolean properties;

    @Option(
        names = "--files",
        required = true,
        description = "the files of the --config profile: its includes, then itself")
    boolean files;
  }

  ConfCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (defaults != null && !what.properties) {
      throw new UsageException("--defaults goes with --properties");
    }
    String text = what.properties ? properties() : files();
    if (output == null) {
      text.lines().forEach(console::result);
    } else {
      write(text);
    }
    return 0;
  }

  private String properties() throws IOException {
    SparkOptions spark = options.config(SparkOptions::from);
    List<String> comments = new ArrayList<>();
    SortedMap<String, String> properties = new TreeMap<>();
    if (defaults != null) {
      if (!Files.isRegularFile(defaults)) {
        throw new NoSuchFileException(defaults.toString());
      }
      properties.putAll(SparkDefaults.read(defaults));
      comments.add("the properties of " + defaults + ", then");
    }
    properties.putAll(spark.settings());
    comments.add(
        SparkOptions.SETTINGS
            + " of "
            + options.configFile().map(Path::toString).orElse("reference.conf")
            + ", rendered by "
            + SparkDenoise.NAME
            + " conf --properties");
    return SparkDefaults.render(comments, properties);
  }

  private String files() {
    Path profile =
        options
            .configFile()
            .orElseThrow(() -> new UsageException("--files needs the profile: --config FILE"));
    try {
      return ConfigLayers.files(profile).stream()
          .map(Path::toString)
          .collect(Collectors.joining("\n", "", "\n"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Writes {@code text} next to {@link #output} and moves it there: never a partial file. */
  private void write(String text) throws IOException {
    Path target = output.toAbsolutePath();
    if (!Files.isDirectory(target.getParent())) {
      throw new NoSuchFileException(target.getParent().toString());
    }
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
