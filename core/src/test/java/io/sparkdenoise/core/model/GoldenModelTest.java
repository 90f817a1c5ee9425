/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.image.Image;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model.zip written by this project must keep loading and denoising as it did when it was
 * written: {@value #MODEL} is a {@code seed} network trained one epoch, {@value #INPUT} a noisy
 * image and {@value #OUTPUT} what the network made of it, all as the build of their commit wrote
 * them.
 *
 * <p>They are regenerated, only when a change of the model format is meant, by {@link
 * #regenerate(Path)}: give it a scratch {@code @Test} that calls it with {@code
 * Path.of("src/test/resources/golden")}, run that test once ({@code ./mvnw -o -B -pl
 * onednn-shim,core -am test -Dtest=GoldenModelTest -Dsurefire.failIfNoSpecifiedTests=false}),
 * remove it and commit the files with the reason.
 */
class GoldenModelTest {
  static final String MODEL = "model-seed.zip";
  static final String INPUT = "model-seed-input.png";
  static final String OUTPUT = "model-seed-output.png";

  /** Outputs are stored at 16 bits: 1/65535 of rounding, plus native kernels' float noise. */
  private static final double TOLERANCE = 1e-4;

  private static final EncodeOptions PNG16 = EncodeOptions.png().withBitsPerSample(16);
  private static final int SIZE = 16;

  @Test
  void theGoldenZipLoadsAsASeedNetwork() throws Exception {
    TrainedNetwork network = ModelFiles.load(golden(MODEL));
    Dl4jNetwork fresh = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 1));

    assertThat(network.format()).isEqualTo(Dl4jNetwork.FORMAT);
    assertThat(network.sizeMultiple()).isEqualTo(Preset.SEED.sizeMultiple());
    assertThat(network.receptiveRadius()).isEqualTo(fresh.receptiveRadius());
    assertThat(((Dl4jNetwork) network).graph().numParams()).isEqualTo(fresh.graph().numParams());
  }

  @Test
  void itDenoisesAsItDidWhenItWasWritten() throws Exception {
    ModelDenoiser denoiser = new ModelDenoiser("golden", ModelFiles.load(golden(MODEL)), 1);
    Image expected = read(golden(OUTPUT));

    Image actual = denoiser.denoise(read(golden(INPUT)));

    assertThat(actual.sameShape(expected)).isTrue();
    float[] want = expected.samples();
    float[] got = actual.samples();
    for (int i = 0; i < want.length; i++) {
      assertThat((double) got[i]).as("sample " + i).isCloseTo(want[i], within(TOLERANCE));
    }
  }

  /**
   * Writes the three golden files into {@code dir} from this build: a {@code seed} network trained
   * one epoch on stroke pairs, one noisy stroke image and the network's output for it. Not a test.
   */
  static void regenerate(Path dir) throws IOException {
    List<ImagePair> pairs = Strokes.pairs(32, SIZE, 2026);
    Dl4jNetwork network = Preset.SEED.build(TrainingOptions.of(Loss.MSE, 2026));
    new LocalTrainer(8, 1, 2026).train(network, pairs);
    Files.createDirectories(dir);
    network.save(dir.resolve(MODEL));
    Image input = Strokes.pairs(1, SIZE, 7).get(0).noisy();
    Image stored = decode(ImageCodec.encode(input, PNG16));
    Files.write(dir.resolve(INPUT), ImageCodec.encode(stored, PNG16));
    Image output = new ModelDenoiser("golden", network, 1).denoise(stored);
    Files.write(dir.resolve(OUTPUT), ImageCodec.encode(output, PNG16));
  }

  private static Path golden(String name) throws URISyntaxException {
    return Path.of(GoldenModelTest.class.getResource("/golden/" + name).toURI());
  }

  private static Image read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return decode(in.readAllBytes());
    }
  }

  private static Image decode(byte[] png) throws IOException {
    try {
      return ImageCodec.decode(png, "golden").get(0).image();
    } catch (ImageDecodeException e) {
      throw new IOException(e);
    }
  }
}
