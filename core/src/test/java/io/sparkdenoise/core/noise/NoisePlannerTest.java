/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.noise;

import static io.sparkdenoise.core.noise.SampleStats.fractionTolerance;
import static io.sparkdenoise.core.noise.SampleStats.mean;
import static io.sparkdenoise.core.noise.SampleStats.meanTolerance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.image.Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NoisePlannerTest {
  private static final long SEED = 20_260_101L;
  private static final int IDS = 4000;
  private static final NoiseSpec MIXTURE =
      NoiseSpec.parse("0.7*gaussian:sigma=5..50|0.3*salt-pepper:amount=0.02..0.1");

  /** A 16x16 RGB image of pseudo-random samples, fixed by its id. */
  private static Image image(String id) {
    NoiseRandom rng = new NoiseRandom(id.hashCode());
    float[] samples = new float[16 * 16 * Image.RGB];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (float) rng.nextDouble();
    }
    return Image.of(id, 16, 16, Image.RGB, samples);
  }

  @Test
  void theSameSeedIdAndSpecGiveIdenticalNoise() {
    NoisyImage a = NoisePlanner.generate(MIXTURE, SEED, image("img-1"));
    NoisyImage b = NoisePlanner.generate(MIXTURE, SEED, image("img-1"));

    assertThat(a.image()).isEqualTo(b.image());
    assertThat(a.noise()).isEqualTo(b.noise());
  }

  @Test
  void anotherIdOrSeedGivesOtherNoise() {
    NoiseSpec spec = NoiseSpec.parse("gaussian:sigma=25");
    Image clean = image("img-1");
    float[] base = NoisePlanner.generate(spec, SEED, clean).image().samples();

    float[] otherId = NoisePlanner.generate(spec, SEED, clean.withId("img-2")).image().samples();
    float[] otherSeed = NoisePlanner.generate(spec, SEED + 1, clean).image().samples();

    assertThat(Arrays.equals(otherId, base)).isFalse();
    assertThat(Arrays.equals(otherSeed, base)).isFalse();
  }

  @Test
  void theOutputIsTheSameWhateverTheOrderAndNumberOfThreads() throws Exception {
    List<Image> batch = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      batch.add(image("img-" + i));
    }
    Map<String, NoisyImage> inOrder = new HashMap<>();
    for (Image clean : batch) {
      inOrder.put(clean.id(), NoisePlanner.generate(MIXTURE, SEED, clean));
    }

    List<Image> shuffled = new ArrayList<>(batch);
    NoiseRandom shuffler = new NoiseRandom(5);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      Collections.swap(shuffled, i, shuffler.nextInt(i + 1));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Map<String, NoisyImage> parallel = new HashMap<>();
    try {
      List<Future<NoisyImage>> futures = new ArrayList<>();
      for (Image clean : shuffled) {
        futures.add(pool.submit(() -> NoisePlanner.generate(MIXTURE, SEED, clean)));
      }
      for (Future<NoisyImage> f : futures) {
        NoisyImage noisy = f.get();
        parallel.put(noisy.image().id(), noisy);
      }
    } finally {
      pool.shutdown();
    }

    assertThat(parallel).isEqualTo(inOrder);
  }

  @Test
  void thePlanUsesTheParamsStreamAsDocumented() {
    NoiseSpec spec = NoiseSpec.parse("gaussian:sigma=5..50");
    NoiseRandom params = NoiseStreams.forImage(SEED, "img-7", NoiseStreams.PARAMS);
    params.nextDouble(); // picks the (only) component
    double sigma = 5 + 45 * params.nextDouble();

    assertThat(NoisePlanner.plan(spec, SEED, "img-7")).isEqualTo(new GaussianNoise(sigma));
  }

  @Test
  void aFixedParameterStillTakesItsUniformSoTheStreamLayoutIsStable() {
    NoiseSpec spec = NoiseSpec.parse("salt-pepper:amount=0.05,salt=0.2..0.8");
    NoiseRandom params = NoiseStreams.forImage(SEED, "img-9", NoiseStreams.PARAMS);
    params.nextDouble(); // component
    params.nextDouble(); // amount, fixed at 0.05
    double salt = 0.2 + (0.8 - 0.2) * params.nextDouble(); // low + (high - low) u

    assertThat(NoisePlanner.plan(spec, SEED, "img-9")).isEqualTo(new SaltPepperNoise(0.05, salt));
  }

  @Test
  void parametersAddedToAModelLaterAreDrawnAfterItsFirstOnesSoOlderSpecsKeepTheirValues() {
    NoiseSpec spec = NoiseSpec.parse("scan:window=3..101,backdrop=0..0.5");
    List<String> firstGeneration =
        ScanNoise.TYPE.parameters().stream()
            .filter(p -> p.generation() == 1)
            .map(NoiseModelType.Parameter::key)
            .sorted()
            .toList();
    NoiseRandom params = NoiseStreams.forImage(SEED, "img-3", NoiseStreams.PARAMS);
    params.nextDouble(); // component
    Map<String, Double> uniforms = new HashMap<>();
    for (String key : firstGeneration) {
      uniforms.put(key, params.nextDouble());
    }
    double backdrop = 0.5 * params.nextDouble(); // backdrop, then backdrop-scale, come last

    ScanNoise planned = (ScanNoise) NoisePlanner.plan(spec, SEED, "img-3");

    assertThat(firstGeneration).contains(ScanNoise.WINDOW).doesNotContain(PageDamage.BACKDROP);
    assertThat(planned.window()).isEqualTo(Math.rint(3 + 98 * uniforms.get(ScanNoise.WINDOW)));
    assertThat(planned.damage().backdrop()).isEqualTo(backdrop);
  }

  @Test
  void generateAppliesThePlannedModelWithThePixelsStream() {
    Image clean = image("img-8");
    NoiseModel planned = NoisePlanner.plan(MIXTURE, SEED, "img-8");
    Image expected =
        planned.apply(clean, NoiseStreams.forImage(SEED, "img-8", NoiseStreams.PIXELS));

    NoisyImage noisy = NoisePlanner.generate(MIXTURE, SEED, clean);

    assertThat(noisy.noise()).isEqualTo(planned);
    assertThat(noisy.image()).isEqualTo(expected);
  }

  @Test
  void aMixtureDrawsEachComponentWithItsWeightOverManyImages() {
    int gaussian = 0;
    for (int i = 0; i < IDS; i++) {
      gaussian += NoisePlanner.plan(MIXTURE, SEED, "img-" + i).name().equals("gaussian") ? 1 : 0;
    }
    assertThat((double) gaussian / IDS).isCloseTo(0.7, within(fractionTolerance(0.7, IDS)));
  }

  @Test
  void unweightedComponentsAreEquallyLikely() {
    NoiseSpec spec = NoiseSpec.parse("gaussian:sigma=10|speckle:sigma=0.1|poisson:peak=30");
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < IDS; i++) {
      counts.merge(NoisePlanner.plan(spec, SEED, "img-" + i).name(), 1, Integer::sum);
    }
    assertThat(counts).containsOnlyKeys("gaussian", "speckle", "poisson");
    for (int count : counts.values()) {
      assertThat((double) count / IDS).isCloseTo(1.0 / 3, within(fractionTolerance(1.0 / 3, IDS)));
    }
  }

  @Test
  void aRangeIsDrawnUniformlyWithinItsBounds() {
    NoiseSpec spec = NoiseSpec.parse("gaussian:sigma=5..50");
    double[] sigmas = new double[IDS];
    for (int i = 0; i < IDS; i++) {
      sigmas[i] = NoisePlanner.plan(spec, SEED, "img-" + i).parameters().get("sigma");
    }
    Arrays.sort(sigmas);
    assertThat(sigmas[0]).isGreaterThanOrEqualTo(5);
    assertThat(sigmas[IDS - 1]).isLessThanOrEqualTo(50);
    // U(5, 50): mean 27.5, variance 45^2 / 12.
    assertThat(mean(sigmas)).isCloseTo(27.5, within(meanTolerance(45.0 * 45 / 12, IDS)));
    // Kolmogorov-Smirnov distance to U(5, 50), bounded by the DKW inequality
    // P(D > eps) <= 2 exp(-2 n eps^2), with eps chosen so that this is 1e-6.
    double ks = 0;
    for (int i = 0; i < IDS; i++) {
      double cdf = (sigmas[i] - 5) / 45;
      ks = Math.max(ks, Math.max((i + 1.0) / IDS - cdf, cdf - (double) i / IDS));
    }
    assertThat(ks).isLessThan(Math.sqrt(Math.log(2 / 1e-6) / (2 * IDS)));
  }
}
