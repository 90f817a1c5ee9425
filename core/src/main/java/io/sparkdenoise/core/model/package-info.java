/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/** Denoising methods behind one interface, {@link io.sparkdenoise.core.model.Denoiser}. */
package io.sparkdenoise.core.model;
