/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import io.sparkdenoise.core.codec.IdxReader;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.ImageMetrics;
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
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The local engine on MNIST in the reference setup of shared/peers/torch_ae.py, for comparing with
 * it: seed preset, BCE, Adam 1e-3, batch 256, noise {@code clip(x + 0.5 N(0, 1), 0, 1)} drawn once
 * (seed 1 for train, 2 for test), then mean test PSNR (data range 1) of the denoised images.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.sparkdenoise.bench.MnistTrainingRun
 * MNIST_DIR EPOCHS OUT_FILE}; appends one line per epoch and one with the test PSNR to OUT_FILE.
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
    write(out, "backend " + NativeSetup.ensureReady());
    List<ImagePair> train = pairs(dir.resolve("train-images-idx3-ubyte"), TRAIN_NOISE_SEED);
    List<ImagePair> test = pairs(dir.resolve("test-images-idx3-ubyte"), TEST_NOISE_SEED);
    var network = Preset.SEED.build(TrainingOptions.of(Loss.BCE, MODEL_SEED));
    new LocalTrainer(BATCH, epochs, MODEL_SEED).train(network, train, r -> write(out, line(r)));
    ModelDenoiser denoiser = new ModelDenoiser("seed", network, ModelDenoiser.BATCH_DEFAULT);
    List<Image> noisy = test.stream().map(ImagePair::noisy).toList();
    long start = System.nanoTime();
    List<Image> denoised = denoiser.denoiseAll(noisy);
    double seconds = (System.nanoTime() - start) / 1e9;
    double psnr = 0;
    double noisyPsnr = 0;
    for (int i = 0; i < test.size(); i++) {
      psnr += ImageMetrics.psnr(test.get(i).clean(), denoised.get(i), 1);
      noisyPsnr += ImageMetrics.psnr(test.get(i).clean(), noisy.get(i), 1);
    }
    write(
        out,
        String.format(
            Locale.ROOT,
            "test n=%d psnr %.3f dB (noisy %.3f dB), inference %.0f images/s",
            test.size(),
            psnr / test.size(),
            noisyPsnr / test.size(),
            test.size() / seconds));
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

  private static String line(EpochReport r) {
    return String.format(
        Locale.ROOT,
        "epoch %d train_bce %.5f images/s %.1f lr %.2e",
        r.epoch(),
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
