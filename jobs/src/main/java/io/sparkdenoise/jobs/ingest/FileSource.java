/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.ingest.Outcome;
import io.sparkdenoise.core.ingest.PageIngester;
import io.sparkdenoise.core.ingest.TextSidecars;
import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.executor.ImageFileListing;
import io.sparkdenoise.jobs.executor.InputBytes;
import io.sparkdenoise.jobs.executor.InputRoot;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Image files from any Hadoop file system. Spark's {@code binaryFile} source lists them
 * (recursively, with globs, in parallel for large trees; hidden files, whose names start with
 * {@code .} or {@code _}, are skipped as everywhere in Spark), but only its file index is used:
 * only paths reach the driver, never file contents. Its scan is not used, because it silently drops
 * zero-byte files and, once the content is read, fails the whole task on a file over {@code
 * spark.sql.sources.binaryFile.maxLength}. Instead each executor reads its files itself, so that an
 * empty file, an oversized file or an I/O error becomes a reject row instead of a lost input or a
 * failed job.
 *
 * <p>A file's page ids are made of its path relative to the input's root ({@link InputRoot}) and
 * the page index, not of its URI: the same files ingested from another folder or file system get
 * the same ids, and so the same splits and noise.
 *
 * <p>A {@code .txt} file beside an image of its base name is that image's ground-truth text, read
 * with it ({@link TextSidecars}, {@link SidecarText}), not an input of its own.
 */
final class FileSource {
  /** Files one task reads, at most (there are at least as many tasks as cores). */
  static final int FILES_PER_TASK = 64;

  private FileSource() {}

  /** One tagged row per decoded page or tile, or per rejected file. */
  static JavaRDD<Row> read(
      SparkSession spark,
      String input,
      Broadcast<HadoopConf> conf,
      PageIngester ingester,
      long maxBytes)
      throws IOException {
    TextSidecars.Plan plan = TextSidecars.plan(Arrays.asList(ImageFileListing.list(spark, input)));
    String root = InputRoot.of(conf.value(), input);
    List<Input> files =
        plan.inputs().stream()
            .map(uri -> new Input(uri, InputRoot.relative(root, uri), plan.sidecars().get(uri)))
            .toList();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int tasks =
        Math.max(
            Math.min(files.size(), jsc.defaultParallelism()),
            (files.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
    return jsc.parallelize(files, Math.max(1, tasks))
        .flatMap(file -> decode(file, conf.value(), ingester, maxBytes));
  }

  private static Iterator<Row> decode(
      Input file, HadoopConf conf, PageIngester ingester, long maxBytes) {
    String uri = file.uri();
    InputBytes read = InputBytes.read(conf, uri, maxBytes);
    if (read.rejection() != null) {
      return List.of(TaggedRows.rejected(read.rejection())).iterator();
    }
    byte[] bytes = read.bytes();
    Outcome outcome = ingester.ingestEncoded(bytes, uri, file.relativePath(), null, null);
    if (file.sidecar() != null) {
      outcome =
          SidecarText.attach(outcome, file.sidecar(), ingester.tileSize() > 0, conf, maxBytes);
    }
    return TaggedRows.of(outcome).iterator();
  }

  /**
   * One input file.
   *
   * @param uri its URI
   * @param relativePath its path relative to the input's root, which its page ids are made of
   * @param sidecar the URI of its text sidecar, or null
   */
  private record Input(String uri, String relativePath, String sidecar) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
