/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.compare;

import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.score.ScoreConfig;
import io.sparkdenoise.jobs.spark.SparkOptions;
import io.sparkdenoise.jobs.train.TrainConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The configuration of the {@code compare} command, read from the {@code compare}, {@code train},
 * {@code score} and {@code spark} blocks: every {@code train.*} and {@code score.*} setting applies
 * to every run, except what each run sets itself (its preset, loss, model directory and run id).
 * Each run's train and score configurations are made here, so that a combination that cannot train
 * (e.g. dncnn with bce) is refused before any run starts. Immutable; driver only.
 *
 * @param spark how the session is set up
 * @param pairs the pairs table every model trains and is scored on ({@value #PAIRS})
 * @param output the directory receiving models/, metrics/ and report.html ({@value #OUTPUT})
 * @param runs the runs in order: presets outer, losses inner
 * @param resolved every resolved setting by dotted key
 */
public record CompareConfig(
    SparkOptions spark,
    String pairs,
    String output,
    List<Run> runs,
    SortedMap<String, String> resolved) {
  /** Key of the pairs table; required. */
  public static final String PAIRS = "compare.pairs";

  /** Key of the output directory; required. */
  public static final String OUTPUT = "compare.output";

  /** Key of the comma-separated presets. */
  public static final String PRESETS = "compare.presets";

  /** Key of the comma-separated losses. */
  public static final String LOSSES = "compare.losses";

  /** The blocks besides its own whose settings the command takes. */
  public static final Set<String> JOB_BLOCKS = Set.of("train", "score");

  /** The models' directory below the output. */
  public static final String MODELS = "models";

  /** The metrics table below the output. */
  public static final String METRICS = "metrics";

  /** The report below the output. */
  public static final String REPORT = "report.html";

  /**
   * One model of the grid.
   *
   * @param preset its network
   * @param loss its training loss
   * @param train its training, into {@code <output>/models/<name>}
   * @param score its scoring, as run {@code <name>} of {@code <output>/metrics}
   */
  public record Run(Preset preset, Loss loss, TrainConfig train, ScoreConfig score) {
    /** {@code <preset>-<loss>}, e.g. {@code seed-bn-mse}: its directory and run id. */
    public String name() {
      return preset.id() + "-" + loss.id();
    }
  }

  /** Checks the fields and copies the collections. */
  public CompareConfig {
    Objects.requireNonNull(spark, "spark");
    ConfigReader.requireNonBlank(PAIRS, pairs);
    ConfigReader.requireNonBlank(OUTPUT, output);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("compare needs at least one preset and one loss");
    }
    runs = List.copyOf(runs);
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /**
   * The configuration in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value, or the run that cannot be
   *     configured
   */
  public static CompareConfig from(ConfigReader config) {
    String pairs = config.nonBlankString(PAIRS);
    String output = trimmed(config.nonBlankString(OUTPUT));
    List<Run> runs = new ArrayList<>();
    for (Preset preset : list(config, PRESETS, Preset::byId)) {
      for (Loss loss : list(config, LOSSES, Loss::byId)) {
        String name = preset.id() + "-" + loss.id();
        Map<String, String> train =
            Map.of(
                TrainConfig.PAIRS,
                pairs,
                TrainConfig.OUTPUT,
                output + "/" + MODELS + "/" + name,
                TrainConfig.PRESET,
                preset.id(),
                TrainConfig.LOSS,
                loss.id());
        Map<String, String> score = new TreeMap<>();
        score.put(ScoreConfig.MODEL, output + "/" + MODELS + "/" + name);
        score.put(ScoreConfig.PAIRS, pairs);
        score.put(ScoreConfig.OUTPUT, output + "/" + METRICS);
        score.put(ScoreConfig.RUN_ID, name);
        if (config.isDefault(ScoreConfig.BASELINES)) {
          score.put(ScoreConfig.BASELINES, "identity");
        }
        try {
          runs.add(
              new Run(
                  preset,
                  loss,
                  TrainConfig.from(config.with(train)),
                  ScoreConfig.from(config.with(score))));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("run " + name + ": " + e.getMessage(), e);
        }
      }
    }
    return new CompareConfig(SparkOptions.from(config), pairs, output, runs, config.flatten());
  }

  /** The report's URI. */
  public String report() {
    return output + "/" + REPORT;
  }

  private static String trimmed(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  private static <T> List<T> list(ConfigReader config, String key, Function<String, T> byId) {
    return config.parsed(
        key,
        text -> {
          Set<T> values = new LinkedHashSet<>();
          for (String id : text.split(",", -1)) {
            if (id.isBlank()) {
              throw new IllegalArgumentException("must be names separated by commas");
            }
            values.add(byId.apply(id.trim()));
          }
          return List.copyOf(values);
        });
  }
}
