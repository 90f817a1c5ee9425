/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.filter.Baselines;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.metrics.NoiseEstimator;
import io.sparkdenoise.core.metrics.Ssim;
import io.sparkdenoise.core.metrics.SsimConvention;
import io.sparkdenoise.core.model.Denoiser;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.executor.ExecutorModels;
import io.sparkdenoise.jobs.executor.TaskOcr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.JavaConverters;

/**
 * On the executors: a partition of input rows (pairs, or images with {@link ScoreParams#noise()})
 * to metrics rows, one per image and method, in the column order of data-schemas/metrics.json
 * without run_id. Images are taken {@link ScoreParams#batchSize()} at a time: the baselines run on
 * each image, the model on the whole batch ({@link ModelDenoiser#denoiseAll}). A row whose PNG does
 * not decode gets no metrics and is logged with its id (the job counts it as failed).
 *
 * <p>With {@link ScoreParams#ocrLanguage()}, each output of an image with ground-truth text is read
 * by the task's Tesseract engine ({@link TaskOcr}, freed when the partition is done) for the OCR
 * columns: the character error rate against the text, the words and their mean confidence. OCR is
 * not counted in {@code millis}, which times the method alone.
 */
final class ScoreRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ScoreRows.class);
  private static final double DATA_RANGE = 1.0;

  /** Model outputs are stored at 16 bits per sample, as the pairs table stores noisy images. */
  static final EncodeOptions OUTPUT_PNG = EncodeOptions.png().withBitsPerSample(16);

  private final ScoreParams params;
  private final Broadcast<byte[]> zip;

  /**
   * @param params the run's parameters
   * @param zip the model zip, or null when {@link ScoreParams#modelId()} is null
   */
  ScoreRows(ScoreParams params, Broadcast<byte[]> zip) {
    this.params = params;
    this.zip = zip;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> inputs) {
    ModelDenoiser model =
        params.modelId() == null
            ? null
            : ExecutorModels.denoiser(params.modelId(), zip.value(), params.batchSize());
    List<Denoiser> baselines = Baselines.named(params.baselines());
    TaskOcr ocr = params.ocrLanguage() == null ? null : new TaskOcr(params.ocrLanguage());
    return new Iterator<>() {
      private Iterator<Row> batch = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!batch.hasNext() && inputs.hasNext()) {
          batch = scoreBatch(takeBatch(inputs), baselines, model, ocr).iterator();
        }
        if (!batch.hasNext() && ocr != null) {
          ocr.close();
        }
        return batch.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return batch.next();
      }
    };
  }

  /** Up to a batch of decodable images from {@code inputs}. */
  private List<ScoredImage> takeBatch(Iterator<Row> inputs) {
    List<ScoredImage> images = new ArrayList<>(params.batchSize());
    while (images.size() < params.batchSize() && inputs.hasNext()) {
      Row row = inputs.next();
      try {
        images.add(
            params.noise() == null
                ? ScoredImage.ofPair(row)
                : ScoredImage.ofImage(row, params.noise()));
      } catch (ImageDecodeException e) {
        LOG.warn(
            "score: image {} is not scored, its png does not decode ({}: {})",
            row.<String>getAs("id"),
            e.failure().code(),
            e.getMessage());
      }
    }
    return images;
  }

  private List<Row> scoreBatch(
      List<ScoredImage> images, List<Denoiser> baselines, ModelDenoiser model, TaskOcr ocr) {
    List<Row> rows = new ArrayList<>();
    for (ScoredImage image : images) {
      for (Denoiser method : baselines) {
        Stopwatch watch = Stopwatch.start();
        Image out = method.denoise(image.noisy());
        double millis = watch.millis();
        rows.add(row(image, method.name(), out, millis, null, read(image, out, ocr)));
      }
    }
    if (model != null && !images.isEmpty()) {
      List<Image> noisy = images.stream().map(ScoredImage::noisy).toList();
      Stopwatch watch = Stopwatch.start();
      List<Image> outs = model.denoiseAll(noisy);
      double millis = watch.millis() / images.size();
      for (int i = 0; i < images.size(); i++) {
        byte[] png = params.writeImages() ? ImageCodec.encode(outs.get(i), OUTPUT_PNG) : null;
        Image out = outs.get(i);
        rows.add(row(images.get(i), model.name(), out, millis, png, read(images.get(i), out, ocr)));
      }
    }
    return rows;
  }

  /** The OCR columns of {@code out}, {@code image}'s denoised version; none without a text. */
  private static OcrCells read(ScoredImage image, Image out, TaskOcr ocr) {
    if (ocr == null || image.text() == null) {
      return OcrCells.NONE;
    }
    return OcrCells.of(ocr.read(out), image.text());
  }

  /**
   * The metrics row of {@code out}, {@code method}'s output for {@code image}, with {@code png}
   * (null unless it is the model's output to keep) as output_png and the OCR columns.
   */
  private Row row(
      ScoredImage image, String method, Image out, double millis, byte[] png, OcrCells ocr) {
    Image clean = image.clean();
    return RowFactory.create(
        params.modelId(),
        params.provenanceHash(),
        clean.id(),
        image.split(),
        image.noiseModel(),
        JavaConverters.mapAsScalaMap(image.noiseParams()),
        method,
        ImageMetrics.psnr(clean, out, DATA_RANGE),
        Ssim.mean(clean, out, SsimConvention.WANG),
        Ssim.mean(clean, out, SsimConvention.SKIMAGE),
        ImageMetrics.mse(clean, out),
        NoiseEstimator.estimateSigma(out),
        clean.width(),
        clean.height(),
        millis,
        png,
        ocr.cer(),
        ocr.words(),
        ocr.confidence());
  }
}
