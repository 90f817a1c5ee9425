/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.PageInfo;
import io.sparkdenoise.core.codec.PageReader;
import io.sparkdenoise.core.codec.PageWriter;
import io.sparkdenoise.core.codec.RowSink;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.metrics.Ssim;
import io.sparkdenoise.core.metrics.SsimConvention;
import io.sparkdenoise.core.metrics.StreamingSigma;
import io.sparkdenoise.core.ocr.OcrReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Denoises whole scanned files page by page, for the {@code denoise} job: each page is read in
 * bands ({@link PageReader}), denoised tile by tile ({@link TiledDenoiser}) and written band by
 * band into a raster at its stored depth ({@link PageWriter}), with the reference-free noise
 * estimate of the input and the output computed on the way ({@link StreamingSigma}). A page far
 * above the network's working resolution is denoised at a whole fraction of its size and brought
 * back to it ({@link WorkingScale}), and a page of faded ink has its contrast raised first ({@link
 * FadedInk}, measured in one more pass over its bands); the estimates, the reference and OCR see
 * the page as it was read, at its own size.
 *
 * <p>Memory per page: the file's bytes, one band of input and one of output as floats (a tile's
 * height times the page width), the output raster at the stored depth (1 bit per pixel for bitonal
 * pages, 1 byte per sample for 8-bit), the noise estimates' coefficients (2 bytes per pixel and
 * channel) and the network's activations for one batch of tiles. With a clean reference the
 * reference page and the denoised page are also held whole as floats, for PSNR and SSIM; with an
 * {@link OcrReader} the input page and the denoised page are, for OCR before and after (the
 * denoised page as it is stored: a bitonal page thresholded at 0.5 as its file is).
 *
 * <p>A file is all or nothing: a page that fails to decode fails the whole file (an {@link
 * ImageDecodeException} naming the page), so an output never has pages missing or shifted. Not
 * thread-safe (one per task).
 */
