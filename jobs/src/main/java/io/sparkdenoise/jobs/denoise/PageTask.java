/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.core.codec.DecodeFailure;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.ImageFormat;
import io.sparkdenoise.core.denoise.ArchiveDenoiser;
import io.sparkdenoise.core.denoise.PageResult;
import io.sparkdenoise.core.denoise.TiledDenoiser;
import io.sparkdenoise.core.ingest.Rejection;
import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.plan.InferenceTiles;
import io.sparkdenoise.jobs.executor.ExecutorModels;
import io.sparkdenoise.jobs.executor.FileUris;
import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.executor.TaskOcr;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * The executors' side of a denoise run, one task's items at a time: for each input, its fingerprint
 * ({@code size:<bytes>,mtime:<millis>} of a file, {@code sha256:<hex>} of a Parquet cell) is looked
 * up in the done set; an unchanged input denoised by the same model is skipped, anything else is
 * read, denoised page by page ({@link ArchiveDenoiser}) and written: the output file to a hidden
 * temporary name next to its final path, renamed into place only when complete ({@link
 * OutputFiles}), then the done marker ({@link Markers}) that makes the input finished. A decode
 * failure is a rejection; an I/O failure of the output fails the task (Spark retries it, and the
 * next run resumes after the last marker). With {@link DenoiseParams#ocrLanguage()} the task's
 * Tesseract engine ({@link TaskOcr}) reads every page before and after, and is freed when the task
 * is done.
 */
final class PageTask implements FlatMapFunction<Iterator<Item>, Tally>, Serializable {
  private static final long serialVersionUID = 1L;

  private final DenoiseParams params;
  private final Broadcast<byte[]> zip;
  private final Broadcast<HadoopConf> conf;
  private final Broadcast<Map<String, Markers.Done>> done;

  PageTask(
      DenoiseParams params,
      Broadcast<byte[]> zip,
      Broadcast<HadoopConf> conf,
      Broadcast<Map<String, Markers.Done>> done) {
    this.params = params;
    this.zip = zip;
    this.conf = conf;
    this.done = done;
  }

  @Override
  public Iterator<Tally> call(Iterator<Item> items) throws IOException {
    try (TaskOcr ocr = params.ocrLanguage() == null ? null : new TaskOcr(params.ocrLanguage())) {
      return List.of(denoiseAll(items, ocr)).iterator();
    }
  }

  private Tally denoiseAll(Iterator<Item> items, TaskOcr ocr) throws IOException {
    Tally tally = new Tally();
    ArchiveDenoiser denoiser = null;
    while (items.hasNext()) {
      Item item = items.next();
      tally.files++;
      Input input = stat(item, tally);
      if (input == null) {
        continue;
      }
      Markers.Done previous = done.value().get(item.uri());
      if (previous != null && previous.matches(input.fingerprint, params.modelId())) {
        tally.skippedFiles++;
        tally.skippedPages += previous.pages();
        continue;
      }
      byte[] bytes = read(item, input, tally);
      if (bytes == null) {
        continue;
      }
      if (denoiser == null) {
        denoiser = denoiser(ocr);
      }
      process(denoiser, item, input, bytes, tally);
    }
    return tally;
  }

  /** An input's size and fingerprint, or null (and a rejection) when it cannot be read. */
  private Input stat(Item item, Tally tally) {
    if (item.isCell()) {
      return new Input((long) item.cell().length, "sha256:" + Sha256.hex(item.cell()));
    }
    try {
      Path path = FileUris.path(item.uri());
      FileStatus status = conf.value().files(path).getFileStatus(path);
      String fingerprint = "size:" + status.getLen() + ",mtime:" + status.getModificationTime();
      return new Input(status.getLen(), fingerprint);
    } catch (IOException | RuntimeException e) {
      tally.rejections.add(Rejection.unreadable(item.uri(), null, null, e));
      return null;
    }
  }

  private byte[] read(Item item, Input input, Tally tally) {
    if (item.isCell()) {
      return item.cell();
    }
    if (input.bytes > params.maxFileBytes()) {
      tally.rejections.add(
          new Rejection(
              item.uri(),
              null,
              DecodeFailure.TOO_LARGE.code(),
              "file of " + input.bytes + " bytes is over the limit of " + params.maxFileBytes(),
              input.bytes,
              null));
      return null;
    }
    Path path = FileUris.path(item.uri());
    try (InputStream in = conf.value().files(path).open(path)) {
      return in.readNBytes((int) input.bytes);
    } catch (IOException | RuntimeException e) {
      tally.rejections.add(Rejection.unreadable(item.uri(), null, input.bytes, e));
      return null;
    }
  }

  private void process(ArchiveDenoiser denoiser, Item item, Input input, byte[] bytes, Tally tally)
      throws IOException {
    String sha = Sha256.hex(bytes);
    Optional<byte[]> reference = reference(item);
    List<PageResult> pages;
    String outputUri = null;
    try {
      if (params.mode() == DenoiseConfig.Mode.PARQUET) {
        pages = denoiser.denoisePages(bytes, item.uri(), reference);
      } else {
        Path target = FileUris.child(new Path(params.filesRoot()), outputName(item, bytes));
        FileSystem fs = conf.value().files(target);
        outputUri = FileUris.uri(fs.makeQualified(target));
        pages =
            OutputFiles.write(fs, target, out -> denoise(denoiser, item, bytes, reference, out));
      }
    } catch (ImageDecodeException e) {
      tally.rejections.add(
          new Rejection(item.uri(), null, e.failure().code(), e.getMessage(), input.bytes, sha));
      return;
    }
    Markers.write(
        conf.value(), params, item.uri(), input.fingerprint, input.bytes, sha, outputUri, pages);
    tally.processedFiles++;
    tally.processedPages += pages.size();
    for (PageResult page : pages) {
      tally.megapixels += page.page().megapixels();
    }
  }

  private static List<PageResult> denoise(
      ArchiveDenoiser denoiser,
      Item item,
      byte[] bytes,
      Optional<byte[]> reference,
      OutputStream out)
      throws ImageDecodeException, IOException {
    return denoiser.denoiseFile(bytes, item.uri(), reference, out);
  }

  /** The mirrored name: the relative path, plus the format's extension for a Parquet cell. */
  private static String outputName(Item item, byte[] bytes) {
    if (!item.isCell()) {
      return item.relative();
    }
    String extension =
        ImageFormat.detect(bytes).map(f -> f.name().toLowerCase(Locale.ROOT)).orElse("bin");
    return item.relative() + "." + extension;
  }

  /** The clean page file mirroring {@code item} under the reference root, when there is one. */
  private Optional<byte[]> reference(Item item) {
    if (params.referenceRoot() == null) {
      return Optional.empty();
    }
    Path path = FileUris.child(new Path(params.referenceRoot()), item.relative());
    try {
      FileSystem fs = conf.value().files(path);
      if (!fs.exists(path)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(path)) {
        return Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The denoiser of this task's files, reading pages with {@code ocr} unless it is null. */
  private ArchiveDenoiser denoiser(TaskOcr ocr) {
    ModelDenoiser model =
        ExecutorModels.denoiser(params.modelId(), zip.value(), params.batchTiles());
    InferenceTiles tiles =
        new InferenceTiles(
            params.tileSize(), params.margin(), params.blend(), model.sizeMultiple());
    return new ArchiveDenoiser(
        new TiledDenoiser(model, tiles, params.batchTiles()),
        params.formats(),
        params.limits(),
        ocr,
        params.scale(),
        params.ink());
  }

  /** A readable input's size in bytes and fingerprint. */
  private record Input(long bytes, String fingerprint) {}
}
