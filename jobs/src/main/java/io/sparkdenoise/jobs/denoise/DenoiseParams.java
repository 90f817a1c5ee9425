/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.denoise.FadedInk;
import io.sparkdenoise.core.denoise.OutputFormats;
import io.sparkdenoise.core.denoise.WorkingScale;
import java.io.Serializable;

/**
 * What an executor needs of a denoise run: small and serializable, unlike {@link DenoiseConfig}.
 *
 * @param runId the run id, recorded in every marker row
 * @param modelId the model's id (of the broadcast zip)
 * @param tileSize tile side in pixels
 * @param margin tile margin in pixels, resolved on the driver
 * @param blend cross-fade width in pixels
 * @param batchTiles tiles per forward pass
 * @param scale the resolution pages are denoised at
 * @param ink how faded pages are raised before denoising
 * @param formats output encodings
 * @param limits decode limits
 * @param maxFileBytes larger inputs are rejected unread
 * @param mode files or PNGs in the pages table
 * @param filesRoot qualified URI under which mirrored files are written
 * @param stateDir qualified URI of the directory of done markers
 * @param referenceRoot qualified URI of the reference root, or null
 * @param ocrLanguage the Tesseract language code pages are read in before and after denoising, or
 *     null when they are not read
 */
record DenoiseParams(
    String runId,
    String modelId,
    int tileSize,
    int margin,
    int blend,
    int batchTiles,
    WorkingScale scale,
    FadedInk ink,
    OutputFormats formats,
    DecodeLimits limits,
    long maxFileBytes,
    DenoiseConfig.Mode mode,
    String filesRoot,
    String stateDir,
    String referenceRoot,
    String ocrLanguage)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
