/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoisyImage;
import io.sparkdenoise.core.noise.PairNoise;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.JavaConverters;

/**
 * On the executors: one images-table row (columns {@code id, split, label, png}, and {@code text}
 * when the row has that column) to one pairs-table row, or to none when its PNG does not decode
 * (logged with the id; the job counts these rows as {@code failed}). Holds only the {@link
 * PairNoise} and the canonical spec text.
 */
public final class PairRows implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PairRows.class);

  /** The optional column of ground-truth text, in both tables. */
  public static final String TEXT = "text";

  private final PairNoise noise;
  private final String canonicalSpec;

  /** Rows with {@code noise}; the train job makes its validation pairs from images with it. */
  public PairRows(PairNoise noise) {
    this.noise = noise;
    this.canonicalSpec = noise.spec().toString();
  }

  @Override
  public Iterator<Row> call(Row image) {
    String id = image.getAs("id");
    byte[] clean = image.getAs("png");
    NoisyImage noisy;
    try {
      noisy = noise.noisy(id, clean);
    } catch (ImageDecodeException e) {
      LOG.warn(
          "pairs: image {} has no pair, its png does not decode ({}: {})",
          id,
          e.failure().code(),
          e.getMessage());
      return Collections.emptyIterator();
    }
    return List.of(pairRow(image, clean, noisy)).iterator();
  }

  /** The row in the column order of data-schemas/pairs.json. */
  private Row pairRow(Row image, byte[] clean, NoisyImage noisy) {
    Image pixels = noisy.image();
    return RowFactory.create(
        pixels.id(),
        image.getAs("split"),
        image.getAs("label"),
        pixels.width(),
        pixels.height(),
        pixels.channels(),
        clean,
        PairNoise.png16(pixels),
        noisy.noise().name(),
        JavaConverters.mapAsScalaMap(noisy.noise().parameters()),
        canonicalSpec,
        noise.seed(),
        text(image));
  }

  /** The image's ground-truth text; null when it has none or the row has no text column. */
  private static String text(Row image) {
    StructType columns = image.schema();
    return columns != null && Arrays.asList(columns.fieldNames()).contains(TEXT)
        ? image.getAs(TEXT)
        : null;
  }
}
