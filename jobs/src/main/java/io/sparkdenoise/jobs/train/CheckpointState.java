/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkdenoise.core.training.StoppingState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop state a checkpoint stores next to its networks, as {@value #FILE}: the epochs finished,
 * the examples per epoch, the history rows so far (exactly: doubles round-trip through JSON, NaN as
 * null) and the early-stopping state. Immutable.
 *
 * @param epoch the last finished epoch, at least 1
 * @param examples training examples per epoch
 * @param history one row per finished epoch, in order
 * @param stopping the early-stopping state after {@code epoch}
 */
record CheckpointState(
    int epoch, long examples, List<EpochMetrics> history, StoppingState stopping) {
  /** The state file in a checkpoint directory. */
  static final String FILE = "state.json";

  /** The version of the file's layout. */
  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  CheckpointState {
    history = List.copyOf(history);
    if (epoch < 1 || history.size() != epoch) {
      throw new IllegalArgumentException(
          "a checkpoint after epoch "
              + epoch
              + " needs "
              + epoch
              + " history rows, got "
              + history.size());
    }
  }

  /** The state as JSON text. */
  String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("epoch", epoch);
    root.put("examples", examples);
    ObjectNode stop = root.putObject("stopping");
    stop.put("best_epoch", stopping.bestEpoch());
    number(stop, "best_value", stopping.bestValue());
    stop.put("epochs_since_best", stopping.epochsSinceBest());
    ArrayNode rows = root.putArray("history");
    for (EpochMetrics e : history) {
      ObjectNode row = rows.addObject();
      row.put("epoch", e.epoch());
      number(row, "train_loss", e.trainLoss());
      number(row, "val_loss", e.validationLoss());
      number(row, "val_psnr_db", e.validationPsnr());
      number(row, "val_ssim", e.validationSsim());
      number(row, "images_per_s", e.imagesPerSecond());
      number(row, "seconds", e.seconds());
      number(row, "learning_rate", e.learningRate());
      row.put("best_epoch", e.bestEpoch());
    }
    return root.toString();
  }

  /**
   * The state in {@code json}.
   *
   * @throws IOException when it is not a state file of this version
   */
  static CheckpointState fromJson(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || required(root, "version").asInt() != VERSION) {
      throw new IOException("not a version " + VERSION + " " + FILE);
    }
    JsonNode stop = required(root, "stopping");
    List<EpochMetrics> history = new ArrayList<>();
    for (JsonNode row : required(root, "history")) {
      history.add(
          new EpochMetrics(
              required(row, "epoch").asInt(),
              number(row, "train_loss"),
              number(row, "val_loss"),
              number(row, "val_psnr_db"),
              number(row, "val_ssim"),
              number(row, "images_per_s"),
              number(row, "seconds"),
              number(row, "learning_rate"),
              required(row, "best_epoch").asInt()));
    }
    try {
      return new CheckpointState(
          required(root, "epoch").asInt(),
          required(root, "examples").asLong(),
          history,
          new StoppingState(
              required(stop, "best_epoch").asInt(),
              number(stop, "best_value"),
              required(stop, "epochs_since_best").asInt()));
    } catch (IllegalArgumentException e) {
      throw new IOException("inconsistent " + FILE + ": " + e.getMessage(), e);
    }
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static double number(JsonNode node, String field) throws IOException {
    JsonNode value = required(node, field);
    return value.isNull() ? Double.NaN : value.asDouble();
  }

  private static JsonNode required(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IOException(FILE + " lacks the field '" + field + "'");
    }
    return value;
  }
}
