/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One method's numbers over a run: how many images, the distribution of PSNR and of SSIM (Wang
 * convention), the mean gain over the noisy input on the same images, and the distribution of the
 * character error rate of OCR over the images that have one (those with ground-truth text). Means
 * are plain averages, so one +Infinity PSNR (an output identical to the clean image) makes the PSNR
 * mean and gain Infinity; the percentiles are Spark's {@code percentile_approx} (default accuracy
 * 10000, exact for fewer values than that).
 *
 * @param count images scored with the method
 * @param psnr PSNR in dB
 * @param ssim mean SSIM per image, Wang convention
 * @param psnrGainDb mean over images of the method's PSNR minus the noisy input's
 * @param ssimGain mean over images of the method's SSIM minus the noisy input's
 * @param cer the character error rate per image, over the images with one; empty when none has
 */
public record MethodSummary(
    long count,
    Distribution psnr,
    Distribution ssim,
    double psnrGainDb,
    double ssimGain,
    Optional<Distribution> cer) {
  /** Checks the optional field is set. */
  public MethodSummary {
    Objects.requireNonNull(cer, "cer");
  }

  /**
   * The distribution of one metric.
   *
   * @param mean the mean
   * @param median the approximate 50th percentile
   * @param p5 the approximate 5th percentile
   * @param p95 the approximate 95th percentile
   */
  public record Distribution(double mean, double median, double p5, double p95) {
    /** mean, median, p5, p95. */
    Map<String, Object> summary() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("mean", mean);
      map.put("median", median);
      map.put("p5", p5);
      map.put("p95", p95);
      return map;
    }
  }

  /**
   * count, psnr_db, ssim_wang, psnr_gain_db, ssim_gain and, when there is one, cer: the method's
   * entry in the JSON line.
   */
  public Map<String, Object> summary() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("count", count);
    map.put("psnr_db", psnr.summary());
    map.put("ssim_wang", ssim.summary());
    map.put("psnr_gain_db", psnrGainDb);
    map.put("ssim_gain", ssimGain);
    cer.ifPresent(c -> map.put("cer", c.summary()));
    return map;
  }

  /** The header of {@link #tableLine}'s table. */
  static String tableHeader() {
    return String.format(
        Locale.ROOT,
        "%-14s %6s %9s %9s %9s %9s %9s %8s %8s %8s %8s",
        "method",
        "images",
        "psnr_mean",
        "psnr_p50",
        "psnr_p5",
        "psnr_p95",
        "psnr_gain",
        "ssim",
        "ssim_p50",
        "ssim_gain",
        "cer");
  }

  /** One line of the per-method table the job logs. */
  String tableLine(String method) {
    return String.format(
        Locale.ROOT,
        "%-14s %6d %9.3f %9.3f %9.3f %9.3f %9.3f %8.4f %8.4f %8.4f %8s",
        method,
        count,
        psnr.mean(),
        psnr.median(),
        psnr.p5(),
        psnr.p95(),
        psnrGainDb,
        ssim.mean(),
        ssim.median(),
        ssimGain,
        cer.map(c -> String.format(Locale.ROOT, "%.4f", c.mean())).orElse("-"));
  }
}
