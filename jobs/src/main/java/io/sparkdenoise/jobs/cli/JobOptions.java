/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.config.ConfigReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The configuration options every Spark job command shares: {@code --config FILE} and repeated
 * {@code --conf key=value}. A command's own flags (e.g. {@code --input}) are overrides of its keys
 * applied last, so the layers are, lowest first: {@code reference.conf}, the file, the {@code
 * --conf} overrides, the flags.
 */
public final class JobOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "HOCON file over the defaults, e.g. conf/local.conf")
  private Path configFile;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "override one setting (repeatable), e.g. --conf ingest.split.train=0.9")
  private List<String> overrides = new ArrayList<>();

  /** The {@code --config} file, if given. */
  public Optional<Path> configFile() {
    return Optional.ofNullable(configFile);
  }

  /**
   * The job's typed config: the layers with the command's flags on top, read by {@code from}. Any
   * refusal (file, override, value) becomes a one-line {@link UsageException}.
   *
   * @param flags config key to the flag's value; a null value is a flag the user did not give
   */
  public <C> C config(Map<String, String> flags, Function<ConfigReader, C> from) {
    try {
      return from.apply(load(flags));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The resolved configuration with the command's flags on top.
   *
   * @param flags config key to the flag's value; a null value is a flag the user did not give
   * @throws UsageException for a missing or unparsable file or a malformed override
   */
  public ConfigReader load(Map<String, String> flags) {
    List<String> all = new ArrayList<>(overrides);
    flags.forEach(
        (key, value) -> {
          if (value != null) {
            all.add(key + "=" + value);
          }
        });
    try {
      return ConfigLayers.load(Optional.ofNullable(configFile), all);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
