/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.UncheckedImageDecodeException;
import io.sparkdenoise.core.image.Dihedral;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.training.Augmentation;
import io.sparkdenoise.core.training.EpochSeeds;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * How the training examples of an epoch come out of the input rows, on the executors (spark engine)
 * or the driver (local engine), the same way on both: pairs-table rows ({@code id, clean_png,
 * noisy_png}) are decoded; images-table rows ({@code id, png}) get the epoch's noise, {@code
 * NoisePlanner.generate(spec, EpochSeeds.of(seed, epoch), clean)}, so that each epoch sees fresh
 * noise that any run reproduces; then each pair gets the image's augmentation transform of the
 * epoch, the same for noisy and clean. The pairs are shaped for the network's channels ({@link
 * ImagePair#forNetwork}): for a gray network a colour image gives one gray pair per channel.
 * Immutable, serializable and thread-safe.
 *
 * @param noise the noise for an images table; null for a pairs table
 * @param augmentation the flip/rotate augmentation (possibly off)
 * @param channels the network's channels, 1 or 3
 */
record ExampleSource(PairNoise noise, Augmentation augmentation, int channels)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  ExampleSource {
    Objects.requireNonNull(augmentation, "augmentation");
  }

  /** The source for a run's input and augmentation, for a network of {@code channels}. */
  static ExampleSource of(TrainInput input, Augmentation augmentation, int channels) {
    return new ExampleSource(input.noise().orElse(null), augmentation, channels);
  }

  /** Whether the examples differ between epochs (fresh noise or augmentation). */
  boolean changesPerEpoch() {
    return noise != null || augmentation.enabled();
  }

  /**
   * The training pairs of one input row in the 1-based {@code epoch}, shaped for the network.
   *
   * @throws UncheckedImageDecodeException when a png does not decode
   */
  List<ImagePair> pairs(Row row, int epoch) {
    String id = row.getAs("id");
    List<ImagePair> planes =
        noise == null ? ExampleDecoder.pairs(row, channels) : noisy(id, row, epoch);
    if (!augmentation.enabled()) {
      return planes;
    }
    Image first = planes.get(0).clean();
    Dihedral transform = augmentation.transform(id, epoch, first.height(), first.width());
    List<ImagePair> out = new ArrayList<>(planes.size());
    for (ImagePair p : planes) {
      out.add(new ImagePair(transform.apply(p.noisy()), transform.apply(p.clean())));
    }
    return out;
  }

  private List<ImagePair> noisy(String id, Row row, int epoch) {
    Image clean;
    try {
      clean = PairNoise.decodeCell(id, row.getAs("png"));
    } catch (ImageDecodeException e) {
      throw new UncheckedImageDecodeException(e);
    }
    long seed = EpochSeeds.of(noise.seed(), epoch);
    Image noisy = NoisePlanner.generate(noise.spec(), seed, clean).image();
    return ExampleDecoder.planes(id, clean, noisy, channels);
  }
}
