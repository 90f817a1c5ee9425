/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.training;

import io.sparkdenoise.core.image.Dihedral;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoiseStreams;
import java.io.Serializable;

/**
 * Flip/rotate augmentation: in every epoch each training image gets one transform drawn uniformly
 * from the eight {@link Dihedral#ALL dihedral transforms} when it is square, from the four {@link
 * Dihedral#FLIPS flips} otherwise (so the shape, and the minibatch, stay as they are). The draw is
 * the first {@code nextInt} of the stream keyed (seed, image id, {@code "augment-epoch-" + epoch}),
 * so it depends on nothing else; the same transform goes to the noisy and the clean image of a
 * pair. Immutable, serializable (it is sent to the executors) and thread-safe.
 *
 * @param enabled false: every image stays as it is
 * @param seed the seed of the draws
 */
public record Augmentation(boolean enabled, long seed) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String PURPOSE = "augment-epoch-";

  /** No augmentation. */
  public static Augmentation off() {
    return new Augmentation(false, 0L);
  }

  /** The transform of image {@code imageId}, of the given shape, in {@code epoch}. */
  public Dihedral transform(String imageId, int epoch, int height, int width) {
    if (!enabled) {
      return Dihedral.IDENTITY;
    }
    var choices = height == width ? Dihedral.ALL : Dihedral.FLIPS;
    int pick = NoiseStreams.forImage(seed, imageId, PURPOSE + epoch).nextInt(choices.size());
    return choices.get(pick);
  }

  /** {@code image} under its transform in {@code epoch} (keyed by the image's own id). */
  public Image apply(Image image, String imageId, int epoch) {
    return transform(imageId, epoch, image.height(), image.width()).apply(image);
  }
}
