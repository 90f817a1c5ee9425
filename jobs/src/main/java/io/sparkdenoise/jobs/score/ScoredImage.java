/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoisyImage;
import io.sparkdenoise.core.noise.PairNoise;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * One image to score, decoded on the executor: the clean reference, the noisy input and the noise
 * drawn for it.
 *
 * @param split the image's split label
 * @param clean the clean image, with the image's id
 * @param noisy the noisy image, same shape and id
 * @param noiseModel the noise model's name
 * @param noiseParams the noise model's concrete parameters
 * @param text the clean image's ground-truth text, or null when it has none
 */
record ScoredImage(
    String split,
    Image clean,
    Image noisy,
    String noiseModel,
    Map<String, Double> noiseParams,
    String text) {

  /** The image of a pairs-table row (columns id, split, clean_png, noisy_png, noise_*, text). */
  static ScoredImage ofPair(Row pair) throws ImageDecodeException {
    String id = pair.getAs("id");
    Map<String, Double> params = pair.getJavaMap(pair.fieldIndex("noise_params"));
    return new ScoredImage(
        pair.getAs("split"),
        PairNoise.decodeCell(id, pair.getAs("clean_png")),
        PairNoise.decodeCell(id, pair.getAs("noisy_png")),
        pair.getAs("noise_model"),
        new TreeMap<>(params),
        pair.getAs(ScoreInput.TEXT));
  }

  /** The image of an images-table row (columns id, split, png, text) with {@code noise} added. */
  static ScoredImage ofImage(Row image, PairNoise noise) throws ImageDecodeException {
    Image clean = PairNoise.decodeCell(image.getAs("id"), image.getAs("png"));
    NoisyImage noisy = noise.asStored(clean);
    return new ScoredImage(
        image.getAs("split"),
        clean,
        noisy.image(),
        noisy.noise().name(),
        new TreeMap<>(noisy.noise().parameters()),
        image.getAs(ScoreInput.TEXT));
  }
}
