/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/** The one image type of the project: float32 samples in [0, 1], height x width x channels. */
package io.sparkdenoise.core.image;
