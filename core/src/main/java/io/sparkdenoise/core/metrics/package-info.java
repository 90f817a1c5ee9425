/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Image quality metrics on [0, 1] images: MSE, RMSE, MAE, PSNR, SSIM in two named conventions, and
 * a reference-free noise estimate. Values agree with scikit-image 0.19.3 to within 1e-4 dB (PSNR),
 * 1e-5 (SSIM) and 1e-6 (sigma), which the oracle tests check.
 */
package io.sparkdenoise.core.metrics;
