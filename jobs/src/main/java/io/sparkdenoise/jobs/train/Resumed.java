/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A checkpoint loaded to resume from.
 *
 * @param uri the checkpoint's directory
 * @param state the loop state after its epoch
 * @param network the network after its epoch, with its updater state
 * @param best the best epoch's network (early stopping on), null when early stopping was off
 * @param config the resolved config of the run that wrote it
 */
record Resumed(
    String uri,
    CheckpointState state,
    Dl4jNetwork network,
    Dl4jNetwork best,
    SortedMap<String, String> config) {
  /**
   * Refuses a run that cannot continue this checkpoint: one whose {@link Checkpointing#RESUME_KEYS}
   * differ from the checkpoint's, or whose epochs are fewer than it has finished. One line, naming
   * the key.
   *
   * @param current the resolved config of the resuming run, with its image shape
   * @throws IllegalArgumentException naming the first differing key and both values
   */
  void requireCompatible(SortedMap<String, String> current, int epochs) {
    for (String key : Checkpointing.RESUME_KEYS) {
      String then = config.get(key);
      String now = current.get(key);
      if (!Objects.equals(then, now)) {
        throw new IllegalArgumentException(
            "cannot resume from "
                + uri
                + ": "
                + key
                + " is "
                + quoted(now)
                + ", the checkpoint's run had "
                + quoted(then));
      }
    }
    if (epochs < state.epoch()) {
      throw new IllegalArgumentException(
          "cannot resume from "
              + uri
              + ": "
              + TrainConfig.EPOCHS
              + " = "
              + epochs
              + " is below the "
              + state.epoch()
              + " epochs it has finished");
    }
  }

  private static String quoted(String value) {
    return value == null ? "unset" : "'" + value + "'";
  }
}
