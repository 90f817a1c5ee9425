/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names, selection and retention of epoch checkpoints. A checkpoint directory holds one directory
 * per checkpoint, named {@code epoch-} and the 1-based epoch in six digits ({@code epoch-000012}),
 * so that names sort as epochs do; any other name (a staging directory, a stray file) is not a
 * checkpoint. Which names are complete is for the caller to say (it looks for the commit marker):
 * these functions only choose among names. Stateless and thread-safe.
 */
public final class CheckpointNames {
  private static final Pattern NAME = Pattern.compile("epoch-(\\d{6})");
  private static final int MAX_EPOCH = 999_999;

  private CheckpointNames() {}

  /**
   * The name of the checkpoint after {@code epoch}.
   *
   * @throws IllegalArgumentException when the epoch is not in [1, 999999]
   */
  public static String name(int epoch) {
    if (epoch < 1 || epoch > MAX_EPOCH) {
      throw new IllegalArgumentException(
          "a checkpoint epoch must be in [1, " + MAX_EPOCH + "], got " + epoch);
    }
    return String.format(Locale.ROOT, "epoch-%06d", epoch);
  }

  /** The epoch of a checkpoint name; empty for any name {@link #name} does not make. */
  public static OptionalInt epochOf(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int epoch = Integer.parseInt(m.group(1));
    return epoch >= 1 ? OptionalInt.of(epoch) : OptionalInt.empty();
  }

  /** The checkpoint of the latest epoch among {@code complete}; other names are ignored. */
  public static Optional<String> latest(Collection<String> complete) {
    return checkpoints(complete).stream().reduce((a, b) -> b);
  }

  /**
   * The checkpoints among {@code complete} to delete so that the {@code keep} latest remain, oldest
   * first; other names are never listed.
   *
   * @throws IllegalArgumentException when {@code keep} is below 1
   */
  public static List<String> expired(Collection<String> complete, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("checkpoints to keep must be at least 1, got " + keep);
    }
    List<String> sorted = checkpoints(complete);
    return List.copyOf(sorted.subList(0, Math.max(0, sorted.size() - keep)));
  }

  /**
   * Whether a checkpoint is due after {@code epoch}: every {@code every} epochs, and always after
   * the run's last epoch ({@code last}: the configured end reached or training stopping early), so
   * that a finished run can be extended. Never when {@code every} is 0 (checkpoints off).
   */
  public static boolean due(int epoch, int every, boolean last) {
    if (every < 0) {
      throw new IllegalArgumentException("checkpoint interval must be at least 0, got " + every);
    }
    return every > 0 && (last || epoch % every == 0);
  }

  private static List<String> checkpoints(Collection<String> names) {
    List<String> found = new ArrayList<>();
    for (String name : names) {
      if (epochOf(name).isPresent()) {
        found.add(name);
      }
    }
    found.sort(Comparator.comparingInt(n -> epochOf(n).getAsInt()));
    return found;
  }
}
