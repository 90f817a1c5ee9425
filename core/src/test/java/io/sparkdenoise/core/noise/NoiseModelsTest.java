/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static io.sparkdenoise.core.noise.SampleStats.fractionTolerance;
import static io.sparkdenoise.core.noise.SampleStats.mean;
import static io.sparkdenoise.core.noise.SampleStats.meanTolerance;
import static io.sparkdenoise.core.noise.SampleStats.normalVarianceTolerance;
import static io.sparkdenoise.core.noise.SampleStats.variance;
import static io.sparkdenoise.core.noise.SampleStats.varianceTolerance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class NoiseModelsTest {
  private static final int SIZE = 256;
  private static final int N = SIZE * SIZE;
  private static final float GRAY = 0.5f;

  /** One example of every registered model. */
  private static final List<NoiseModel> EXAMPLES =
      List.of(
          new GaussianNoise(25),
          new SaltPepperNoise(0.1, 0.3),
          new SpeckleNoise(0.2),
          new PoissonNoise(30),
          new ScannerNoise(0.8, 6, 0.0005, 0.2, 75),
          new ScanNoise(
              new ScannerNoise(0.8, 6, 0.0005, 0.2, 75), PageDamage.NONE, 1, 40, 0.3, 2, 0.5, 31));

  private static Image midGray(int channels) {
    float[] samples = new float[N * channels];
    Arrays.fill(samples, GRAY);
    return Image.of("mid-gray", SIZE, SIZE, channels, samples);
  }

  /** output - 0.5 for every sample of the model applied to the mid-gray image. */
  private static double[] noiseOnMidGray(NoiseModel model) {
    float[] out = model.apply(midGray(Image.GRAY), new NoiseRandom(21)).samples();
    double[] noise = new double[out.length];
    for (int i = 0; i < out.length; i++) {
      noise[i] = out[i] - GRAY;
    }
    return noise;
  }

  @Test
  void gaussianAddsZeroMeanNoiseWithStdSigmaOver255() {
    double[] noise = noiseOnMidGray(new GaussianNoise(25));
    // 0.5 is 5.1 sigma from either clip bound: clipping is negligible.
    double variance = Math.pow(25.0 / 255, 2);
    assertThat(mean(noise)).isCloseTo(0, within(meanTolerance(variance, N)));
    assertThat(variance(noise)).isCloseTo(variance, within(normalVarianceTolerance(variance, N)));
  }

  @Test
  void speckleNoiseHasVarianceXSquaredSigmaSquared() {
    double[] noise = noiseOnMidGray(new SpeckleNoise(0.2));
    // Noise std 0.5 * 0.2 = 0.1, so the clip bounds are 5 std away.
    double variance = Math.pow(GRAY * 0.2, 2);
    assertThat(mean(noise)).isCloseTo(0, within(meanTolerance(variance, N)));
    assertThat(variance(noise)).isCloseTo(variance, within(normalVarianceTolerance(variance, N)));
  }

  @Test
  void poissonNoiseHasMeanXAndVarianceXOverPeak() {
    double peak = 100;
    double[] noise = noiseOnMidGray(new PoissonNoise(peak));
    // Counts K ~ Poisson(lambda = 50), output K / peak: variance lambda / peak^2 = x / peak,
    // fourth central moment lambda (1 + 3 lambda) / peak^4. P(K > 100) ~ 1e-10: no clipping.
    double lambda = GRAY * peak;
    double variance = GRAY / peak;
    double mu4 = lambda * (1 + 3 * lambda) / Math.pow(peak, 4);
    assertThat(mean(noise)).isCloseTo(0, within(meanTolerance(variance, N)));
    assertThat(variance(noise)).isCloseTo(variance, within(varianceTolerance(variance, mu4, N)));
  }

  @Test
  void saltPepperReplacesAboutAmountOfTheSamplesWithSaltAtTheSaltRatio() {
    float[] out =
        new SaltPepperNoise(0.05, 0.3).apply(midGray(Image.GRAY), new NoiseRandom(22)).samples();
    int salt = 0;
    int pepper = 0;
    for (float x : out) {
      assertThat(x).isIn(0f, GRAY, 1f);
      salt += x == 1f ? 1 : 0;
      pepper += x == 0f ? 1 : 0;
    }
    int changed = salt + pepper;
    assertThat((double) changed / N).isCloseTo(0.05, within(fractionTolerance(0.05, N)));
    assertThat((double) salt / changed).isCloseTo(0.3, within(fractionTolerance(0.3, changed)));
  }

  @Test
  void saltPepperHitsTheChannelsOfAnRgbPixelIndependently() {
    double amount = 0.05;
    float[] out =
        new SaltPepperNoise(amount, 0.5).apply(midGray(Image.RGB), new NoiseRandom(23)).samples();
    int pixelsWithOneChannelHit = 0;
    for (int p = 0; p < N; p++) {
      int hits = 0;
      for (int c = 0; c < Image.RGB; c++) {
        hits += out[p * Image.RGB + c] != GRAY ? 1 : 0;
      }
      pixelsWithOneChannelHit += hits == 1 ? 1 : 0;
    }
    // Per sample: P(exactly one of three channels hit) = 3 a (1 - a)^2; whole pixels would give 0.
    double p = 3 * amount * (1 - amount) * (1 - amount);
    assertThat((double) pixelsWithOneChannelHit / N).isCloseTo(p, within(fractionTolerance(p, N)));
  }

  @Test
  void everyModelKeepsShapeAndIdClipsToTheUnitIntervalAndLeavesTheInputAlone() {
    float[] samples = new float[16 * 16 * Image.RGB];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (i % 5) / 4f; // 0, 0.25, 0.5, 0.75, 1
    }
    Image clean = Image.of("ramp", 16, 16, Image.RGB, samples);
    float[] before = samples.clone();
    List<NoiseModel> harsh =
        List.of(
            new GaussianNoise(255),
            new SaltPepperNoise(1, 0.5),
            new SpeckleNoise(50),
            new PoissonNoise(0.5),
            new ScannerNoise(10, 255, 0.05, 0.99, 1),
            new ScanNoise(
                new ScannerNoise(10, 255, 0.05, 0.99, 1),
                PageDamage.NONE,
                1000,
                4,
                0.99,
                2,
                0.5,
                3));
    for (NoiseModel model : harsh) {
      Image noisy = model.apply(clean, new NoiseRandom(24));
      assertThat(noisy.id()).isEqualTo("ramp");
      assertThat(noisy.sameShape(clean)).isTrue();
      assertThat(noisy.samples()).isNotSameAs(samples);
      for (float x : noisy.samples()) {
        assertThat(x).as(model.toSpec()).isBetween(0f, 1f);
      }
      assertThat(samples).as(model.toSpec()).containsExactly(before);
    }
  }

  @Test
  void everyRegisteredModelHasAnExampleThatRebuildsFromItsNameAndParameters() {
    assertThat(NoiseModels.all().stream().map(NoiseModelType::name).collect(Collectors.toSet()))
        .isEqualTo(EXAMPLES.stream().map(NoiseModel::name).collect(Collectors.toSet()));
    for (NoiseModel model : EXAMPLES) {
      assertThat(NoiseModels.byName(model.name()).create(model.parameters())).isEqualTo(model);
      NoiseSpec fixed = NoiseSpec.parse(model.toSpec());
      assertThat(NoisePlanner.plan(fixed, 1, "any")).isEqualTo(model);
    }
  }

  @Test
  void modelsDescribeThemselvesAsCanonicalSpecs() {
    assertThat(new GaussianNoise(17.25).toSpec()).isEqualTo("gaussian:sigma=17.25");
    assertThat(new SaltPepperNoise(0.1, 0.5).toSpec()).isEqualTo("salt-pepper:amount=0.1,salt=0.5");
    assertThat(new SaltPepperNoise(0.1, 0.5).parameters())
        .containsExactly(entry("amount", 0.1), entry("salt", 0.5));
  }

  @Test
  void badParametersAreRejectedWithTheBadValue() {
    assertRejected(() -> new GaussianNoise(-3), "sigma must be in (0, 255], got -3");
    assertRejected(() -> new GaussianNoise(0), "sigma must be in (0, 255], got 0");
    assertRejected(() -> new GaussianNoise(255.5), "sigma must be in (0, 255], got 255.5");
    assertRejected(() -> new GaussianNoise(Double.NaN), "sigma must be in (0, 255], got NaN");
    assertRejected(() -> new SpeckleNoise(0), "sigma must be finite and > 0, got 0");
    assertRejected(
        () -> new SpeckleNoise(Double.POSITIVE_INFINITY),
        "sigma must be finite and > 0, got Infinity");
    assertRejected(() -> new PoissonNoise(0), "peak must be in (0, 1000000000], got 0");
    assertRejected(() -> new PoissonNoise(2e9), "peak must be in (0, 1000000000], got 2000000000");
    assertRejected(() -> new SaltPepperNoise(0, 0.5), "amount must be in (0, 1], got 0");
    assertRejected(() -> new SaltPepperNoise(1.5, 0.5), "amount must be in (0, 1], got 1.5");
    assertRejected(() -> new SaltPepperNoise(0.1, -0.1), "salt must be in [0, 1], got -0.1");
  }

  private static void assertRejected(ThrowingCallable construction, String message) {
    assertThatThrownBy(construction)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
