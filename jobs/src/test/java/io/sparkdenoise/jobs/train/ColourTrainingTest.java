/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.model.ModelFiles;
import io.sparkdenoise.core.model.TrainedNetwork;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.ingest.IngestConfig;
import io.sparkdenoise.jobs.ingest.IngestJob;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * CIFAR-10 binaries train end to end in colour: ingested into an images table of RGB images, the
 * train job's auto channels build an RGB network, which the Spark engine's executors train on the
 * three channels together; asked for a gray network, the same images train as three gray planes.
 */
@ExtendWith(SharedSpark.class)
class ColourTrainingTest {
  private static final int RECORDS = 24;
  private static final int SIDE = 32;
  private static final String NOISE = "gaussian:sigma=25";

  @TempDir static Path dir;
  private static String images;

  @BeforeAll
  static void ingestCifar() throws Exception {
    Path cifar = Files.createDirectories(dir.resolve("cifar"));
    Files.write(cifar.resolve("data_batch_1.bin"), cifarRecords(RECORDS));
    Path tables = dir.resolve("ingested");
    IngestJob.run(
        SharedSpark.session(),
        IngestConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    "ingest.input=" + cifar,
                    "ingest.output=" + tables,
                    // ids hash the file's URI, here a fresh temporary folder: wide splits make
                    // sure that train and validation both get rows
                    "ingest.split.train=0.5",
                    "ingest.split.validation=0.4",
                    "ingest.split.test=0.1"))));
    images = tables.resolve("images").toString();
  }

  @Test
  void autoChannelsTrainAnRgbNetworkOnTheExecutorsThatDenoisesInColour() throws Exception {
    String output = dir.resolve("rgb").toString();

    TrainResult result = TrainJob.run(SharedSpark.session(), config(output));

    TrainedNetwork network = ModelFiles.load(Path.of(output, "model.zip"));
    assertThat(network.channels()).isEqualTo(Image.RGB);
    assertThat(result.epochs()).allSatisfy(e -> assertThat(e.validationPsnr()).isPositive());
    assertThat(provenance(output).config()).containsEntry(TrainJob.CHANNELS_USED, "3");
    Image colour = Image.of("c", SIDE, SIDE, Image.RGB, new float[SIDE * SIDE * Image.RGB]);
    assertThat(new ModelDenoiser("m", network, 1).denoise(colour).channels()).isEqualTo(Image.RGB);
    assertThat(result.trainImages()).isEqualTo(trainRows());
  }

  @Test
  void aGrayNetworkTrainsOnTheSameImagesAsThreeGrayPlanes() throws Exception {
    String output = dir.resolve("gray").toString();

    TrainResult result =
        TrainJob.run(SharedSpark.session(), config(output, TrainConfig.CHANNELS + "=1"));

    assertThat(ModelFiles.load(Path.of(output, "model.zip")).channels()).isEqualTo(Image.GRAY);
    assertThat(result.trainImages()).isEqualTo(3 * trainRows());
  }

  private static TrainConfig config(String output, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                TrainInput.IMAGES + "=" + images,
                TrainInput.NOISE + "=" + NOISE,
                TrainConfig.OUTPUT + "=" + output,
                TrainConfig.PRESET + "=seed",
                TrainConfig.LOSS + "=mse",
                TrainConfig.ENGINE + "=spark",
                TrainConfig.EPOCHS + "=2",
                TrainConfig.LEARNING_RATE + "=0.01",
                TrainConfig.BATCH_SIZE_PER_WORKER + "=4",
                TrainConfig.AVERAGING_FREQUENCY + "=1"));
    all.addAll(List.of(more));
    return TrainConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  private static long trainRows() {
    return SharedSpark.session().read().parquet(images).filter("split = 'train'").count();
  }

  private static Provenance provenance(String output) throws Exception {
    return Provenance.fromJson(
        Files.readString(Path.of(output, "_provenance.json"), StandardCharsets.UTF_8));
  }

  /** CIFAR-10 records: a label, then red, green and blue planes of seeded colour blocks. */
  private static byte[] cifarRecords(int count) {
    SplittableRandom random = new SplittableRandom(10);
    int plane = SIDE * SIDE;
    ByteBuffer file = ByteBuffer.allocate(count * (1 + 3 * plane));
    for (int r = 0; r < count; r++) {
      file.put((byte) (r % 10));
      int[] colour = {random.nextInt(256), random.nextInt(256), random.nextInt(256)};
      int split = 4 + random.nextInt(SIDE - 8);
      for (int c = 0; c < 3; c++) {
        for (int p = 0; p < plane; p++) {
          file.put((byte) (p % SIDE < split ? colour[c] : 255 - colour[c]));
        }
      }
    }
    return file.array();
  }
}
