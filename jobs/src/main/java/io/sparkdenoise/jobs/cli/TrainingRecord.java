/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.contracts.BuiltInModel;
import io.sparkdenoise.jobs.executor.ModelZip;
import io.sparkdenoise.jobs.executor.TrainingHistory;
import io.sparkdenoise.jobs.executor.TrainingHistory.BestEpoch;
import io.sparkdenoise.jobs.pairs.PairsConfig;
import io.sparkdenoise.jobs.pairs.RealPairsConfig;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.train.TrainConfig;
import io.sparkdenoise.jobs.train.TrainInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * How a model was trained, as {@code model --summary} shows it: from the train run's {@code
 * _provenance.json}, the data (the pairs tables or the images table), the noise (the train run's
 * own, or that of the pairs tables, from their provenance when it can be read), the model it
 * started from (a fine-tune) or random weights, the preset, loss and epochs; from the model
 * directory's history table (the built-in model's shipped {@link BuiltInModel#HISTORY}), the best
 * validation PSNR and its epoch. Fields the record does not hold are null.
 *
 * @param preset the preset trained, e.g. {@code seed}
 * @param loss the loss trained with
 * @param data the tables it was trained on
 * @param noise the noise of its training pairs
 * @param startedFrom the model its weights started from ({@code train.init-model}), with the share
 *     of its weights the written model kept when not 0, or {@value #RANDOM_WEIGHTS}
 * @param epochs the epochs asked for
 * @param trainedAt when the train run ended
 * @param best the epoch with the best validation PSNR
 */
record TrainingRecord(
    String preset,
    String loss,
    String data,
    String noise,
    String startedFrom,
    Integer epochs,
    String trainedAt,
    Optional<BestEpoch> best) {

  /** What {@link #startedFrom} says of a run that did not start from a model. */
  static final String RANDOM_WEIGHTS = "random weights";

  /** What {@code model}'s provenance and directory say; all null for a bare zip. */
  static TrainingRecord of(ModelZip model, Configuration hadoopConf) throws IOException {
    if (model.training().isEmpty()) {
      return new TrainingRecord(null, null, null, null, null, null, null, Optional.empty());
    }
    Map<String, String> config = model.training().get().config();
    String data = config.getOrDefault(TrainConfig.PAIRS, config.get(TrainInput.IMAGES));
    String noise = config.get(TrainInput.NOISE);
    if (noise == null && config.containsKey(TrainConfig.PAIRS)) {
      noise = pairsNoise(config.get(TrainConfig.PAIRS), hadoopConf);
    }
    String epochs = config.get(TrainConfig.EPOCHS);
    String init = config.get(TrainConfig.INIT_MODEL);
    return new TrainingRecord(
        config.get(TrainConfig.PRESET),
        config.get(TrainConfig.LOSS),
        data,
        noise,
        init == null || init.isBlank() ? RANDOM_WEIGHTS : init + kept(config),
        epochs == null ? null : Integer.valueOf(epochs),
        model.training().get().createdAt().toString(),
        best(model, hadoopConf));
  }

  /** What a fine-tune kept of its start's weights ({@value TrainConfig#KEEP_INIT}), if any. */
  private static String kept(Map<String, String> config) {
    String share = config.getOrDefault(TrainConfig.KEEP_INIT, "0");
    return Double.parseDouble(share) > 0 ? " (" + share + " of its weights kept)" : "";
  }

  /** The record as JSON fields, in print order. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("data", data);
    fields.put("noise", noise);
    fields.put("started_from", startedFrom);
    fields.put("epochs", epochs);
    fields.put("best_validation_psnr_db", best.map(BestEpoch::validationPsnrDb).orElse(null));
    fields.put("best_epoch", best.map(BestEpoch::epoch).orElse(null));
    fields.put("trained_at", trainedAt);
    return fields;
  }

  /** The best epoch: from the history beside the model, or the one the built-in model ships. */
  private static Optional<BestEpoch> best(ModelZip model, Configuration hadoopConf)
      throws IOException {
    return BuiltInModel.URI.equals(model.name())
        ? TrainingHistory.bestOfCsv(BuiltInModel.history())
        : TrainingHistory.best(hadoopConf, new Path(model.name()).getParent().toString());
  }

  /** The noise of the pairs tables, from their provenance; null when none can be read. */
  private static String pairsNoise(String tables, Configuration hadoopConf) throws IOException {
    Set<String> noises = new LinkedHashSet<>();
    for (String table : tables.split(",")) {
      Optional<Provenance> provenance = provenance(table.strip(), hadoopConf);
      if (provenance.isEmpty()) {
        continue;
      }
      Map<String, String> config = provenance.get().config();
      if (config.containsKey(PairsConfig.NOISE)) {
        noises.add(config.get(PairsConfig.NOISE));
      } else if (config.containsKey(RealPairsConfig.NOISY)) {
        noises.add("real scans (" + config.get(RealPairsConfig.NOISY) + ")");
      }
    }
    List<String> all = new ArrayList<>(noises);
    return all.isEmpty() ? null : String.join(" + ", all);
  }

  private static Optional<Provenance> provenance(String table, Configuration hadoopConf)
      throws IOException {
    Path record = new Path(table, AtomicCommit.PROVENANCE_FILE);
    FileSystem fs = record.getFileSystem(hadoopConf);
    if (!fs.exists(record)) {
      return Optional.empty();
    }
    try (InputStream in = fs.open(record)) {
      return Optional.of(
          Provenance.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }
}
