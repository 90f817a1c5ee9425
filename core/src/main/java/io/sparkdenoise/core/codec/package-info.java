/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Decoding and encoding image files (PNG, JPEG, BMP, GIF, TIFF) and dataset formats (IDX, CIFAR-10
 * and CIFAR-100) into {@link io.sparkdenoise.core.image.Image}s, with typed failures instead of
 * stack traces.
 *
 * <p>Entry points: {@link io.sparkdenoise.core.codec.ImageCodec} for image files, {@link
 * io.sparkdenoise.core.codec.IdxReader} and {@link io.sparkdenoise.core.codec.CifarReader} for the
 * datasets. Every way an input can fail is a {@link io.sparkdenoise.core.codec.DecodeFailure}.
 */
package io.sparkdenoise.core.codec;
