/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.UncheckedImageDecodeException;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.PixelWeights;
import io.sparkdenoise.core.model.Tensors;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Runs on the executors: turns input rows into the one-example DataSets of an epoch ({@link
 * ExampleSource}), features the noisy image and labels the clean one, each one image in the
 * network's layout ({@code [1, height, width, channels]} or {@code [1, channels, height, width]})
 * in [0, 1]. For a gray network an RGB pair gives one example per channel; an RGB network takes it
 * whole ({@link ImagePair#forNetwork}). The loss's per-pixel weights, when there are any, travel as
 * each example's label mask. A row whose png does not decode fails the task (the pairs and ingest
 * jobs only write rows that decode, so that is a damaged table).
 */
final class ExampleDecoder implements FlatMapFunction<Iterator<Row>, DataSet> {
  private static final long serialVersionUID = 1L;

  private final ExampleSource source;
  private final int epoch;
  private final CNN2DFormat layout;
  private final PixelWeights weights;

  /**
   * The examples of {@code source} in the 1-based {@code epoch}, in the network's layout, their
   * labels weighted by {@code weights} (a label mask, unless uniform).
   */
  ExampleDecoder(ExampleSource source, int epoch, CNN2DFormat layout, PixelWeights weights) {
    this.source = source;
    this.epoch = epoch;
    this.layout = layout;
    this.weights = weights;
  }

  @Override
  public Iterator<DataSet> call(Iterator<Row> rows) {
    NativeSetup.ensureReady();
    List<DataSet> examples = new ArrayList<>();
    while (rows.hasNext()) {
      for (ImagePair pair : source.pairs(rows.next(), epoch)) {
        List<Image> clean = List.of(pair.clean());
        examples.add(
            weights.apply(
                new DataSet(
                    Tensors.stack(List.of(pair.noisy()), layout), Tensors.stack(clean, layout)),
                clean));
      }
    }
    return examples.iterator();
  }

  /**
   * The pairs of one pairs-table row for a network of {@code channels} channels.
   *
   * @throws UncheckedImageDecodeException when a png does not decode
   * @throws IllegalArgumentException when the clean and noisy images differ in shape
   */
  static List<ImagePair> pairs(Row row, int channels) {
    String id = row.getAs("id");
    return planes(
        id, decode(row.getAs("clean_png"), id), decode(row.getAs("noisy_png"), id), channels);
  }

  /**
   * The pairs of image {@code id} for a network of {@code channels} channels ({@link
   * ImagePair#forNetwork}).
   *
   * @throws IllegalArgumentException when the clean and noisy images differ in shape
   */
  static List<ImagePair> planes(String id, Image clean, Image noisy, int channels) {
    if (!clean.sameShape(noisy)) {
      throw new IllegalArgumentException(
          "pair " + id + ": clean " + clean + " and noisy " + noisy + " differ in shape");
    }
    return new ImagePair(noisy, clean).forNetwork(channels);
  }

  private static Image decode(byte[] png, String id) {
    try {
      return ImageCodec.decode(png, id).get(0).image();
    } catch (ImageDecodeException e) {
      throw new UncheckedImageDecodeException(e);
    }
  }
}
