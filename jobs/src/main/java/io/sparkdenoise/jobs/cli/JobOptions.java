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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The configuration options every Spark job command shares: {@code --config FILE} and repeated
 * {@code --conf key=value}. A command's own flags (e.g. {@code --input}) are overrides of its keys
 * applied last, so the layers are, lowest first: {@code reference.conf}, the file, the {@code
 * --conf} overrides, the flags.
 *
 * <p>A flag stands for a config key by naming it as its {@code descriptionKey}; only the flags the
 * user gave become overrides (their defaults, shown in the help by {@link ReferenceDefaults}, are
 * reference.conf's and must not hide the file's values).
 *
 * <p>A command's own namespaces are {@code spark} and its name ({@code tables} for {@code tables
 * query}): a key there that reference.conf does not hold is refused, in the file as in {@code
 * --conf}; other commands' keys in a shared file are left alone.
 */
public final class JobOptions {
  private static final String SPARK_NAMESPACE = "spark";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

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
   */
  public <C> C config(Function<ConfigReader, C> from) {
    return config(from, Set.of());
  }

  /**
   * {@link #config(Function)} for a command that also takes the settings of the jobs it runs, under
   * {@code more} namespaces (e.g. {@code train} and {@code score} for {@code compare}), checked as
   * its own.
   */
  public <C> C config(Function<ConfigReader, C> from, Set<String> more) {
    try {
      return from.apply(load(more));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The resolved configuration with the command's flags on top.
   *
   * @throws UsageException for a missing or unparsable file or a malformed override
   */
  public ConfigReader load() {
    return load(Set.of());
  }

  private ConfigReader load(Set<String> more) {
    List<String> all = new ArrayList<>(overrides);
    all.addAll(flags());
    Set<String> namespaces = new TreeSet<>(namespaces());
    namespaces.addAll(more);
    try {
      return ConfigLayers.load(Optional.ofNullable(configFile), all, namespaces);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code spark} and the name of the launcher's command this one is, or is below. */
  private Set<String> namespaces() {
    CommandSpec top = command;
    while (top.parent() != null && top.parent().parent() != null) {
      top = top.parent();
    }
    return Set.of(SPARK_NAMESPACE, top.name());
  }

  /** The flags the user gave that stand for config keys, as {@code key=value} overrides. */
  private List<String> flags() {
    ParseResult parsed = command.commandLine().getParseResult();
    List<String> flags = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      if (!option.descriptionKey().isEmpty() && parsed.hasMatchedOption(option)) {
        flags.add(option.descriptionKey() + "=" + option.getValue());
      }
    }
    return flags;
  }
}
