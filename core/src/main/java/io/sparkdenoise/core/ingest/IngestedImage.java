/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the {@code images} table (data-schemas/images.json), field for field and in its order.
 *
 * @param id stable id: {@code ImageIds.forPage} for a page, {@code ImageIds.forTile} for a tile
 * @param sourceUri URI of the source file, or {@code <table uri>#<id or row index>} for a Parquet
 *     row
 * @param page 0-based page of the source (record index for IDX/CIFAR)
 * @param tileY top row of the tile in its page, null for whole pages
 * @param tileX left column of the tile in its page, null for whole pages
 * @param parentId id of the page a tile was cut from, null for whole pages
 * @param width width in pixels
 * @param height height in pixels
 * @param channels 1 or 3
 * @param bitDepth bits per sample of the source
 * @param sourceFormat png, jpeg, bmp, gif, tiff, idx, cifar or parquet
 * @param sourceSha256 SHA-256 (hex) of the source file's bytes, or of the Parquet cell
 * @param dpi the source's resolution in dots per inch, null when it records none
 * @param png the image as lossless PNG, 16-bit when {@code bitDepth > 8}
 * @param label class label, null when the source has none
 * @param split train, validation or test
 * @param text the page's ground-truth text (from a sidecar {@code .txt} file, see {@link
 *     TextSidecars}), null when it is not known; tiles never have one
 */
public record IngestedImage(
    String id,
    String sourceUri,
    int page,
    Integer tileY,
    Integer tileX,
    String parentId,
    int width,
    int height,
    int channels,
    int bitDepth,
    String sourceFormat,
    String sourceSha256,
    Double dpi,
    byte[] png,
    Integer label,
    String split,
    String text)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks the required fields are present. */
  public IngestedImage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceUri, "sourceUri");
    Objects.requireNonNull(sourceFormat, "sourceFormat");
    Objects.requireNonNull(sourceSha256, "sourceSha256");
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(split, "split");
    if ((tileY == null) != (tileX == null) || (tileY == null) != (parentId == null)) {
      throw new IllegalArgumentException(
          "tileY, tileX and parentId must be all set (a tile) or all null (a page), got "
              + tileY
              + ", "
              + tileX
              + ", "
              + parentId);
    }
    if (text != null && tileY != null) {
      throw new IllegalArgumentException("a tile has no text of its own, got one for " + id);
    }
  }

  /** This row with {@code text} as its ground-truth text. */
  public IngestedImage withText(String text) {
    return new IngestedImage(
        id,
        sourceUri,
        page,
        tileY,
        tileX,
        parentId,
        width,
        height,
        channels,
        bitDepth,
        sourceFormat,
        sourceSha256,
        dpi,
        png,
        label,
        split,
        text);
  }
}
