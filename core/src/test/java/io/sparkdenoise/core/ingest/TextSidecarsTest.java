/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextSidecarsTest {
  @Test
  void aTextFileBesideAnImageOfItsBaseNameIsThatImagesTextAndNoInput() {
    TextSidecars.Plan plan =
        TextSidecars.plan(
            List.of(
                "hdfs://nn/a/page-1.png",
                "hdfs://nn/a/page-1.txt",
                "hdfs://nn/a/scan.tif",
                "hdfs://nn/a/scan.TXT",
                "hdfs://nn/a/b.c.png",
                "hdfs://nn/a/b.c.txt"));

    assertThat(plan.inputs())
        .containsExactly("hdfs://nn/a/page-1.png", "hdfs://nn/a/scan.tif", "hdfs://nn/a/b.c.png");
    assertThat(plan.sidecars())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "hdfs://nn/a/page-1.png", "hdfs://nn/a/page-1.txt",
                "hdfs://nn/a/scan.tif", "hdfs://nn/a/scan.TXT",
                "hdfs://nn/a/b.c.png", "hdfs://nn/a/b.c.txt"));
  }

  @Test
  void aTextFileWithoutAnImageOfItsBaseNameInItsDirectoryStaysAnInput() {
    TextSidecars.Plan plan =
        TextSidecars.plan(
            List.of(
                "file:/a/notes.txt",
                "file:/a/page.png",
                "file:/b/page.txt",
                "file:/a/page.png.txt",
                "file:/a/README"));

    assertThat(plan.inputs())
        .containsExactly(
            "file:/a/notes.txt",
            "file:/a/page.png",
            "file:/b/page.txt",
            "file:/a/page.png.txt",
            "file:/a/README");
    assertThat(plan.sidecars()).isEmpty();
  }

  @Test
  void imagesSharingABaseNameShareItsTextAndASecondSidecarOfThatNameStaysAnInput() {
    TextSidecars.Plan plan =
        TextSidecars.plan(List.of("/a/x.png", "/a/x.tif", "/a/x.txt", "/a/x.Txt"));

    assertThat(plan.sidecars())
        .containsExactlyInAnyOrderEntriesOf(Map.of("/a/x.png", "/a/x.txt", "/a/x.tif", "/a/x.txt"));
    assertThat(plan.inputs()).containsExactly("/a/x.png", "/a/x.tif", "/a/x.Txt");
  }

  @Test
  void formFeedsSeparatePagesAndOneEndingTheTextEndsTheLastPage() {
    assertThat(TextSidecars.pages("one\ntwo\n", 1)).contains(List.of("one\ntwo\n"));
    assertThat(TextSidecars.pages("p0\n\fp1\n\f", 2)).contains(List.of("p0\n", "p1\n"));
    assertThat(TextSidecars.pages("p0\f\fp2", 3)).contains(List.of("p0", "", "p2"));
    assertThat(TextSidecars.pages("", 1)).contains(List.of(""));
  }

  @Test
  void aTextWithAnotherNumberOfPagesThanTheFileHasNone() {
    assertThat(TextSidecars.pages("p0\fp1", 3)).isEmpty();
    assertThat(TextSidecars.pages("p0\fp1", 1)).isEmpty();
    assertThat(TextSidecars.pages("p0", 2)).isEmpty();
  }

  @Test
  void sidecarsAreUtf8WithoutTheirByteOrderMark() {
    byte[] bom = "\uFEFFÄrger – naïve".getBytes(StandardCharsets.UTF_8);

    assertThat(TextSidecars.decode(bom)).isEqualTo("Ärger – naïve");
    assertThat(TextSidecars.decode(new byte[] {'a', (byte) 0xff})).isEqualTo("a\uFFFD");
  }
}
