/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.codec.CifarReader;
import io.sparkdenoise.core.codec.IdxHeader;
import io.sparkdenoise.core.codec.IdxReader;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.LabeledImage;
import io.sparkdenoise.core.codec.UncheckedImageDecodeException;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.ingest.Outcome;
import io.sparkdenoise.core.ingest.PageIngester;
import io.sparkdenoise.core.ingest.Rejection;
import io.sparkdenoise.jobs.executor.FileUris;
import io.sparkdenoise.jobs.executor.HadoopConf;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * The records {@code [start, end)} of one IDX images file or CIFAR-10 batch: the work of one task.
 * An uncompressed file is cut into chunks by byte ranges (its records have a fixed length); a
 * gzipped one is one chunk, streamed. Rows come out lazily, one record at a time. A record that
 * cannot be read ends the chunk with one reject row naming it; the labels of an IDX chunk travel
 * with it (the driver read them once).
 */
final class RecordChunk implements Serializable {
  /** What the file holds. */
  enum Kind {
    /** IDX images (MNIST). */
    IDX,
    /** CIFAR-10 batch. */
    CIFAR
  }

  private static final long serialVersionUID = 1L;
  private static final int BITS = 8;

  private final Kind kind;
  private final String uri;
  private final String idKey;
  private final String sha256;
  private final long fileBytes;
  private final boolean gzip;
  private final int[] header;
  private final int start;
  private final int end;
  private final int[] labels;

  /**
   * @param idKey the file's path relative to the input's root, which record ids are made of
   * @param header IDX (count, rows, cols, header length); unused for CIFAR
   * @param end exclusive, or -1 for "to the end of the stream"
   * @param labels labels of records start.. (IDX), or null
   */
  RecordChunk(
      Kind kind,
      String uri,
      String idKey,
      String sha256,
      long fileBytes,
      boolean gzip,
      int[] header,
      int start,
      int end,
      int[] labels) {
    this.kind = kind;
    this.uri = uri;
    this.idKey = idKey;
    this.sha256 = sha256;
    this.fileBytes = fileBytes;
    this.gzip = gzip;
    this.header = header.clone();
    this.start = start;
    this.end = end;
    this.labels = labels == null ? null : labels.clone();
  }

  /** The chunk's tagged rows; opened lazily, closed when the last row has been taken. */
  Iterator<Row> read(HadoopConf conf, PageIngester ingester) {
    return new LazyRows(
        () -> open(conf, ingester),
        e -> Rejection.unreadable(uri, gzip ? null : start, fileBytes, withRange(e, start)));
  }

  private LazyRows.Source open(HadoopConf conf, PageIngester ingester) throws IOException {
    Path path = FileUris.path(uri);
    FSDataInputStream in = conf.files(path).open(path);
    try {
      if (gzip) {
        return kind == Kind.IDX ? idxStream(in, ingester) : cifarStream(in, ingester);
      }
      long recordLength = kind == Kind.IDX ? idxHeader().recordLength() : cifarRecordLength();
      long headerLength = kind == Kind.IDX ? idxHeader().headerLength() : 0;
      in.seek(headerLength + start * recordLength);
      return plain(in, ingester, (int) recordLength);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private LazyRows.Source plain(FSDataInputStream in, PageIngester ingester, int recordLength) {
    byte[] record = new byte[recordLength];
    int[] next = {start};
    return new LazyRows.Source() {
      @Override
      public Outcome next() {
        int i = next[0]++;
        if (i >= end) {
          return null;
        }
        try {
          in.readFully(record);
        } catch (IOException e) {
          next[0] = end;
          return Outcome.rejected(Rejection.unreadable(uri, i, fileBytes, withRange(e, i)));
        }
        if (kind == Kind.IDX) {
          return page(
              ingester, i, IdxReader.imageFromRecord(idxHeader(), record, 0, uri), label(i));
        }
        LabeledImage cifar = cifarRecord(record, i);
        return page(ingester, i, cifar.image(), cifar.label());
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  private LazyRows.Source idxStream(FSDataInputStream in, PageIngester ingester)
      throws IOException {
    IdxReader.Images images;
    try {
      images = IdxReader.openImages(in, uri);
    } catch (ImageDecodeException e) {
      in.close();
      return LazyRows.single(
          new Rejection(uri, null, e.failure().code(), e.getMessage(), fileBytes, sha256));
    }
    return stream(images, in, i -> page(ingester, i, images.next(), label(i)));
  }

  private LazyRows.Source cifarStream(FSDataInputStream in, PageIngester ingester)
      throws IOException {
    CifarReader.Records records = CifarReader.open(in, CifarReader.Variant.CIFAR_10, uri);
    return stream(
        records,
        in,
        i -> {
          LabeledImage record = records.next();
          return page(ingester, i, record.image(), record.label());
        });
  }

  /** Records of a stream until it ends or fails; a failure is one reject row naming the record. */
  private LazyRows.Source stream(
      Iterator<?> records, FSDataInputStream in, java.util.function.IntFunction<Outcome> decode) {
    int[] next = {0};
    boolean[] done = {false};
    return new LazyRows.Source() {
      @Override
      public Outcome next() {
        if (done[0]) {
          return null;
        }
        int i = next[0];
        try {
          if (!records.hasNext()) {
            done[0] = true;
            return null;
          }
          next[0]++;
          return decode.apply(i);
        } catch (UncheckedImageDecodeException e) {
          done[0] = true;
          ImageDecodeException cause = e.getCause();
          return Outcome.rejected(
              new Rejection(uri, i, cause.failure().code(), cause.getMessage(), fileBytes, sha256));
        } catch (UncheckedIOException e) {
          done[0] = true;
          return Outcome.rejected(Rejection.unreadable(uri, i, fileBytes, e.getCause()));
        }
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  private Outcome page(PageIngester ingester, int index, Image image, Integer label) {
    PageIngester.Source source =
        new PageIngester.Source(
            uri, idKey, kind.name().toLowerCase(Locale.ROOT), sha256, fileBytes, label);
    return ingester.ingestPage(source, index, image, BITS, null);
  }

  private Integer label(int index) {
    int offset = index - start;
    return labels != null && offset < labels.length ? labels[offset] : null;
  }

  private IdxHeader idxHeader() {
    return new IdxHeader(header[0], header[1], header[2], header[3]);
  }

  private static int cifarRecordLength() {
    return CifarReader.Variant.CIFAR_10.recordLength();
  }

  private LabeledImage cifarRecord(byte[] record, int index) {
    try (CifarReader.Records one =
        CifarReader.open(new ByteArrayInputStream(record), CifarReader.Variant.CIFAR_10, uri)) {
      return one.next();
    } catch (IOException e) {
      throw new UncheckedIOException("CIFAR record " + index + " of " + uri, e);
    }
  }

  private IOException withRange(Exception e, int first) {
    return new IOException(
        "records " + first + ".." + (end - 1) + " of " + uri + ": " + e.getMessage(), e);
  }
}
