/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.image.Image;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The noise of a table of noisy/clean pairs: a parsed spec and a seed, which turn each clean PNG
 * into its noisy counterpart. The pairs job stores what it makes; the score and train jobs make the
 * same noise again from an images table, so all three must draw it here. Small and serializable, it
 * is what those jobs send to their executors. Immutable and thread-safe.
 *
 * @param spec the noise spec, one model or a mixture with ranges
 * @param seed the seed; with the image id and the spec it determines the noise exactly
 */
public record PairNoise(NoiseSpec spec, long seed) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Noisy images are stored at 16 bits per sample so the noise is not rounded to 1/255. */
  static final EncodeOptions NOISY_PNG = EncodeOptions.png().withBitsPerSample(16);

  /** Checks the spec is present. */
  public PairNoise {
    Objects.requireNonNull(spec, "spec");
  }

  /**
   * The noisy version of the image stored as {@code cleanPng}, with the model drawn for it: {@code
   * NoisePlanner.generate(spec, seed, clean)} where {@code clean} is the decoded PNG named {@code
   * id}, as the {@code noise} command does for a file with that name.
   *
   * @throws ImageDecodeException when the bytes are not exactly one decodable image
   */
  public NoisyImage noisy(String id, byte[] cleanPng) throws ImageDecodeException {
    return NoisePlanner.generate(spec, seed, decodeCell(id, cleanPng));
  }

  /**
   * The noisy version of {@code clean} exactly as the pairs job stores it: {@code
   * NoisePlanner.generate(spec, seed, clean)} after the 16-bit PNG round trip of the {@code
   * noisy_png} column, so scoring noise made on the fly sees the same samples as scoring the pairs
   * table made with the same spec and seed.
   */
  public NoisyImage asStored(Image clean) {
    NoisyImage noisy = NoisePlanner.generate(spec, seed, clean);
    try {
      return new NoisyImage(decodeCell(clean.id(), png16(noisy.image())), noisy.noise());
    } catch (ImageDecodeException e) {
      throw new IllegalStateException("our own 16-bit PNG of " + clean.id() + " must decode", e);
    }
  }

  /**
   * The one image of a table cell's PNG (or other encoded) bytes, with id {@code id}.
   *
   * @throws ImageDecodeException when the bytes are not exactly one decodable image
   */
  public static Image decodeCell(String id, byte[] bytes) throws ImageDecodeException {
    List<DecodedPage> pages = ImageCodec.decode(bytes, id);
    if (pages.size() != 1) {
      throw new ImageDecodeException(
          DecodeFailure.UNSUPPORTED,
          "image " + id + " holds " + pages.size() + " pages; a table cell holds one image");
    }
    return pages.get(0).image();
  }

  /** The image as a 16-bit PNG (samples rounded to the nearest 1/65535). */
  public static byte[] png16(Image image) {
    return ImageCodec.encode(image, NOISY_PNG);
  }
}
