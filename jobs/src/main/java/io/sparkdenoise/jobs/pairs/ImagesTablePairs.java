/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pairs;

import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.ingest.IngestedPair;
import io.sparkdenoise.core.ingest.PairIngester;
import io.sparkdenoise.core.ingest.Rejection;
import io.sparkdenoise.jobs.contracts.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Real pairs from two images tables (data-schemas/images.json), as the {@code ingest} job writes
 * them from an archive's noisy scans and from their clean counterparts. Rows are matched by image
 * id: ingest derives a page's id from the file's path below its input's root and the page index, so
 * two trees ingested from the same layout match as {@link RealPairsJob} matches the two folders
 * themselves, and give the same pairs. A tile that ingest already cut takes its page's split.
 *
 * <p>A row of one table without a counterpart in the other, a cell that does not decode and a pair
 * whose sizes differ become rejects naming the row's source file and page. The clean row's
 * ground-truth text, when the table has one, goes with the pair, so {@code score} can measure OCR
 * error on it.
 */
final class ImagesTablePairs {
  /** The images-table columns read, then the optional text. */
  private static final List<String> COLUMNS =
      List.of("id", "source_uri", "page", "parent_id", "png");

  private static final List<String> OPTIONAL = List.of("text");
  private static final int WIDTH = COLUMNS.size() + OPTIONAL.size();
  private static final int ID = 0;
  private static final int SOURCE = 1;
  private static final int PAGE = 2;
  private static final int PARENT = 3;
  private static final int PNG = 4;
  private static final int TEXT = 5;

  private ImagesTablePairs() {}

  /**
   * The tagged pair and reject rows of the two tables of {@code config}, with the number of rows
   * matched.
   *
   * @throws java.nio.file.NoSuchFileException when a table does not exist
   * @throws IOException when a table lacks a used column or has it with another type
   */
  static RealPairsJob.Paired paired(SparkSession spark, RealPairsConfig config) throws IOException {
    Dataset<Row> noisy = side(spark, config.noisy(), "noisy_");
    Dataset<Row> clean = side(spark, config.clean(), "clean_");
    Dataset<Row> joined =
        noisy.join(clean, noisy.col("noisy_id").equalTo(clean.col("clean_id")), "full_outer");
    PairIngester ingester = config.ingester();
    String noisyTable = config.noisy();
    String cleanTable = config.clean();
    long matched =
        joined
            .filter(noisy.col("noisy_id").isNotNull().and(clean.col("clean_id").isNotNull()))
            .count();
    JavaRDD<Row> tagged = joined.javaRDD().flatMap(r -> rows(r, ingester, noisyTable, cleanTable));
    return new RealPairsJob.Paired(tagged, matched);
  }

  private static Dataset<Row> side(SparkSession spark, String uri, String prefix)
      throws IOException {
    Dataset<Row> rows = Table.IMAGES.readColumns(spark, uri, COLUMNS, OPTIONAL);
    return rows.toDF(
        Arrays.stream(rows.columns()).map(name -> prefix + name).toArray(String[]::new));
  }

  /** The tagged rows of one joined row: the noisy side's columns, then the clean side's. */
  private static Iterator<Row> rows(
      Row joined, PairIngester ingester, String noisyTable, String cleanTable) {
    Side noisy = Side.of(joined, 0);
    Side clean = Side.of(joined, WIDTH);
    if (clean == null) {
      return reject(noisy, "no clean image of this page (same path and page) in " + cleanTable);
    }
    if (noisy == null) {
      return reject(clean, "no noisy image of this page (same path and page) in " + noisyTable);
    }
    Image n;
    Image c;
    try {
      n = noisy.image();
      c = clean.image();
    } catch (ImageDecodeException e) {
      return List.of(
              RealPairsJob.rejected(
                  new Rejection(
                      noisy.source(),
                      noisy.page(),
                      e.failure().code(),
                      "an images-table cell does not decode: " + e.getMessage(),
                      null,
                      null)))
          .iterator();
    }
    Optional<String> mismatch = PairIngester.sizeMismatch(noisy.page(), n, clean.source(), c);
    if (mismatch.isPresent()) {
      return reject(noisy, mismatch.get());
    }
    List<Row> rows = new ArrayList<>();
    String splitKey = noisy.parent() == null ? noisy.id() : noisy.parent();
    for (IngestedPair pair : ingester.pagePairs(noisy.id(), splitKey, n, c)) {
      // a page's text is not split between its tiles
      String text = pair.id().equals(noisy.id()) ? clean.text() : null;
      rows.add(RealPairsJob.tagged(pair, text));
    }
    return rows.iterator();
  }

  private static Iterator<Row> reject(Side side, String message) {
    return List.of(
            RealPairsJob.rejected(
                new Rejection(
                    side.source(), side.page(), PairIngester.UNMATCHED, message, null, null)))
        .iterator();
  }

  /** One table's columns of a joined row. */
  private record Side(String id, String source, int page, String parent, byte[] png, String text) {
    /** The side starting at column {@code at}, or null when the join found no row there. */
    static Side of(Row joined, int at) {
      if (joined.isNullAt(at + ID)) {
        return null;
      }
      return new Side(
          joined.getString(at + ID),
          joined.getString(at + SOURCE),
          joined.getInt(at + PAGE),
          joined.getString(at + PARENT),
          joined.getAs(at + PNG),
          joined.getString(at + TEXT));
    }

    Image image() throws ImageDecodeException {
      return ImageCodec.decode(png, source).get(0).image();
    }
  }
}
