/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.IdxReader;
import io.sparkdenoise.core.codec.LabeledImage;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.synth.GlyphImages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlyphsCommandTest {
  private static final int SIZE = 28;

  @TempDir Path dir;

  @Test
  void writesTheSeedsGlyphsAndLabelsAsIdxFilesAndSaysWhatItWrote() throws Exception {
    LauncherRun run = LauncherRun.of("glyphs", "--count", "12", "--seed", "5", dir + "");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lastLine())
        .startsWith("{\"images\":12,\"seed\":5,\"output\":")
        .contains(dir.toString());
    List<Image> read = new ArrayList<>();
    int[] labels;
    try (InputStream in = Files.newInputStream(dir.resolve("train-images-idx3-ubyte"));
        IdxReader.Images images = IdxReader.openImages(in, "glyphs")) {
      images.forEachRemaining(read::add);
    }
    try (InputStream in = Files.newInputStream(dir.resolve("train-labels-idx1-ubyte"))) {
      labels = IdxReader.readLabels(in);
    }
    assertThat(read).hasSize(12);
    assertThat(labels).hasSize(12);
    GlyphImages glyphs = new GlyphImages(5, SIZE);
    for (int i = 0; i < read.size(); i++) {
      LabeledImage expected = glyphs.render(i);
      assertThat(labels[i]).isEqualTo(expected.label());
      float[] samples = read.get(i).samples();
      for (int s = 0; s < samples.length; s++) {
        // IDX holds 8-bit samples: each is the rendered value to within half a level
        assertThat(samples[s]).isCloseTo(expected.image().samples()[s], within(0.5f / 255 + 1e-6f));
      }
    }
  }

  @Test
  void refusesACountBelowOneInOneLine() {
    LauncherRun run = LauncherRun.of("glyphs", "--count", "0", dir + "");

    assertThat(run.exitCode()).isEqualTo(SparkDenoise.EXIT_USAGE);
    assertThat(run.err().strip()).isEqualTo("spark-denoise: --count must be at least 1, got 0");
  }
}
