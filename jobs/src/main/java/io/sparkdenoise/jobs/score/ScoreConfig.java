/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.core.filter.Baselines;
import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.model.Denoiser;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import io.sparkdenoise.jobs.contracts.SplitRows;
import io.sparkdenoise.jobs.executor.TaskOcr;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The configuration of the {@code score} job, read from the {@code score} and {@code spark} blocks.
 * Layers, lowest first: {@code reference.conf}, the {@code --config} file, {@code --conf
 * key=value}, the command's flags. Immutable; it stays on the driver (executors get a small
 * parameter record).
 *
 * @param spark how the session is set up
 * @param model the model ({@value #MODEL}): default (the built-in one), a model directory or zip;
 *     empty ({@value #MODEL_NONE}) scores only the noisy input and the classical baselines
 * @param input the pairs table ({@value #PAIRS}), or the images table ({@value #IMAGES}) with the
 *     noise ({@value #NOISE}, {@value #SEED})
 * @param splits the splits of the input whose images are scored ({@value #SPLITS})
 * @param output URI of the metrics table ({@value #OUTPUT})
 * @param runId the run id ({@value #RUN_ID}); empty derives it from the model, input and noise
 * @param batchSize images per model forward pass on the executors ({@value #BATCH_SIZE})
 * @param partitions partitions to spread the input over first, 0 to keep the input's ({@value
 *     #PARTITIONS})
 * @param writeImages whether the model rows keep the model's output as a PNG ({@value
 *     #WRITE_IMAGES})
 * @param baselines the names of the classical methods scored next to the model ({@value
 *     #BASELINES}), {@code identity} among them
 * @param ocr whether rows with ground-truth text get the character error rate of Tesseract's
 *     reading of each method's output ({@value #OCR})
 * @param ocrLanguage the Tesseract language code of that reading ({@value #OCR_LANGUAGE})
 * @param resolved every resolved setting by dotted key, recorded in the output's provenance
 */
public record ScoreConfig(
    SparkOptions spark,
    Optional<String> model,
    ScoreInput input,
    Set<Split> splits,
    String output,
    Optional<String> runId,
    int batchSize,
    int partitions,
    boolean writeImages,
    List<String> baselines,
    boolean ocr,
    String ocrLanguage,
    SortedMap<String, String> resolved) {
  /** Key of the model; {@value #MODEL_NONE} for a baselines-only run. */
  public static final String MODEL = MetricsRun.MODEL;

  /** The {@value #MODEL} value that scores no model. */
  public static final String MODEL_NONE = MetricsRun.MODEL_NONE;

  /** Key of the pairs table URI; exactly one of this and {@value #IMAGES} is required. */
  public static final String PAIRS = MetricsRun.PAIRS;

  /** Key of the images table URI; needs {@value #NOISE}. */
  public static final String IMAGES = MetricsRun.IMAGES;

  /** Key of the noise spec for an images table (grammar in {@link NoiseSpec}). */
  public static final String NOISE = MetricsRun.NOISE;

  /** Key of the noise seed for an images table. */
  public static final String SEED = MetricsRun.SEED;

  /**
   * Key of the comma-separated splits to score; {@code test} by default, so that a model is not
   * scored on the images it was trained on.
   */
  public static final String SPLITS = "score.splits";

  /** Key of the metrics table URI; required. */
  public static final String OUTPUT = "score.output";

  /** Key of the run id; unset derives it from the model, input and noise. */
  public static final String RUN_ID = "score.run-id";

  /** Key of the images per model forward pass. */
  public static final String BATCH_SIZE = "score.batch-size";

  /** Key of the partition count; 0 keeps the input's partitioning. */
  public static final String PARTITIONS = "score.partitions";

  /** Key of the switch that keeps the model's outputs in the output_png column. */
  public static final String WRITE_IMAGES = "score.write-images";

  /** Key of the comma-separated baselines to score, {@code identity} among them. */
  public static final String BASELINES = "score.baselines";

  /** Key of the switch that reads the outputs of rows with ground-truth text with Tesseract. */
  public static final String OCR = "score.ocr";

  /** Key of the Tesseract language code the outputs are read in. */
  public static final String OCR_LANGUAGE = "score.ocr-language";

  /**
   * Run ids: a lower-case letter first (so Spark's partition discovery reads the column back as a
   * string, never as a number or a date), then lower-case letters, digits, '-' and '_'.
   */
  static final Pattern RUN_ID_PATTERN = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

  /** Validates the fields and copies the map. */
  public ScoreConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(runId, "runId");
    splits = SplitRows.requireSome(SPLITS, splits);
    ConfigReader.requireNonBlank(OUTPUT, output);
    if (input.uri().equals(output)) {
      throw new IllegalArgumentException(
          OUTPUT + " must differ from the input table, both are '" + output + "'");
    }
    runId.ifPresent(ScoreConfig::requireRunId);
    ConfigReader.requireAtLeast(BATCH_SIZE, batchSize, 1);
    ConfigReader.requireAtLeast(PARTITIONS, partitions, 0);
    baselines = requireBaselines(baselines);
    Objects.requireNonNull(ocrLanguage, "ocrLanguage");
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /**
   * The configuration in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static ScoreConfig from(ConfigReader config) {
    return new ScoreConfig(
        SparkOptions.from(config),
        config.optionalString(MODEL).filter(dir -> !MODEL_NONE.equals(dir)),
        input(config),
        config.parsed(SPLITS, Split::listOf),
        config.string(OUTPUT),
        config.optionalString(RUN_ID),
        config.integer(BATCH_SIZE),
        config.integer(PARTITIONS),
        config.bool(WRITE_IMAGES),
        Arrays.stream(config.string(BASELINES).split(",", -1)).map(String::trim).toList(),
        config.bool(OCR),
        config.parsed(OCR_LANGUAGE, TaskOcr::language),
        config.flatten());
  }

  private static ScoreInput input(ConfigReader config) {
    boolean pairs = config.has(PAIRS);
    if (pairs == config.has(IMAGES)) {
      throw new IllegalArgumentException(
          "set exactly one of " + PAIRS + " and " + IMAGES + (pairs ? ", got both" : ", got none"));
    }
    if (pairs) {
      if (config.has(NOISE)) {
        throw new IllegalArgumentException(
            NOISE + " is for " + IMAGES + " only: a pairs table holds its noise");
      }
      return ScoreInput.pairs(config.nonBlankString(PAIRS));
    }
    if (!config.has(NOISE)) {
      throw new IllegalArgumentException(IMAGES + " needs a noise spec in " + NOISE);
    }
    return ScoreInput.images(
        config.nonBlankString(IMAGES),
        new PairNoise(config.parsed(NOISE, NoiseSpec::parse), config.longInteger(SEED)));
  }

  /** The names, in scoring order, once each; refused unless each is known and identity is one. */
  private static List<String> requireBaselines(List<String> names) {
    List<String> chosen;
    try {
      chosen = Baselines.named(names).stream().map(Denoiser::name).toList();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(BASELINES + ": " + e.getMessage(), e);
    }
    if (!chosen.contains(IdentityDenoiser.NAME)) {
      throw new IllegalArgumentException(
          BASELINES
              + " must include "
              + IdentityDenoiser.NAME
              + " (every method's gain is measured against the noisy input), got '"
              + String.join(",", names)
              + "'");
    }
    return chosen;
  }

  private static void requireRunId(String id) {
    if (!RUN_ID_PATTERN.matcher(id).matches()) {
      throw new IllegalArgumentException(
          RUN_ID
              + " must be a lower-case letter then up to 63 lower-case letters, digits, '-' or '_'"
              + " (Spark must read it back as a string), got '"
              + id
              + "'");
    }
  }
}
