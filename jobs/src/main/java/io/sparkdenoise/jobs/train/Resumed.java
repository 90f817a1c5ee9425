/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.jobs.config.ConfigLayers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
   * the key. A key the checkpoint's config does not hold, written by a version without that
   * setting, counts as its default in reference.conf: what that version did.
   *
   * @param current the resolved config of the resuming run, with its image shape
   * @throws IllegalArgumentException naming the first differing key and both values
   */
  void requireCompatible(SortedMap<String, String> current, int epochs) {
    for (String key : Checkpointing.RESUME_KEYS) {
      String then = config.containsKey(key) ? config.get(key) : Defaults.VALUES.get(key);
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

  /** reference.conf's settings, read once, when a checkpoint lacks one. */
  private static final class Defaults {
    static final SortedMap<String, String> VALUES =
        ConfigLayers.load(Optional.empty(), List.of()).flatten();
  }

  private static String quoted(String value) {
    return value == null ? "unset" : "'" + value + "'";
  }
}