public final class ArchiveDenoiser {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveDenoiser.class);
  private static final double NANOS = 1e9;

  private static final float BITONAL_THRESHOLD = 0.5f;

  private final TiledDenoiser denoiser;
  private final OutputFormats formats;
  private final DecodeLimits limits;
  private final OcrReader ocr;
  private final WorkingScale scale;
  private final FadedInk ink;

  /** A denoiser of files with these tiles, output formats and decode limits, without OCR. */
  public ArchiveDenoiser(TiledDenoiser denoiser, OutputFormats formats, DecodeLimits limits) {
    this(denoiser, formats, limits, null);
  }

  /**
   * A denoiser of files that also reads every page with {@code ocr} before and after denoising
   * ({@link PageResult#ocr()}); null reads nothing.
   */
  public ArchiveDenoiser(
      TiledDenoiser denoiser, OutputFormats formats, DecodeLimits limits, OcrReader ocr) {
    this(denoiser, formats, limits, ocr, WorkingScale.OFF, FadedInk.OFF);
  }

  /**
   * A denoiser of files as {@link #ArchiveDenoiser(TiledDenoiser, OutputFormats, DecodeLimits,
   * OcrReader)} that denoises each page at the scale {@code scale} gives its resolution, after
   * {@code ink} has raised its contrast if its ink is faded.
   */
  public ArchiveDenoiser(
      TiledDenoiser denoiser,
      OutputFormats formats,
      DecodeLimits limits,
      OcrReader ocr,
      WorkingScale scale,
      FadedInk ink) {
    this.denoiser = Objects.requireNonNull(denoiser, "denoiser");
    this.formats = Objects.requireNonNull(formats, "formats");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.ocr = ocr;
    this.scale = Objects.requireNonNull(scale, "scale");
    this.ink = Objects.requireNonNull(ink, "ink");
  }

  /**
   * Denoises every page of {@code file} into one file of the same format on {@code out} ({@link
   * OutputFormats#mirror}).
   *
   * @param reference the clean file with the same pages, for PSNR/SSIM, or empty
   * @throws ImageDecodeException when the file or one of its pages cannot be decoded
   * @throws IOException when writing to {@code out} fails
   */
  public List<PageResult> denoiseFile(
      byte[] file, String id, Optional<byte[]> reference, OutputStream out)
      throws ImageDecodeException, IOException {
    try (PageReader reader = PageReader.open(file, id, limits)) {
      List<Image> clean = references(reference, id, reader.pageCount());
      try (PageWriter writer = new PageWriter(out, reader.format(), reader.pageCount())) {
        List<PageResult> results = new ArrayList<>();
        for (int p = 0; p < reader.pageCount(); p++) {
          results.add(page(reader, p, clean, writer, false));
        }
        return results;
      }
    }
  }

  /**
   * Denoises every page of {@code file} into a PNG of its own ({@link OutputFormats#png}), kept in
   * {@link PageResult#png()}.
   *
   * @throws ImageDecodeException when the file or one of its pages cannot be decoded
   */
  public List<PageResult> denoisePages(byte[] file, String id, Optional<byte[]> reference)
      throws ImageDecodeException, IOException {
    try (PageReader reader = PageReader.open(file, id, limits)) {
      List<Image> clean = references(reference, id, reader.pageCount());
      List<PageResult> results = new ArrayList<>();
      for (int p = 0; p < reader.pageCount(); p++) {
        results.add(page(reader, p, clean, null, true));
      }
      return results;
    }
  }

  private PageResult page(
      PageReader reader, int index, List<Image> clean, PageWriter fileWriter, boolean png)
      throws ImageDecodeException, IOException {
    long start = System.nanoTime();
    PageInfo info = reader.info(index);
    ByteArrayOutputStream pngBytes = png ? new ByteArrayOutputStream() : null;
    PageWriter writer = png ? new PageWriter(pngBytes, formats.png(info).format(), 1) : fileWriter;
    EncodeOptions options = png ? formats.png(info) : formats.mirror(info);
    PageWriter.Page target = writer.page(info.height(), info.width(), info.channels(), options);
    StreamingSigma before = new StreamingSigma(info.height(), info.width(), info.channels());
    StreamingSigma after = new StreamingSigma(info.height(), info.width(), info.channels());
    RowSource rows = reader.rows(info);
    RowSink observer = (from, band) -> before.add(band);
    ImageRows.Page input = ocr == null ? null : whole(rows.id(), info);
    RowSource source = new ObservedRows(rows, input == null ? observer : observer.andThen(input));
    Image reference = reference(clean, index, info, source.id());
    ImageRows.Page output = reference == null && ocr == null ? null : whole(source.id(), info);
    RowSink sink = target.andThen((from, band) -> after.add(band));
    if (output != null) {
      sink = sink.andThen(output);
    }
    int factor = scale.factor(info.dpi(), info.width(), info.height());
    FadedInk.Contrast contrast = ink.measure(rows);
    RowSource raised = contrast.apply(source);
    int tiles =
        factor == 1
            ? denoiser.denoiseRows(raised, sink)
            : denoiser.denoiseRows(
                new DownscaledRows(raised, factor),
                new UpscalingSink(
                    sink, factor, source.id(), info.height(), info.width(), info.channels()));
    writer.write(target);
    if (png) {
      writer.close();
    }
    Optional<PageResult.Quality> quality =
        reference == null ? Optional.empty() : Optional.of(quality(reference, output.image()));
    double seconds = (System.nanoTime() - start) / NANOS;
    Optional<PageResult.Reading> reading =
        ocr == null ? Optional.empty() : Optional.of(read(input.image(), output.image(), options));
    return new PageResult(
        info,
        before.estimate(),
        after.estimate(),
        seconds,
        tiles,
        contrast.gain(),
        quality,
        png ? Optional.of(pngBytes.toByteArray()) : Optional.empty(),
        reading);
  }

  private static ImageRows.Page whole(String id, PageInfo info) {
    return ImageRows.page(id, info.height(), info.width(), info.channels());
  }

  /** The clean page {@code index}, or null without one or (with a warning) of another shape. */
  private static Image reference(List<Image> clean, int index, PageInfo info, String id) {
    Image reference = index < clean.size() ? clean.get(index) : null;
    if (reference != null
        && (reference.width() != info.width()
            || reference.height() != info.height()
            || reference.channels() != info.channels())) {
      LOG.warn("{}: the reference page has another shape: no PSNR/SSIM", id);
      return null;
    }
    return reference;
  }

  /** OCR of the input page and of the denoised page as {@code options} store it. */
  private PageResult.Reading read(Image input, Image denoised, EncodeOptions options) {
    return new PageResult.Reading(
        ocr.read(input), ocr.read(options.bitonal() ? thresholded(denoised) : denoised));
  }

  /** The page as a bitonal file holds it: white where its gray sample is at least 0.5. */
  static Image thresholded(Image page) {
    float[] gray = page.toGray().samples();
    float[] bitonal = new float[gray.length];
    for (int i = 0; i < gray.length; i++) {
      bitonal[i] = gray[i] >= BITONAL_THRESHOLD ? 1f : 0f;
    }
    return Image.of(page.id(), page.height(), page.width(), Image.GRAY, bitonal);
  }

  private static PageResult.Quality quality(Image clean, Image denoised) {
    return new PageResult.Quality(
        ImageMetrics.psnr(clean, denoised, 1.0),
        Ssim.mean(clean, denoised, SsimConvention.WANG),
        Ssim.mean(clean, denoised, SsimConvention.SKIMAGE));
  }

  /**
   * The reference's pages, gray or RGB as decoded; empty without a reference, and, with a warning,
   * when it cannot be decoded or has another page count: a bad reference loses the quality columns,
   * never the denoised file.
   */
  private List<Image> references(Optional<byte[]> reference, String id, int pages) {
    if (reference.isEmpty()) {
      return List.of();
    }
    try {
      List<DecodedPage> decoded = ImageCodec.decode(reference.get(), id + " (reference)", limits);
      if (decoded.size() == pages) {
        return decoded.stream().map(DecodedPage::image).toList();
      }
      LOG.warn(
          "{}: the reference has {} pages, the input {}: no PSNR/SSIM", id, decoded.size(), pages);
    } catch (ImageDecodeException e) {
      LOG.warn("{}: the reference does not decode, no PSNR/SSIM: {}", id, e.getMessage());
    }
    return List.of();
  }
}
