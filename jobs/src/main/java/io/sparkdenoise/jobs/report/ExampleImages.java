/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.apache.spark.sql.functions.col;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.jobs.contracts.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The clean and noisy images of a few examples of a run, from the table the run scored: the pairs
 * table's PNGs, or the images table's with the run's noise made again exactly as the score job made
 * it ({@link PairNoise#asStored}). Images that cannot be had are absent, with the reason.
 */
final class ExampleImages {
  /**
   * The examples' images.
   *
   * @param clean the clean images by image id
   * @param noisy the noisy images by image id
   * @param problem why some or all are missing, if they are
   */
  record Found(Map<String, Image> clean, Map<String, Image> noisy, Optional<String> problem) {}

  private ExampleImages() {}

  static Found find(SparkSession spark, ScoredRun run, List<String> ids) {
    Map<String, Image> clean = new HashMap<>();
    Map<String, Image> noisy = new HashMap<>();
    try {
      if (run.pairs().isPresent()) {
        for (Row r : rows(spark, Table.PAIRS, run.pairs().get(), ids, "clean_png", "noisy_png")) {
          put(clean, r.getString(0), (byte[]) r.get(1));
          put(noisy, r.getString(0), (byte[]) r.get(2));
        }
      } else if (run.images().isPresent()) {
        PairNoise noise = run.run().noise();
        for (Row r : rows(spark, Table.IMAGES, run.images().get(), ids, "png")) {
          if (put(clean, r.getString(0), (byte[]) r.get(1))) {
            noisy.put(r.getString(0), noise.asStored(clean.get(r.getString(0))).image());
          }
        }
      } else {
        return new Found(clean, noisy, Optional.of("the run's provenance names no input table"));
      }
    } catch (IOException | RuntimeException e) {
      return new Found(clean, noisy, Optional.of("cannot read the input table: " + e.getMessage()));
    }
    long missing =
        ids.stream().filter(id -> !clean.containsKey(id) || !noisy.containsKey(id)).count();
    if (missing > 0) {
      return new Found(
          clean,
          noisy,
          Optional.of(
              missing
                  + " of "
                  + ids.size()
                  + " examples have no decodable clean or noisy image in the input table"));
    }
    return new Found(clean, noisy, Optional.empty());
  }

  /** The {@code id} and {@code columns} of the rows of {@code ids} in the table at {@code uri}. */
  private static List<Row> rows(
      SparkSession spark, Table table, String uri, List<String> ids, String... columns)
      throws IOException {
    List<String> used = new ArrayList<>(List.of("id"));
    used.addAll(List.of(columns));
    return table
        .readColumns(spark, uri, used)
        .filter(col("id").isin(ids.toArray()))
        .collectAsList();
  }

  /** Decodes {@code png} into {@code images}; false when it is not one decodable image. */
  private static boolean put(Map<String, Image> images, String id, byte[] png) {
    if (png == null) {
      return false;
    }
    try {
      images.put(id, PairNoise.decodeCell(id, png));
      return true;
    } catch (ImageDecodeException e) {
      return false;
    }
  }
}
