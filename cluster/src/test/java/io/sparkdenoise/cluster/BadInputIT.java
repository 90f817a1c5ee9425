/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of good and bad files on HDFS (core's SampleFiles: truncated, empty, text named .png, a
 * 100000x100000 header, CMYK JPEG, two-page LZW TIFF, CCITT G4, 16-bit, RGB) through ingest ->
 * pairs -> score on the cluster: every good page is scored by every method, every bad file is one
 * row in rejects with its reason, and the counts add up.
 */
@ExtendWith({LocalCluster.class, SharedSpark.class})
class BadInputIT {
  private static final String DIR = "/it/bad-input";

  /** identity, gaussian_s1 and median3x3 (the score.baselines given below) and the model. */
  private static final int METHODS = 4;

  /** The corpus: file name -> bytes. */
  private static Map<String, byte[]> corpus() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("truncated.png", SampleFiles.truncatedPng());
    files.put("empty.png", SampleFiles.empty());
    files.put("note.png", SampleFiles.textNamedPng());
    files.put("bomb.png", SampleFiles.pngClaimingSize(100_000, 100_000));
    files.put("photo.jpg", SampleFiles.pngToBeNamedJpg());
    files.put("deep.png", SampleFiles.png16Bit());
    files.put("cmyk.jpg", SampleFiles.cmykJpeg());
    files.put("book.tif", SampleFiles.twoPageLzwTiff());
    files.put("fax.tif", SampleFiles.ccittG4Tiff());
    files.put("gray.png", SampleFiles.grayPng());
    files.put("rgb.png", SampleFiles.rgbPng());
    return files;
  }

  private static final Map<String, String> REJECTED =
      Map.of(
          "truncated.png", "truncated",
          "empty.png", "empty",
          "note.png", "not_an_image",
          "bomb.png", "too_large");

  private static String name(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  @Test
  void goodPagesAreScoredBadFilesAreRejectedAndTheCountsAddUp() throws Exception {
    LocalCluster cluster = LocalCluster.get();
    E2eRun e2e = E2eRun.get(cluster);
    FileSystem fs = cluster.fileSystem();
    Map<String, byte[]> files = corpus();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      try (OutputStream out =
          fs.create(new Path(cluster.uri(DIR + "/files/" + f.getKey())), true)) {
        out.write(f.getValue());
      }
    }

    JsonNode ingest =
        Submission.run(
            cluster,
            "bad-ingest",
            "ingest",
            "--input",
            cluster.uri(DIR + "/files"),
            "--output",
            cluster.uri(DIR + "/tables"));
    JsonNode pairs =
        Submission.run(
            cluster,
            "bad-pairs",
            "pairs",
            "--images",
            cluster.uri(DIR + "/tables/images"),
            "--output",
            cluster.uri(DIR + "/tables/pairs"),
            "--noise",
            "gaussian:sigma=25",
            "--seed",
            "7");
    JsonNode score =
        Submission.run(
            cluster,
            "bad-score",
            "score",
            "--model",
            e2e.model(),
            "--pairs",
            cluster.uri(DIR + "/tables/pairs"),
            "--output",
            cluster.uri(DIR + "/metrics"),
            "--conf",
            "score.run-id=bad-input",
            "--conf",
            "score.baselines=identity,gaussian_s1,median3x3",
            "--conf",
            "score.splits=train,validation,test");

    SparkSession spark = SharedSpark.session();
    Map<String, String> reasons = new TreeMap<>();
    for (Row r : spark.read().parquet(cluster.uri(DIR + "/tables/rejects")).collectAsList()) {
      reasons.put(name(r.getAs("source_uri")), r.getAs("reason"));
    }
    Set<String> imageFiles = new TreeSet<>();
    for (Row r : spark.read().parquet(cluster.uri(DIR + "/tables/images")).collectAsList()) {
      imageFiles.add(name(r.getAs("source_uri")));
    }

    assertThat(reasons).isEqualTo(new TreeMap<>(REJECTED));
    assertThat(imageFiles)
        .containsExactlyInAnyOrder(
            "photo.jpg", "deep.png", "cmyk.jpg", "book.tif", "fax.tif", "gray.png", "rgb.png");
    assertThat(ingest.get("inputs").asLong()).isEqualTo(files.size());
    assertThat(imageFiles.size() + reasons.size()).isEqualTo(files.size());
    // pages: the two-page TIFF gives two rows
    assertThat(ingest.get("rows").asLong()).isEqualTo(imageFiles.size() + 1);
    assertThat(ingest.get("rejected").asLong()).isEqualTo(REJECTED.size());
    assertThat(pairs.get("pairs").asLong()).isEqualTo(ingest.get("rows").asLong());
    assertThat(score.get("failed").asLong()).isZero();
    assertThat(score.get("images").asLong()).isEqualTo(pairs.get("pairs").asLong());
    assertThat(score.get("rows").asLong()).isEqualTo(METHODS * pairs.get("pairs").asLong());
    assertThat(spark.read().parquet(cluster.uri(DIR + "/metrics")).count())
        .isEqualTo(score.get("rows").asLong());
  }
}
