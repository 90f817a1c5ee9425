/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import io.sparkdenoise.core.codec.PageInfo;
import io.sparkdenoise.core.ocr.OcrResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What denoising one page measured.
 *
 * @param page the page as read
 * @param sigmaBefore the reference-free noise estimate of the input page ([0, 1] scale)
 * @param sigmaAfter the same estimate of the denoised page, before the output's quantisation
 * @param seconds wall-clock seconds of the page: decoding, denoising, metrics and encoding (not
 *     OCR)
 * @param tiles tiles the network saw
 * @param inkGain the contrast gain the page got before the network ({@link FadedInk}): 1 when it
 *     went as read, more when its ink was faded
 * @param quality PSNR and SSIM against the clean reference, when one was given
 * @param png the page as PNG, when pages are kept as PNG rather than written to a file
 * @param ocr what OCR read on the page before and after denoising, when it was read
 */
public record PageResult(
    PageInfo page,
    double sigmaBefore,
    double sigmaAfter,
    double seconds,
    int tiles,
    double inkGain,
    Optional<Quality> quality,
    Optional<byte[]> png,
    Optional<Reading> ocr) {
  /** Checks the optional fields are set. */
  public PageResult {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(ocr, "ocr");
    if (!(inkGain >= 1)) {
      throw new IllegalArgumentException("the ink gain must be >= 1, got " + inkGain);
    }
  }

  /**
   * OCR of a page before and after denoising: a quality signal that needs no clean page.
   *
   * @param before what OCR read on the input page
   * @param after what OCR read on the denoised page as it is stored (a bitonal page thresholded)
   */
  public record Reading(OcrResult before, OcrResult after) {
    /** Checks both are set. */
    public Reading {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * Full-reference quality of a denoised page, computed on its samples before quantisation.
   *
   * @param psnrDb PSNR in dB, data range 1
   * @param ssimWang mean SSIM, Wang et al. convention
   * @param ssimSkimage mean SSIM, scikit-image's default convention
   */
  public record Quality(double psnrDb, double ssimWang, double ssimSkimage) {}
}
