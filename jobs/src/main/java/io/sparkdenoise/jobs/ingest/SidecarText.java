/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.ingest.IngestedImage;
import io.sparkdenoise.core.ingest.Outcome;
import io.sparkdenoise.core.ingest.TextSidecars;
import io.sparkdenoise.jobs.executor.FileUris;
import io.sparkdenoise.jobs.executor.HadoopConf;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the executors: an image file's sidecar text ({@link TextSidecars}) attached to the rows of its
 * pages. Whatever goes wrong with the sidecar only leaves the text out, with a warning naming the
 * file: an unreadable or oversized sidecar, or one holding another number of pages than the image
 * file. Tiles get no text (a page's text is not split between its tiles).
 */
final class SidecarText {
  private static final Logger LOG = LoggerFactory.getLogger(SidecarText.class);

  private SidecarText() {}

  /**
   * {@code outcome} with each page row's text from {@code sidecar}.
   *
   * @param tiled whether the rows are tiles (then they are returned as they are)
   * @param maxBytes the largest sidecar read, as for image files
   */
  static Outcome attach(
      Outcome outcome, String sidecar, boolean tiled, HadoopConf conf, long maxBytes) {
    if (tiled || outcome.images().isEmpty()) {
      return outcome;
    }
    Optional<String> text = read(sidecar, conf, maxBytes);
    if (text.isEmpty()) {
      return outcome;
    }
    int pages = outcome.images().size();
    Optional<List<String>> texts = TextSidecars.pages(text.get(), pages);
    if (texts.isEmpty()) {
      LOG.warn(
          "ingest: {} does not hold the text of {} pages separated by form feeds: no text for {}",
          sidecar,
          pages,
          outcome.images().get(0).sourceUri());
      return outcome;
    }
    List<IngestedImage> rows =
        outcome.images().stream().map(row -> row.withText(texts.get().get(row.page()))).toList();
    return new Outcome(rows, outcome.rejections());
  }

  private static Optional<String> read(String sidecar, HadoopConf conf, long maxBytes) {
    Path path = FileUris.path(sidecar);
    try {
      FileSystem fs = conf.fileSystem(path);
      long length = fs.getFileStatus(path).getLen();
      if (length > maxBytes) {
        LOG.warn(
            "ingest: {} is {} bytes, over the limit of {}: no text", sidecar, length, maxBytes);
        return Optional.empty();
      }
      try (InputStream in = fs.open(path)) {
        return Optional.of(TextSidecars.decode(in.readNBytes((int) length)));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("ingest: {} cannot be read, no text: {}", sidecar, e.toString());
      return Optional.empty();
    }
  }
}
