/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.codec.CifarReader;
import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.codec.IdxHeader;
import io.sparkdenoise.core.codec.IdxReader;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.ingest.DatasetNames;
import io.sparkdenoise.core.ingest.Rejection;
import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.jobs.executor.FileUris;
import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.executor.InputRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the reading of IDX and CIFAR files on the driver without reading their records: the files'
 * SHA-256 digests are computed by executors (one task per file, streamed), the headers are read
 * here (a few bytes each), and each uncompressed file becomes chunks of at most {@code
 * recordsPerTask} records ({@link RecordChunk}), smaller when that gives fewer than two chunks per
 * core for the whole input, so that small datasets still use every core. A record's id is made of
 * the file's path relative to the input's root ({@link InputRoot}) and its index, so the same
 * dataset on another file system or in another folder gets the same ids, splits and noise. What
 * cannot be planned becomes a rejection: an unreadable file, a bad header, a file that ends inside
 * a record (one rejection naming the first missing record).
 */
final class RecordPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(RecordPlanner.class);
  private static final int GZIP_1 = 0x1F;
  private static final int GZIP_2 = 0x8B;

  private RecordPlanner() {}

  /**
   * The plan.
   *
   * @param chunks the tasks' work
   * @param rejections inputs rejected while planning
   * @param inputs the files read, with their digests, for provenance
   */
  record Plan(List<RecordChunk> chunks, List<Rejection> rejections, List<InputFile> inputs) {}

  /** A file's digest, or why it could not be read; computed on an executor. */
  record Digest(String uri, String sha256, Rejection rejection) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static Plan plan(
      JavaSparkContext jsc,
      HadoopConf conf,
      String input,
      RecordChunk.Kind kind,
      int recordsPerTask)
      throws IOException {
    List<FileStatus> all = InputFiles.files(conf, input);
    Predicate<String> wanted =
        kind == RecordChunk.Kind.IDX ? DatasetNames::isIdxImages : DatasetNames::isCifarBatch;
    List<FileStatus> files =
        all.size() == 1
            ? all
            : all.stream().filter(f -> wanted.test(f.getPath().getName())).toList();
    if (files.size() < all.size()) {
      LOG.info(
          "{} of {} files under {} are not {} files by name and are not ingested",
          all.size() - files.size(),
          all.size(),
          input,
          kind);
    }
    Map<String, Digest> digests = digests(jsc, conf, files);
    String root = files.isEmpty() ? null : InputRoot.of(conf, input);
    Plan plan = new Plan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<Planned> planned = new ArrayList<>();
    for (FileStatus file : files) {
      String uri = FileUris.uri(file.getPath());
      Digest digest = digests.get(uri);
      if (digest.rejection() != null) {
        plan.rejections().add(digest.rejection());
        continue;
      }
      plan.inputs()
          .add(
              InputFile.withSha256(
                  uri,
                  file.getLen(),
                  Instant.ofEpochMilli(file.getModificationTime()),
                  digest.sha256()));
      try {
        planFile(conf, file, InputRoot.relative(root, uri), digest.sha256(), kind, planned, plan);
      } catch (IOException e) {
        plan.rejections().add(Rejection.unreadable(uri, null, file.getLen(), e));
      }
    }
    long records = planned.stream().mapToLong(p -> Math.max(0, p.count())).sum();
    long balanced = (records + 2L * jsc.defaultParallelism() - 1) / (2L * jsc.defaultParallelism());
    int perTask = (int) Math.max(1, Math.min(recordsPerTask, balanced));
    for (Planned file : planned) {
      addChunks(plan, file, perTask);
    }
    return plan;
  }

  /**
   * A file ready to be cut into chunks; count -1 for a gzipped CIFAR batch (unknown); idKey its
   * path relative to the input's root.
   */
  private record Planned(
      RecordChunk.Kind kind,
      String uri,
      String idKey,
      String sha,
      long length,
      boolean gzip,
      int[] layout,
      int count,
      int[] labels) {}

  private static Map<String, Digest> digests(
      JavaSparkContext jsc, HadoopConf conf, List<FileStatus> files) {
    List<String> uris = files.stream().map(f -> FileUris.uri(f.getPath())).toList();
    if (uris.isEmpty()) {
      return Map.of();
    }
    return jsc.parallelize(uris, uris.size()).map(uri -> digest(conf, uri)).collect().stream()
        .collect(Collectors.toMap(Digest::uri, d -> d));
  }

  private static Digest digest(HadoopConf conf, String uri) {
    Path path = FileUris.path(uri);
    try (InputStream in = conf.files(path).open(path)) {
      return new Digest(uri, Sha256.hex(in), null);
    } catch (IOException | RuntimeException e) {
      return new Digest(uri, null, Rejection.unreadable(uri, null, null, e));
    }
  }

  private static void planFile(
      HadoopConf conf,
      FileStatus file,
      String idKey,
      String sha,
      RecordChunk.Kind kind,
      List<Planned> planned,
      Plan plan)
      throws IOException {
    String uri = FileUris.uri(file.getPath());
    long length = file.getLen();
    if (length == 0) {
      plan.rejections()
          .add(
              new Rejection(uri, null, DecodeFailure.EMPTY.code(), kind + ": zero bytes", 0L, sha));
      return;
    }
    boolean gzip = isGzip(conf, file.getPath());
    if (kind == RecordChunk.Kind.CIFAR) {
      int recordLength = CifarReader.Variant.CIFAR_10.recordLength();
      int count = gzip ? -1 : (int) (length / recordLength);
      if (!gzip && length % recordLength != 0) {
        plan.rejections().add(truncated(uri, count, "CIFAR-10 batch", length, sha));
      }
      planned.add(new Planned(kind, uri, idKey, sha, length, gzip, new int[4], count, null));
      return;
    }
    IdxHeader header;
    try (InputStream in = conf.fileSystem(file.getPath()).open(file.getPath())) {
      header = IdxReader.openImages(in, uri).header();
    } catch (ImageDecodeException e) {
      plan.rejections()
          .add(new Rejection(uri, null, e.failure().code(), e.getMessage(), length, sha));
      return;
    }
    int count = header.count();
    if (!gzip && length < header.fileLength()) {
      count = (int) ((length - header.headerLength()) / header.recordLength());
      plan.rejections()
          .add(truncated(uri, count, "IDX images of " + header.count() + " records", length, sha));
    }
    int[] labels = labels(conf, file.getPath(), plan, header.count());
    int[] layout = {header.count(), header.rows(), header.cols(), header.headerLength()};
    planned.add(new Planned(kind, uri, idKey, sha, length, gzip, layout, count, labels));
  }

  private static Rejection truncated(
      String uri, int complete, String what, long length, String sha) {
    return new Rejection(
        uri,
        complete,
        DecodeFailure.TRUNCATED.code(),
        what + ": the file ends inside record " + complete + " (" + length + " bytes)",
        length,
        sha);
  }

  private static void addChunks(Plan plan, Planned file, int perTask) {
    if (file.gzip()) {
      plan.chunks().add(chunk(file, 0, Integer.MAX_VALUE, file.labels()));
      return;
    }
    int[] labels = file.labels();
    for (int start = 0; start < file.count(); start += perTask) {
      int end = (int) Math.min(file.count(), (long) start + perTask);
      int[] slice =
          labels == null
              ? null
              : Arrays.copyOfRange(
                  labels, Math.min(start, labels.length), Math.min(end, labels.length));
      plan.chunks().add(chunk(file, start, end, slice));
    }
  }

  private static RecordChunk chunk(Planned file, int start, int end, int[] labels) {
    return new RecordChunk(
        file.kind(),
        file.uri(),
        file.idKey(),
        file.sha(),
        file.length(),
        file.gzip(),
        file.layout(),
        start,
        end,
        labels);
  }

  /** The labels of an IDX images file, or null when it has no usable labels file. */
  private static int[] labels(HadoopConf conf, Path images, Plan plan, int count)
      throws IOException {
    FileSystem fs = conf.fileSystem(images);
    for (String name : DatasetNames.idxLabelCandidates(images.getName())) {
      Path candidate = new Path(images.getParent(), name);
      if (!fs.exists(candidate)) {
        continue;
      }
      String uri = FileUris.uri(candidate);
      FileStatus status = fs.getFileStatus(candidate);
      long length = status.getLen();
      plan.inputs()
          .add(InputFile.of(uri, length, Instant.ofEpochMilli(status.getModificationTime())));
      try (InputStream in = fs.open(candidate)) {
        int[] labels = IdxReader.readLabels(in);
        if (labels.length != count) {
          LOG.warn(
              "{} holds {} labels for {} images; the rest get none", uri, labels.length, count);
        }
        return labels;
      } catch (ImageDecodeException e) {
        plan.rejections()
            .add(new Rejection(uri, null, e.failure().code(), e.getMessage(), length, null));
        return null;
      } catch (IOException e) {
        plan.rejections().add(Rejection.unreadable(uri, null, length, e));
        return null;
      }
    }
    LOG.info("no labels file next to {}: its images get no label", images);
    return null;
  }

  private static boolean isGzip(HadoopConf conf, Path path) throws IOException {
    try (InputStream in = conf.fileSystem(path).open(path)) {
      return in.read() == GZIP_1 && in.read() == GZIP_2;
    }
  }
}
