/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.ingest.PageIngester;
import io.sparkdenoise.core.ingest.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Image files from any Hadoop file system. Spark's {@code binaryFile} source only lists them
 * (recursively, with globs; hidden files, whose names start with {@code .} or {@code _}, are
 * skipped as everywhere in Spark): its {@code content} column is never selected, so no file content
 * passes through the driver and {@code spark.sql.sources.binaryFile.maxLength} never fails a task.
 * Each executor reads its files itself, so that an I/O error or an oversized file becomes a reject
 * row instead of a failed job.
 */
final class FileSource {
  private FileSource() {}

  /** One tagged row per decoded page or tile, or per rejected file. */
  static JavaRDD<Row> read(
      SparkSession spark,
      String input,
      Broadcast<HadoopConf> conf,
      PageIngester ingester,
      long maxBytes) {
    JavaRDD<Row> listed =
        spark
            .read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(input)
            .select("path", "length")
            .javaRDD();
    return listed.flatMap(
        file -> decode(file.getString(0), file.getLong(1), conf.value(), ingester, maxBytes));
  }

  private static Iterator<Row> decode(
      String uri, long length, HadoopConf conf, PageIngester ingester, long maxBytes) {
    if (length > maxBytes) {
      String message = "file of " + length + " bytes is over the limit of " + maxBytes;
      return List.of(
              TaggedRows.rejected(
                  new Rejection(uri, null, DecodeFailure.TOO_LARGE.code(), message, length, null)))
          .iterator();
    }
    byte[] bytes;
    try {
      bytes = readAll(conf, uri, length);
    } catch (IOException | RuntimeException e) {
      return List.of(TaggedRows.rejected(Rejection.unreadable(uri, null, length, e))).iterator();
    }
    return TaggedRows.of(ingester.ingestEncoded(bytes, uri, null, null)).iterator();
  }

  private static byte[] readAll(HadoopConf conf, String uri, long length) throws IOException {
    Path path = new Path(uri);
    try (InputStream in = conf.fileSystem(path).open(path)) {
      byte[] bytes = in.readAllBytes();
      if (bytes.length != length) {
        throw new IOException(
            "the file changed while it was read: listed with "
                + length
                + " bytes, read "
                + bytes.length);
      }
      return bytes;
    }
  }
}
