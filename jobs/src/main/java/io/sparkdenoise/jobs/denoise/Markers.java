/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkdenoise.core.codec.PageInfo;
import io.sparkdenoise.core.denoise.PageResult;
import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.ocr.OcrResult;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.executor.HadoopConf;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Done markers: the durable record that one input is finished, written by the executor right after
 * the input's output file is in place, one JSON Lines file per source URI under {@code
 * <output>/_state/done/}, named by run and source. Each line is one page: the pages table's columns
 * ({@code output_png} in base64) plus {@value #FINGERPRINT}, {@value #SOURCE_BYTES} and {@value
 * #PAGE_COUNT}. The driver folds the markers into the pages partitions and the manifest at the end
 * of a run and then deletes them; a killed run leaves them behind, so the next run skips their
 * inputs and commits them.
 */
final class Markers {
  /** Marker column: the input's fingerprint. */
  static final String FINGERPRINT = "fingerprint";

  /** Marker column: the input's size in bytes. */
  static final String SOURCE_BYTES = "source_bytes";

  /** Marker column: pages of the input. */
  static final String PAGE_COUNT = "page_count";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int NAME_HEX_DIGITS = 32;
  private static final String RUN_SEPARATOR = "--";

  private Markers() {}

  /**
   * An input a committed or marked run finished.
   *
   * @param fingerprint its fingerprint then
   * @param modelId the model that denoised it
   * @param pages its pages
   */
  record Done(String fingerprint, String modelId, int pages) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether the input is unchanged and was denoised by this model. */
    boolean matches(String currentFingerprint, String currentModel) {
      return fingerprint.equals(currentFingerprint) && modelId.equals(currentModel);
    }
  }

  /**
   * The marker file of {@code sourceUri} written by run {@code runId}: {@code <runId>--<hash of the
   * URI>.json}, so that the driver knows each marker's run from its name.
   */
  static Path file(String stateDir, String runId, String sourceUri) {
    byte[] uri = sourceUri.getBytes(StandardCharsets.UTF_8);
    String hash = Sha256.hex(uri).substring(0, NAME_HEX_DIGITS);
    return new Path(stateDir, runId + RUN_SEPARATOR + hash + ".json");
  }

  /** The run that wrote the marker file {@code name}. */
  static String runOf(String name) {
    return name.substring(0, name.indexOf(RUN_SEPARATOR));
  }

  /** Writes the marker of a finished input (through a temporary file, as outputs are). */
  static void write(
      HadoopConf conf,
      DenoiseParams params,
      String sourceUri,
      String fingerprint,
      long sourceBytes,
      String sha256,
      String outputUri,
      List<PageResult> pages)
      throws IOException {
    StringBuilder lines = new StringBuilder();
    for (PageResult page : pages) {
      lines.append(
          line(params, sourceUri, fingerprint, sourceBytes, sha256, outputUri, page, pages.size()));
      lines.append('\n');
    }
    Path marker = file(params.stateDir(), params.runId(), sourceUri);
    FileSystem fs = conf.fileSystem(marker);
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    try {
      OutputFiles.write(
          fs,
          marker,
          out -> {
            out.write(bytes);
            return null;
          });
    } catch (io.sparkdenoise.core.codec.ImageDecodeException e) {
      throw new IllegalStateException("writing bytes does not decode anything", e);
    }
  }

  private static String line(
      DenoiseParams params,
      String sourceUri,
      String fingerprint,
      long sourceBytes,
      String sha256,
      String outputUri,
      PageResult result,
      int pageCount)
      throws IOException {
    PageInfo info = result.page();
    ObjectNode row = JSON.createObjectNode();
    row.put("source_uri", sourceUri);
    row.put("page", info.index());
    row.put("output_uri", outputUri);
    row.put("width", info.width());
    row.put("height", info.height());
    row.put("channels", info.channels());
    row.put("bit_depth", info.bitsPerSample());
    if (info.dpi().isPresent()) {
      row.put("dpi", info.dpi().getAsDouble());
    } else {
      row.putNull("dpi");
    }
    row.put("sigma_hat_before", result.sigmaBefore());
    row.put("sigma_hat_after", result.sigmaAfter());
    row.put("seconds", result.seconds());
    row.put("tiles", result.tiles());
    row.put("ink_gain", result.inkGain());
    row.put("model_id", params.modelId());
    if (result.quality().isPresent()) {
      row.put("psnr_db", result.quality().get().psnrDb());
      row.put("ssim_wang", result.quality().get().ssimWang());
      row.put("ssim_skimage", result.quality().get().ssimSkimage());
    }
    row.put("source_sha256", sha256);
    result.png().ifPresent(png -> row.put("output_png", Base64.getEncoder().encodeToString(png)));
    result
        .ocr()
        .ifPresent(
            ocr -> {
              putReading(row, "before", ocr.before());
              putReading(row, "after", ocr.after());
            });
    row.put(Table.RUN_ID, params.runId());
    row.put(FINGERPRINT, fingerprint);
    row.put(SOURCE_BYTES, sourceBytes);
    row.put(PAGE_COUNT, pageCount);
    return JSON.writeValueAsString(row);
  }

  /**
   * Puts what OCR read into {@code ocr_words_<when>} and {@code ocr_confidence_<when>}; the
   * confidence stays out (null) when no word was read.
   */
  private static void putReading(ObjectNode row, String when, OcrResult read) {
    row.put("ocr_words_" + when, read.words());
    if (!Double.isNaN(read.meanConfidence())) {
      row.put("ocr_confidence_" + when, read.meanConfidence());
    }
  }

  /**
   * The schema markers are read with: the pages table's columns in its order, {@code output_png} as
   * a base64 string, {@code run_id} as a plain column, then the marker columns.
   */
  static StructType schema(StructType pages) {
    StructType schema = new StructType();
    for (StructField field : pages.fields()) {
      boolean png = field.name().equals(DenoiseJob.PNG_COLUMN);
      schema = schema.add(field.name(), png ? DataTypes.StringType : field.dataType(), true);
    }
    return schema
        .add(FINGERPRINT, DataTypes.StringType, true)
        .add(SOURCE_BYTES, DataTypes.LongType, true)
        .add(PAGE_COUNT, DataTypes.IntegerType, true);
  }
}
