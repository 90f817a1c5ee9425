/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Denoising whole pages of any size: a page is read in bands ({@link
 * io.sparkdenoise.core.codec.RowSource}), cut into overlapping tiles planned by {@link
 * io.sparkdenoise.core.plan.InferenceTiles}, denoised a batch of tiles at a time by any {@link
 * io.sparkdenoise.core.model.Denoiser} and blended without seams ({@link
 * io.sparkdenoise.core.denoise.TiledDenoiser}); {@link
 * io.sparkdenoise.core.denoise.ArchiveDenoiser} runs that over the pages of scanned files and
 * writes them back in their own format ({@link io.sparkdenoise.core.denoise.OutputFormats}). Plain
 * Java, no Spark.
 */
package io.sparkdenoise.core.denoise;
