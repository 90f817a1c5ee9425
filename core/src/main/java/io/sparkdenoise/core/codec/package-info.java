/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Decoding and encoding image files (PNG, JPEG, BMP, GIF, TIFF) and dataset formats (IDX, CIFAR-10)
 * into {@link io.sparkdenoise.core.image.Image}s, with typed failures instead of stack traces.
 */
package io.sparkdenoise.core.codec;
