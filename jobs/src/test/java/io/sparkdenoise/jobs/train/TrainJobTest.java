/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import static org.apache.spark.JobExecutionStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.model.ModelFiles;
import io.sparkdenoise.core.model.TrainedNetwork;
import io.sparkdenoise.core.plot.PlotStyle;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.ModelDirectory;
import io.sparkdenoise.jobs.pairs.ImagesTables;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import scala.Option;

@ExtendWith(SharedSpark.class)
class TrainJobTest {
  /** 48 images: 16 each in train, validation and test. */
  private static final int IMAGES = 48;

  private static final int EPOCHS = 2;

  /**
   * Small enough that two epochs of four minibatches lower the validation loss whatever the order
   * the pairs table gives its rows in (at 0.01 the second epoch could overshoot).
   */
  private static final double LEARNING_RATE = 0.003;

  @TempDir static Path dir;
  private static String pairs;
  private static TrainResult spark;
  private static TrainResult local;

  @BeforeAll
  static void train() throws Exception {
    SparkSession session = SharedSpark.session();
    pairs = PairsTables.write(session, dir.toString(), IMAGES, "gaussian:sigma=25");
    spark = TrainJob.run(session, config("spark"));
    local = TrainJob.run(session, config("local"));
  }

  private static TrainConfig config(String engine, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                TrainConfig.PAIRS + "=" + pairs,
                TrainConfig.OUTPUT + "=" + dir + "/" + engine,
                TrainConfig.ENGINE + "=" + engine,
                TrainConfig.EPOCHS + "=" + EPOCHS,
                TrainConfig.LEARNING_RATE + "=" + LEARNING_RATE,
                TrainConfig.BATCH_SIZE_PER_WORKER + "=4",
                TrainConfig.AVERAGING_FREQUENCY + "=1",
                TrainConfig.WORKERS + "=2",
                TrainConfig.SEED + "=7"));
    all.addAll(List.of(more));
    return settings(all.toArray(String[]::new));
  }

  /** The train config of exactly {@code settings} over reference.conf. */
  private static TrainConfig settings(String... settings) {
    return TrainConfig.from(ConfigLayers.load(Optional.empty(), List.of(settings)));
  }

  /**
   * The spark engine with the export approach for {@code epochs}, exporting to {@code dir/name}
   * (the model to {@code dir/name-model}).
   */
  private static TrainConfig exporting(String name, int epochs, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                TrainConfig.OUTPUT + "=" + dir + "/" + name + "-model",
                TrainConfig.EPOCHS + "=" + epochs,
                TrainConfig.APPROACH + "=export",
                TrainConfig.EXPORT_DIR + "=" + dir.resolve(name).toUri()));
    all.addAll(List.of(more));
    return config("spark", all.toArray(String[]::new));
  }

  @Test
  void bothEnginesTrainOnTheTrainSplitAndScoreTheValidationSplit() {
    for (TrainResult result : List.of(spark, local)) {
      assertThat(result.trainImages()).isEqualTo(IMAGES / 3);
      assertThat(result.validationImages()).isEqualTo(IMAGES / 3);
      assertThat(result.epochs()).extracting(EpochMetrics::epoch).containsExactly(1, 2);
      assertThat(result.epochs()).allSatisfy(e -> assertThat(e.imagesPerSecond()).isPositive());
    }
    assertThat(spark.engine()).isEqualTo(Engine.SPARK);
    assertThat(local.engine()).isEqualTo(Engine.LOCAL);
  }

  @Test
  void aFineTuneKeepingHalfItsStartWritesTheMidpointOfTheStartAndTheTunedWeights()
      throws Exception {
    SparkSession session = SharedSpark.session();
    String start = dir + "/local";
    TrainResult tuned = TrainJob.run(session, fineTune("tuned"));
    TrainResult kept = TrainJob.run(session, fineTune("kept", TrainConfig.KEEP_INIT + "=0.5"));

    INDArray startWeights = weights(start);
    INDArray tunedWeights = weights(tuned.output());
    INDArray keptWeights = weights(kept.output());
    INDArray midpoint = startWeights.add(tunedWeights).muli(0.5);

    assertThat(tunedWeights.distance1(startWeights)).as("the fine-tune trained").isPositive();
    assertThat(keptWeights.sub(midpoint).amaxNumber().doubleValue())
        .isLessThan(1e-3 * tunedWeights.sub(startWeights).amaxNumber().doubleValue());
    assertThat(kept.summary())
        .containsEntry("keep_init", 0.5)
        .containsEntry("val_psnr_db_tuned", tuned.summary().get("val_psnr_db"))
        .doesNotContainEntry("val_psnr_db", tuned.summary().get("val_psnr_db"));
    assertThat(tuned.summary()).doesNotContainKey("keep_init");
    assertThat(ProvenanceFiles.read(session, kept.output()).config())
        .containsEntry(TrainConfig.KEEP_INIT, "0.5");
  }

  @Test
  void aFineTuneWithNoEpochsSetRunsAsManyAsItsImagesMakeOfTheTrainSplit() throws Exception {
    SparkSession session = SharedSpark.session();
    int trainImages = IMAGES / 3;
    TrainConfig auto =
        settings(
            TrainConfig.PAIRS + "=" + pairs,
            TrainConfig.OUTPUT + "=" + dir + "/auto",
            TrainConfig.INIT_MODEL + "=" + dir + "/local",
            AutoEpochs.IMAGES + "=" + 2 * trainImages,
            TrainConfig.SEED + "=7");

    TrainResult result = TrainJob.run(session, auto);

    assertThat(result.epochs()).extracting(EpochMetrics::epoch).containsExactly(1, 2);
    assertThat(ProvenanceFiles.read(session, result.output()).config())
        .as("the number decided, which the model's records read")
        .containsEntry(TrainConfig.EPOCHS, "2");
  }

  @Test
  void keepingPartOfAStartNeedsAStart() {
    assertThatThrownBy(() -> config("local", TrainConfig.KEEP_INIT + "=0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TrainConfig.INIT_MODEL + ", which is not set");
    assertThatThrownBy(() -> fineTune("x", TrainConfig.KEEP_INIT + "=1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TrainConfig.KEEP_INIT + " must be in [0, 1], got 1.5");
  }

  /** One local epoch from the local engine's model, into {@code dir/name}. */
  private static TrainConfig fineTune(String name, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                TrainConfig.OUTPUT + "=" + dir + "/" + name,
                TrainConfig.INIT_MODEL + "=" + dir + "/local",
                TrainConfig.EPOCHS + "=1"));
    all.addAll(List.of(more));
    return config("local", all.toArray(String[]::new));
  }

  private static INDArray weights(String modelDirectory) throws IOException {
    Path zip = Path.of(URI.create(ModelDirectory.model(modelDirectory)).getPath());
    return ((Dl4jNetwork) ModelFiles.load(zip)).graph().params();
  }

  @Test
  void theValidationLossFallsFromTheFirstToTheSecondEpoch() {
    for (TrainResult result : List.of(spark, local)) {
      assertThat(result.epochs().get(1).validationLoss())
          .as(result.engine().id())
          .isLessThan(result.epochs().get(0).validationLoss());
    }
  }

  @Test
  void theModelLoadsWithModelFilesAndDenoisesAnImageOfTheTrainingSize() throws Exception {
    for (TrainResult result : List.of(spark, local)) {
      Path model = Path.of(URI.create(result.output())).resolve(ModelDirectory.MODEL_FILE);
      TrainedNetwork network = ModelFiles.load(model);
      Image noisy = ImagesTables.flatGray().withId("probe");

      Image denoised = new ModelDenoiser("probe", network, 1).denoise(noisy);

      assertThat(denoised.sameShape(noisy)).isTrue();
      assertThat(denoised.id()).isEqualTo("probe");
      assertThat(Files.list(model.getParent()).map(p -> p.getFileName().toString()))
          .contains(
              ModelDirectory.MODEL_FILE,
              ModelDirectory.HISTORY_DIR,
              ModelDirectory.CURVES_FILE,
              "_provenance.json")
          .noneMatch(name -> name.startsWith("_staging") || name.endsWith(".tmp"));
    }
  }

  @Test
  void theHistoryTableHasTheDocumentedSchemaAndOneRowPerEpoch() {
    Dataset<Row> history =
        SharedSpark.session().read().parquet(spark.output() + "/" + ModelDirectory.HISTORY_DIR);

    SchemaCheck.requireMatches(
        "history", TableSchemas.load("history"), history.schema(), SchemaCheck.Nullability.IGNORE);
    List<Row> rows = history.orderBy("epoch").collectAsList();
    assertThat(rows).hasSize(EPOCHS);
    for (int i = 0; i < EPOCHS; i++) {
      EpochMetrics expected = spark.epochs().get(i);
      Row row = rows.get(i);
      assertThat(row.<Integer>getAs("epoch")).isEqualTo(i + 1);
      assertThat(row.<String>getAs("engine")).isEqualTo("spark");
      assertThat(row.<Long>getAs("train_images")).isEqualTo(IMAGES / 3);
      assertThat(row.<Double>getAs("val_psnr_db")).isEqualTo(expected.validationPsnr());
      assertThat(row.<Double>getAs("val_loss")).isEqualTo(expected.validationLoss());
      assertThat(row.<Double>getAs("learning_rate")).isEqualTo(LEARNING_RATE);
      assertThat(row.isNullAt(row.fieldIndex("best_epoch"))).isTrue();
      assertThat(row.isNullAt(row.fieldIndex("stopped_early"))).isTrue();
    }
  }

  @Test
  void theCurvesPngShowsTheEpochsAtItsStatedSize() throws Exception {
    Path png = Path.of(URI.create(spark.output())).resolve(ModelDirectory.CURVES_FILE);

    BufferedImage image = ImageIO.read(png.toFile());

    assertThat(image.getWidth()).isEqualTo(TrainingCurves.WIDTH);
    assertThat(image.getHeight()).isEqualTo(TrainingCurves.HEIGHT);
    // the train loss line in the first palette colour, in the left (loss) panel
    int drawn = 0;
    int series = PlotStyle.PALETTE.get(0).getRGB() & 0xffffff;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth() / 3; x++) {
        drawn += (image.getRGB(x, y) & 0xffffff) == series ? 1 : 0;
      }
    }
    assertThat(drawn).isGreaterThan(20);
  }

  @Test
  void theProvenanceRecordsTheConfigTheInputAndTheLibraries() throws Exception {
    Provenance provenance = ProvenanceFiles.read(SharedSpark.session(), spark.output());
    Provenance input = ProvenanceFiles.read(SharedSpark.session(), pairs);

    assertThat(provenance.job()).isEqualTo("train");
    assertThat(provenance.config())
        .containsEntry(TrainConfig.PRESET, "seed")
        .containsEntry(TrainConfig.ENGINE, "spark")
        .containsEntry(TrainConfig.EPOCHS, "2")
        .containsEntry(TrainJob.SCHEMA_VERSION, "2")
        .containsEntry(TrainJob.IMAGE_SHAPE, "16x16")
        .containsEntry(TrainJob.INPUT_PROVENANCE_HASH, input.hash());
    assertThat(provenance.seeds()).containsEntry(TrainConfig.SEED, 7L);
    assertThat(provenance.inputs()).hasSize(1);
    assertThat(provenance.libraries())
        .containsEntry("deeplearning4j-nn", "1.0.0-M2.1")
        .containsEntry("dl4j-spark", "1.0.0-M2")
        .containsEntry("nd4j-native", "1.0.0-M2.1")
        .containsKey("nd4j-backend");
  }

  @Test
  void theSummaryCarriesTheLastEpoch() {
    assertThat(spark.summary())
        .containsEntry("epochs", EPOCHS)
        .containsEntry("train_images", (long) IMAGES / 3)
        .containsEntry("images_per_s", spark.last().imagesPerSecond())
        .containsEntry("val_psnr_db", spark.last().validationPsnr())
        .containsEntry("val_ssim", spark.last().validationSsim())
        .containsEntry("best_epoch", null)
        .containsEntry("stopped_early", false)
        .containsEntry("resumed_from_epoch", null)
        .containsEntry("output", spark.output())
        .containsKey("seconds");
  }

  @Test
  void theLocalEngineRefusesATrainSplitAboveItsCap() {
    assertThatThrownBy(
            () ->
                TrainJob.run(
                    SharedSpark.session(), config("local", TrainConfig.LOCAL_MAX_IMAGES + "=15")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the local engine collects the train split to the driver: 16 pairs exceed"
                + " train.local-max-images = 15; use the spark engine or raise the cap");
  }

  @Test
  void aTableWithoutTrainPairsIsRefusedBeforeTraining() throws Exception {
    String validationOnly =
        PairsTables.write(
            SharedSpark.session(),
            dir + "/validation-only",
            6,
            "gaussian:sigma=25",
            "pairs.splits=validation");
    TrainConfig config =
        settings(
            TrainConfig.PAIRS + "=" + validationOnly, TrainConfig.OUTPUT + "=" + dir + "/never");

    assertThatThrownBy(() -> TrainJob.run(SharedSpark.session(), config))
        .isInstanceOf(IOException.class)
        .hasMessage("the pairs table " + validationOnly + " has no rows in split train");
    assertThat(dir.resolve("never")).doesNotExist();
  }

  @Test
  void theExportApproachTrainsFromTheExportDirectoryAndDeletesTheMinibatchesWhenItEnds()
      throws Exception {
    Path export = dir.resolve("export");
    TrainConfig config = exporting("export", 1);

    TrainResult result = TrainJob.run(SharedSpark.session(), config);

    assertThat(result.epochs()).hasSize(1);
    assertThat(result.trainImages()).isEqualTo(IMAGES / 3);
    assertThat(export).isEmptyDirectory();
  }

  @Test
  void theDirectApproachTrainsOnThePersistedExamplesWhenAsked() throws Exception {
    TrainConfig config =
        config(
            "spark",
            TrainConfig.OUTPUT + "=" + dir + "/direct-model",
            TrainConfig.EPOCHS + "=1",
            TrainConfig.APPROACH + "=direct");

    TrainResult result = TrainJob.run(SharedSpark.session(), config);

    assertThat(result.trainImages()).isEqualTo(IMAGES / 3);
    assertThat(result.epochs().get(0).trainLoss()).isFinite();
  }

  /**
   * The weights reach the executors with the exported minibatches: with ink = 1 each pixel of the
   * smooth grey targets counts between 1 and 2 times, so the first epoch's training loss (the
   * weighted one) lies between the plain run's from the same start and twice it, well above it
   * (weights lost on the way would leave the two the same).
   */
  @Test
  void theSparkEngineTrainsOnTheWeightedLossWhenInkIsWeighted() throws Exception {
    TrainResult plain =
        TrainJob.run(SharedSpark.session(), exporting("plain", 1, TrainConfig.SEED + "=3"));
    TrainResult weighted =
        TrainJob.run(
            SharedSpark.session(),
            exporting("ink", 1, TrainConfig.SEED + "=3", TrainConfig.LOSS_WEIGHTS_INK + "=1"));

    double ratio = weighted.epochs().get(0).trainLoss() / plain.epochs().get(0).trainLoss();
    assertThat(ratio).isBetween(1.2, 2.0);
  }

  @Test
  void theExportApproachWritesPairsThatStayTheSameOnceForEveryEpoch() throws Exception {
    // dl4j-spark exports an RDD it has not seen; handed DataSets, it made a new RDD of them on
    // every epoch, and the train split was written again before each one
    SparkSession session = SharedSpark.session();
    String group = "export-once";
    TrainConfig config = exporting("export-once", 3);

    session.sparkContext().setJobGroup(group, "TrainJobTest", false);
    try {
      TrainJob.run(session, config);
    } finally {
      session.sparkContext().clearJobGroup();
    }

    long exports =
        stageNames(session.sparkContext().statusTracker(), group).stream()
            // the export's saveAsTextFile runs as Spark's Hadoop writer job
            .filter(name -> name.startsWith("runJob at SparkHadoopWriter"))
            .count();
    assertThat(exports).isEqualTo(1);
  }

  /**
   * The names of the stages the jobs in {@code group} ran. The tracker is fed by Spark's
   * asynchronous listener bus, which may not have seen a finished job's end yet (seen on a loaded
   * CI machine), so this first waits, up to 30 seconds, until it has; and in a long session Spark
   * forgets skipped stages first (they wrote nothing), so only the stages it still knows count.
   */
  private static List<String> stageNames(SparkStatusTracker tracker, String group)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      List<Option<SparkJobInfo>> jobs =
          Arrays.stream(tracker.getJobIdsForGroup(group)).mapToObj(tracker::getJobInfo).toList();
      if (jobs.stream().allMatch(job -> job.isDefined() && job.get().status() == SUCCEEDED)) {
        return jobs.stream()
            .flatMapToInt(job -> Arrays.stream(job.get().stageIds()))
            .mapToObj(tracker::getStageInfo)
            .filter(Option::isDefined)
            .map(stage -> stage.get().name())
            .toList();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the jobs of " + group + " had not all ended after 30 s");
      }
      Thread.sleep(50);
    }
  }

  @Test
  void theExportApproachSkipsAveragingRoundsThatDrewNoMinibatch() throws Exception {
    // One worker averaging after every minibatch of one image: each round should hold one exported
    // file, and dl4j-spark's random split of the files leaves some rounds with none, where its
    // parameter averaging failed with a NullPointerException (seen on the local cluster).
    TrainConfig config =
        exporting(
            "export-one", 1, TrainConfig.WORKERS + "=1", TrainConfig.BATCH_SIZE_PER_WORKER + "=1");

    TrainResult result = TrainJob.run(SharedSpark.session(), config);

    assertThat(result.epochs()).hasSize(1);
    assertThat(result.epochs().get(0).trainLoss()).isFinite();
  }

  @Test
  void withoutValidationPairsTheValidationFieldsAreNull() throws Exception {
    TrainConfig config =
        config(
            "local",
            TrainConfig.OUTPUT + "=" + dir + "/unvalidated",
            TrainConfig.EPOCHS + "=1",
            TrainConfig.VALIDATION_MAX_IMAGES + "=0");

    TrainResult result = TrainJob.run(SharedSpark.session(), config);

    assertThat(result.validationImages()).isZero();
    assertThat(result.summary()).containsEntry("val_psnr_db", null).containsEntry("val_ssim", null);
    Row row =
        SharedSpark.session()
            .read()
            .parquet(result.output() + "/" + ModelDirectory.HISTORY_DIR)
            .collectAsList()
            .get(0);
    assertThat(row.isNullAt(row.fieldIndex("val_loss"))).isTrue();
    assertThat(row.isNullAt(row.fieldIndex("val_psnr_db"))).isTrue();
    assertThat(row.isNullAt(row.fieldIndex("val_ssim"))).isTrue();
    assertThat(row.<Double>getAs("train_loss")).isPositive();
  }
}
