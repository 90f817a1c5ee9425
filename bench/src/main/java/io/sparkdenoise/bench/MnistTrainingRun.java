/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import io.sparkdenoise.core.codec.IdxReader;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
import io.sparkdenoise.core.metrics.Ssim;
import io.sparkdenoise.core.metrics.SsimConvention;
import io.sparkdenoise.core.model.EpochReport;
import io.sparkdenoise.core.model.ImagePair;
import io.sparkdenoise.core.model.LocalTrainer;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.nativesetup.NativeSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The local engine on MNIST-like IDX data in the reference setup of shared/peers/torch_ae.py, for
 * comparing with it: Adam 1e-3, batch 256, noise {@code clip(x + 0.5 N(0, 1), 0, 1)} drawn once
 * (seed 1 for train, 2 for test), then mean test PSNR (data range 1) and mean SSIM in both
 * conventions of the denoised images. The preset and loss default to torch_ae.py's (seed, BCE).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.sparkdenoise.bench.MnistTrainingRun
 * DATA_DIR EPOCHS OUT_FILE [PRESET [LOSS [TRAIN_PREFIX TEST_PREFIX]]]}, e.g. {@code ... seed bce}
 * on shared/data/mnist, or {@code ... seed bce train t10k} on Fashion-MNIST's {@code
 * train-images-idx3-ubyte.gz} and {@code t10k-images-idx3-ubyte.gz}. Appends one line per epoch and
 * one with the test scores to OUT_FILE.
 */
public final class MnistTrainingRun {
  private static final double SIGMA = 0.5;
  private static final int BATCH = 256;
  private static final long TRAIN_NOISE_SEED = 1;
  private static final long TEST_NOISE_SEED = 2;
  private static final long MODEL_SEED = 0;

  private MnistTrainingRun() {}

  /** Trains and writes the results; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException, ImageDecodeException {
    Path dir = Path.of(args[0]);
    int epochs = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    Preset preset = Preset.byId(args.length > 3 ? args[3] : Preset.SEED.id());
    Loss loss = Loss.byId(args.length > 4 ? args[4] : Loss.BCE.id());
    String trainPrefix = args.length > 6 ? args[5] : "train";
    String testPrefix = args.length > 6 ? args[6] : "test";
    write(
        out,
        "backend " + NativeSetup.ensureReady() + ", preset " + preset.id() + ", loss " + loss.id());
    List<ImagePair> train = pairs(idxImages(dir, trainPrefix), TRAIN_NOISE_SEED);
    List<ImagePair> test = pairs(idxImages(dir, testPrefix), TEST_NOISE_SEED);
    var network = preset.build(TrainingOptions.of(loss, MODEL_SEED));
    new LocalTrainer(BATCH, epochs, MODEL_SEED)
        .train(network, train, r -> write(out, line(loss, r)));
    ModelDenoiser denoiser = new ModelDenoiser("seed", network, ModelDenoiser.BATCH_DEFAULT);
    List<Image> noisy = test.stream().map(ImagePair::noisy).toList();
    long start = System.nanoTime();
    List<Image> denoised = denoiser.denoiseAll(noisy);
    double seconds = (System.nanoTime() - start) / 1e9;
    write(
        out,
        String.format(
            Locale.ROOT,
            "test n=%d denoised %s; noisy %s; inference %.0f images/s",
            test.size(),
            Scores.of(test, denoised),
            Scores.of(test, noisy),
            test.size() / seconds));
  }

  /** Mean PSNR (data range 1) and SSIM in both conventions of {@code tested} against the clean. */
  private record Scores(double psnr, double ssimSkimage, double ssimWang) {
    static Scores of(List<ImagePair> pairs, List<Image> tested) {
      double psnr = 0;
      double skimage = 0;
      double wang = 0;
      for (int i = 0; i < pairs.size(); i++) {
        Image clean = pairs.get(i).clean();
        psnr += ImageMetrics.psnr(clean, tested.get(i), 1);
        skimage += Ssim.mean(clean, tested.get(i), SsimConvention.SKIMAGE);
        wang += Ssim.mean(clean, tested.get(i), SsimConvention.WANG);
      }
      int n = pairs.size();
      return new Scores(psnr / n, skimage / n, wang / n);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "psnr %.3f dB ssim_skimage %.4f ssim_wang %.4f",
          psnr,
          ssimSkimage,
          ssimWang);
    }
  }

  /** The IDX images file {@code PREFIX-images-idx3-ubyte}, plain or gzipped, in {@code dir}. */
  private static Path idxImages(Path dir, String prefix) throws IOException {
    Path plain = dir.resolve(prefix + "-images-idx3-ubyte");
    for (Path file : List.of(plain, dir.resolve(plain.getFileName() + ".gz"))) {
      if (Files.exists(file)) {
        return file;
      }
    }
    throw new NoSuchFileException(dir.resolve(prefix + "-images-idx3-ubyte[.gz]").toString());
  }

  private static List<ImagePair> pairs(Path file, long noiseSeed)
      throws IOException, ImageDecodeException {
    Random random = new Random(noiseSeed);
    List<ImagePair> pairs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        IdxReader.Images images = IdxReader.openImages(in, file.getFileName().toString())) {
      while (images.hasNext()) {
        Image clean = images.next();
        float[] noisy = clean.samples().clone();
        for (int j = 0; j < noisy.length; j++) {
          noisy[j] = (float) Math.max(0, Math.min(1, noisy[j] + SIGMA * random.nextGaussian()));
        }
        pairs.add(new ImagePair(clean.withSamples(noisy), clean));
      }
    }
    return pairs;
  }

  private static String line(Loss loss, EpochReport r) {
    return String.format(
        Locale.ROOT,
        "epoch %d train_%s %.5f images/s %.1f lr %.2e",
        r.epoch(),
        loss.id(),
        r.loss(),
        r.imagesPerSecond(),
        r.learningRate());
  }

  private static void write(Path out, String line) {
    try {
      Files.writeString(
          out,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
