/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Classical denoisers behind {@link io.sparkdenoise.core.model.Denoiser} (identity, Gaussian,
 * median, and the document clean-ups: median background subtraction and Sauvola binarisation), the
 * separable correlation kernel they share with the SSIM metric, and the boundary modes. Each
 * follows the boundary mode of the scipy or scikit-image function it reproduces, so results match
 * them sample for sample.
 */
package io.sparkdenoise.core.filter;
