/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import static io.sparkdenoise.jobs.ingest.IngestRuns.imagesByNameAndPage;
import static io.sparkdenoise.jobs.ingest.IngestRuns.reason;
import static io.sparkdenoise.jobs.ingest.IngestRuns.rejectsByName;
import static io.sparkdenoise.jobs.ingest.IngestRuns.run;
import static io.sparkdenoise.jobs.ingest.IngestRuns.table;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Ground-truth text beside image files (X.txt next to X.png) goes into the images table. */
@ExtendWith(SharedSpark.class)
class IngestTextsTest {
  @TempDir Path dir;

  @Test
  void aSidecarIsItsImagesTextPerPageAndNoInputWhileATextWithoutImageIsRejected() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("gray.png"), SampleFiles.grayPng());
    write(in.resolve("gray.txt"), "\uFEFFFirst line\nSecond line — naïve\n");
    Files.write(in.resolve("book.tif"), SampleFiles.twoPageLzwTiff());
    write(in.resolve("book.txt"), "page one\n\fpage two\n\f");
    Files.write(in.resolve("fax.tif"), SampleFiles.ccittG4Tiff());
    write(in.resolve("fax.txt"), "one page\fof two");
    Files.write(in.resolve("rgb.png"), SampleFiles.rgbPng());
    write(in.resolve("orphan.txt"), "no image of this name");

    IngestResult result = run(in.toString(), dir.resolve("out").toString());

    Map<String, Row> images = imagesByNameAndPage(dir.resolve("out").toString());
    assertThat(images.keySet())
        .containsExactly("book.tif#0", "book.tif#1", "fax.tif#0", "gray.png#0", "rgb.png#0");
    assertThat(text(images.get("gray.png#0"))).isEqualTo("First line\nSecond line — naïve\n");
    assertThat(text(images.get("book.tif#0"))).isEqualTo("page one\n");
    assertThat(text(images.get("book.tif#1"))).isEqualTo("page two\n");
    // two pages of text for a one-page file: no text rather than the wrong one
    assertThat(text(images.get("fax.tif#0"))).isNull();
    assertThat(text(images.get("rgb.png#0"))).isNull();
    Map<String, Row> rejects = rejectsByName(dir.resolve("out").toString());
    assertThat(rejects.keySet()).containsExactly("orphan.txt");
    assertThat(reason(rejects.get("orphan.txt"))).isEqualTo("not_an_image");
    assertThat(result.inputs()).isEqualTo(5);
    assertThat(result.rows()).isEqualTo(5);
    assertThat(result.rejected()).isEqualTo(1);
  }

  @Test
  void tilesOfAPageWithTextHaveNone() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("gray.png"), SampleFiles.grayPng());
    write(in.resolve("gray.txt"), "some text");

    IngestResult result =
        run(in.toString(), dir.resolve("out").toString(), IngestConfig.TILE_SIZE + "=8");

    assertThat(result.rows()).isEqualTo(4);
    assertThat(result.rejected()).isZero();
    assertThat(
            table(dir.resolve("out").toString(), "images").filter(col("text").isNotNull()).count())
        .isZero();
  }

  private static String text(Row row) {
    return row.getAs("text");
  }

  private static void write(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
