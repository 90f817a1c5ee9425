/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.xxhash64;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.filter.Baselines;
import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Denoiser;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.plot.ImageGrid;
import io.sparkdenoise.core.report.Block;
import io.sparkdenoise.core.report.Section;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Before and after, side by side: the images of the run on which the shown method gained least and
 * most over the noisy input, then a seeded random draw among the others (extremes alone make a
 * method look worse and better than it is on a typical image), each as clean, noisy and the
 * method's output. The method is the model when the run has one (its outputs are the PNGs that
 * {@code score --write-images} kept; without them the model column shows n/a), else the best
 * baseline by mean PSNR, whose output is made again here with the same filter the score job used.
 */
final class ExamplesSection {
  /** The section's id. */
  static final String ID = "examples";

  private static final int CELL = 128;

  private ExamplesSection() {}

  /** One example: the shown method's row with the noisy input's numbers. */
  record Example(
      String label,
      String imageId,
      String noise,
      double noisyPsnr,
      double noisySsim,
      double psnr,
      double ssim,
      byte[] outputPng) {}

  static Section build(
      SparkSession spark, ScoredRun run, String method, int count, int random, long seed) {
    List<Block> blocks = new ArrayList<>();
    if (count == 0 && random == 0) {
      blocks.add(
          new Block.Note(
              "No examples asked for (report.examples = 0, report.random-examples = 0)."));
      return new Section(ID, "Before and after", blocks);
    }
    List<Example> examples = choose(run.rows(), method, count, random, seed);
    List<String> ids = examples.stream().map(Example::imageId).distinct().toList();
    ExampleImages.Found images = ExampleImages.find(spark, run, ids);
    images
        .problem()
        .ifPresent(p -> blocks.add(new Block.Note("Some images cannot be shown: " + p + ".")));
    boolean model = method.equals(MetricsRun.MODEL_METHOD);
    if (model && examples.stream().allMatch(e -> e.outputPng() == null)) {
      blocks.add(
          new Block.Note(
              "The run was scored without score.write-images (--write-images): the model's"
                  + " outputs were not kept, so its column shows n/a."));
    }
    Optional<Denoiser> baseline =
        Baselines.all().stream().filter(d -> d.name().equals(method)).findFirst();
    List<ImageGrid.Row> grid = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (Example e : examples) {
      Optional<Image> clean = Optional.ofNullable(images.clean().get(e.imageId()));
      Optional<Image> noisy = Optional.ofNullable(images.noisy().get(e.imageId()));
      Optional<Image> output =
          model ? decode(e) : noisy.map(n -> baseline.orElseThrow().denoise(n));
      grid.add(
          new ImageGrid.Row(
              e.label() + ": " + e.imageId(),
              List.of(
                  new ImageGrid.Cell(clean, "clean"),
                  new ImageGrid.Cell(noisy, caption(e.noisyPsnr(), e.noisySsim())),
                  new ImageGrid.Cell(output, caption(e.psnr(), e.ssim())))));
      table.add(
          List.of(
              e.label(),
              e.imageId(),
              e.noise(),
              Numbers.fixed(e.noisyPsnr(), 2),
              Numbers.fixed(e.psnr(), 2),
              Numbers.signed(e.psnr() - e.noisyPsnr(), 2),
              Numbers.fixed(e.noisySsim(), 4),
              Numbers.fixed(e.ssim(), 4)));
    }
    byte[] png = new ImageGrid(List.of("clean", "noisy", method), grid, CELL).png();
    blocks.add(
        new Block.Figure(
            png,
            "clean, noisy and " + method + " images",
            "Clean, noisy and "
                + method
                + " output of the images with the smallest and the"
                + " largest PSNR gain, then of images drawn at random (seed "
                + seed
                + "); under each image its PSNR (dB) / SSIM"));
    blocks.add(
        new Block.Table(
            "The examples",
            List.of(
                "example",
                "image id",
                "noise",
                "noisy PSNR",
                method + " PSNR",
                "gain (dB)",
                "noisy SSIM",
                method + " SSIM"),
            table,
            List.of(false, false, false, true, true, true, true, true)));
    return new Section(ID, "Before and after", blocks);
  }

  /**
   * The examples, each image once: the worst half of {@code count} by gain, then the best, then
   * {@code random} others in the order of a hash of {@code seed} and the image id, so the same seed
   * draws the same images whatever the table's partitioning.
   */
  static List<Example> choose(Dataset<Row> rows, String method, int count, int random, long seed) {
    Dataset<Row> noisy =
        rows.filter(col("method").equalTo(IdentityDenoiser.NAME))
            .select(
                col("image_id"),
                col("psnr_db").as("noisy_psnr"),
                col("ssim_wang").as("noisy_ssim"));
    Dataset<Row> scored =
        rows.filter(col("method").equalTo(method))
            .join(noisy, "image_id")
            .withColumn("gain", col("psnr_db").minus(col("noisy_psnr")))
            .select(
                "image_id",
                "noise_model",
                "noise_params",
                "noisy_psnr",
                "noisy_ssim",
                "psnr_db",
                "ssim_wang",
                "output_png",
                "gain");
    int worst = (count + 1) / 2;
    List<Row> low = scored.orderBy(col("gain").asc(), col("image_id")).limit(worst).collectAsList();
    List<Row> high =
        scored.orderBy(col("gain").desc(), col("image_id")).limit(count).collectAsList();
    List<Example> examples = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < low.size(); i++) {
      seen.add(low.get(i).getString(0));
      examples.add(example("worst " + (i + 1), low.get(i)));
    }
    int best = 0;
    for (Row r : high) {
      if (best < count - worst && seen.add(r.getString(0))) {
        examples.add(example("best " + (++best), r));
      }
    }
    List<Row> drawn =
        scored
            .filter(not(col("image_id").isin(seen.toArray())))
            .orderBy(xxhash64(lit(seed), col("image_id")), col("image_id"))
            .limit(random)
            .collectAsList();
    for (int i = 0; i < drawn.size(); i++) {
      examples.add(example("random " + (i + 1), drawn.get(i)));
    }
    return examples;
  }

  private static Example example(String label, Row r) {
    Map<String, Double> params = new TreeMap<>(r.getJavaMap(2));
    StringBuilder noise = new StringBuilder(r.getString(1));
    params.forEach((k, v) -> noise.append(' ').append(k).append('=').append(Numbers.fixed(v, 3)));
    return new Example(
        label,
        r.getString(0),
        noise.toString(),
        r.getDouble(3),
        r.getDouble(4),
        r.getDouble(5),
        r.getDouble(6),
        r.isNullAt(7) ? null : (byte[]) r.get(7));
  }

  private static Optional<Image> decode(Example e) {
    if (e.outputPng() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PairNoise.decodeCell(e.imageId(), e.outputPng()));
    } catch (ImageDecodeException ex) {
      return Optional.empty();
    }
  }

  private static String caption(double psnr, double ssim) {
    return Numbers.fixed(psnr, 2) + " dB / " + Numbers.fixed(ssim, 3);
  }
}
