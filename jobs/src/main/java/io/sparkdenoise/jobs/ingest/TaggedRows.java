/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.ingest.IngestedImage;
import io.sparkdenoise.core.ingest.Outcome;
import io.sparkdenoise.core.ingest.Rejection;
import io.sparkdenoise.jobs.executor.RejectRows;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The one dataset every input is decoded into, once: each row is {@code (isImage, inputs, payload)}
 * where the payload is a row of the images table or of the rejects table (in their schemas' column
 * order) and {@code inputs} is 1 on the first row of each input (so the inputs can be counted
 * without a second pass over the sources), 0 otherwise.
 */
final class TaggedRows {
  static final int IS_IMAGE = 0;
  static final int INPUTS = 1;
  static final int PAYLOAD = 2;

  private TaggedRows() {}

  /** The tagged rows of one input's outcome. */
  static List<Row> of(Outcome outcome) {
    List<Row> rows = new ArrayList<>();
    for (IngestedImage image : outcome.images()) {
      rows.add(RowFactory.create(true, rows.isEmpty() ? 1 : 0, imageRow(image)));
    }
    for (Rejection rejection : outcome.rejections()) {
      rows.add(RowFactory.create(false, rows.isEmpty() ? 1 : 0, RejectRows.of(rejection)));
    }
    return rows;
  }

  /** The tagged row of an input that was rejected whole. */
  static Row rejected(Rejection rejection) {
    return RowFactory.create(false, 1, RejectRows.of(rejection));
  }

  static Row imageRow(IngestedImage i) {
    return RowFactory.create(
        i.id(),
        i.sourceUri(),
        i.page(),
        i.tileY(),
        i.tileX(),
        i.parentId(),
        i.width(),
        i.height(),
        i.channels(),
        i.bitDepth(),
        i.sourceFormat(),
        i.sourceSha256(),
        i.dpi(),
        i.png(),
        i.label(),
        i.split(),
        i.text());
  }
}
