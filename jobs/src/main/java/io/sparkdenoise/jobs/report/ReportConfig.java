/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.contracts.SplitRows;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configuration of the {@code report} job, read from the {@code report} and {@code spark}
 * blocks. Layers, lowest first: {@code reference.conf}, the {@code --config} file, {@code --conf
 * key=value}, the command's flags. Immutable; driver only.
 *
 * @param spark how the session is set up
 * @param run the run partition, {@code <metrics dir>/run_id=<id>} ({@value #RUN})
 * @param output the HTML file to write, replaced atomically ({@value #OUTPUT})
 * @param history the history table instead of {@code <model dir>/history} from the run's provenance
 *     ({@value #HISTORY})
 * @param pairs the pairs table instead of the one in the run's provenance ({@value #PAIRS})
 * @param splits the splits of the run's rows the report covers ({@value #SPLITS})
 * @param examples images in the before/after grid: half the worst, half the best ({@value
 *     #EXAMPLES})
 * @param randomExamples images in the grid drawn at random among the others ({@value
 *     #RANDOM_EXAMPLES})
 * @param seed the seed of that draw ({@value #SEED})
 * @param bins histogram bins ({@value #BINS})
 * @param resolved every resolved setting by dotted key
 */
public record ReportConfig(
    SparkOptions spark,
    String run,
    String output,
    Optional<String> history,
    Optional<String> pairs,
    Set<Split> splits,
    int examples,
    int randomExamples,
    long seed,
    int bins,
    SortedMap<String, String> resolved) {
  /** Key of the run partition's URI; required. */
  public static final String RUN = "report.run";

  /** Key of the output file's URI; required. */
  public static final String OUTPUT = "report.output";

  /** Key of a history table to use instead of the model's. */
  public static final String HISTORY = "report.history";

  /** Key of a pairs table to use instead of the run's. */
  public static final String PAIRS = "report.pairs";

  /** Key of the comma-separated splits the report covers; {@code test} by default. */
  public static final String SPLITS = "report.splits";

  /** Key of the number of example images. */
  public static final String EXAMPLES = "report.examples";

  /** The most example images. */
  public static final int EXAMPLES_MAX = 64;

  /** Key of the number of example images drawn at random. */
  public static final String RANDOM_EXAMPLES = "report.random-examples";

  /** Key of the seed of the random examples. */
  public static final String SEED = "report.seed";

  /** Key of the number of histogram bins. */
  public static final String BINS = "report.bins";

  /** The most histogram bins. */
  public static final int BINS_MAX = 200;

  /** Checks the fields. */
  public ReportConfig {
    Objects.requireNonNull(spark, "spark");
    ConfigReader.requireNonBlank(RUN, run);
    ConfigReader.requireNonBlank(OUTPUT, output);
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(pairs, "pairs");
    if (!output.endsWith(".html")) {
      throw new IllegalArgumentException(OUTPUT + " must name an .html file, got '" + output + "'");
    }
    splits = SplitRows.requireSome(SPLITS, splits);
    ConfigReader.requireIn(EXAMPLES, examples, 0, EXAMPLES_MAX);
    ConfigReader.requireIn(RANDOM_EXAMPLES, randomExamples, 0, EXAMPLES_MAX);
    ConfigReader.requireIn(BINS, bins, 1, BINS_MAX);
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /** The configuration in {@code config}. */
  public static ReportConfig from(ConfigReader config) {
    return new ReportConfig(
        SparkOptions.from(config),
        config.string(RUN),
        config.string(OUTPUT),
        config.optionalString(HISTORY),
        config.optionalString(PAIRS),
        config.parsed(SPLITS, Split::listOf),
        config.integer(EXAMPLES),
        config.integer(RANDOM_EXAMPLES),
        config.longInteger(SEED),
        config.integer(BINS),
        config.flatten());
  }
}
