/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageFormat;
import io.sparkdenoise.core.codec.PageReader;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.NoiseEstimator;
import io.sparkdenoise.jobs.spark.SchemaCheck;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.TableSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class DenoiseJobTest {
  @TempDir static Path base;
  private static String model;
  private static Path archive;
  private static Path out;
  private static DenoiseResult first;

  /** The archive is denoised once; most tests look at what that run wrote. */
  @BeforeAll
  static void denoiseArchive() throws IOException {
    model = DenoiseRuns.model();
    archive = base.resolve("archive");
    DenoiseRuns.writeArchive(archive);
    out = base.resolve("out");
    first = DenoiseRuns.run(model, archive.toString(), out.toString(), "denoise.run-id=night-1");
  }

  @Test
  void denoisesEveryPageAndRejectsTheCorruptFileWithItsReason() {
    assertThat(first.files()).isEqualTo(5);
    assertThat(first.processed()).isEqualTo(5);
    assertThat(first.skippedUnchanged()).isZero();
    assertThat(first.rejected()).isEqualTo(1);
    assertThat(first.megapixels())
        .isCloseTo((4.0 * DenoiseRuns.HEIGHT * DenoiseRuns.WIDTH + 16 * 16) / 1e6, within(1e-9));
    assertThat(first.summary())
        .containsKeys(
            "pages",
            "processed",
            "skipped_unchanged",
            "rejected",
            "megapixels",
            "seconds",
            "output");
    List<Row> rejects =
        SharedSpark.session().read().parquet(out + "/rejects/run_id=night-1").collectAsList();
    assertThat(rejects).hasSize(1);
    assertThat(DenoiseRuns.name(rejects.get(0).getAs("source_uri"))).isEqualTo("cut.png");
    assertThat(rejects.get(0).<String>getAs("reason")).isEqualTo("truncated");
  }

  @Test
  void outputsMirrorTheInputLayoutFormatPagesSizeAndResolution() throws Exception {
    Path files = out.resolve("files");
    DecodedPage png =
        ImageCodec.decode(Files.readAllBytes(files.resolve("2026/box1/page.png")), "p").get(0);
    assertThat(png.format()).isEqualTo(ImageFormat.PNG);
    assertThat(png.image().height()).isEqualTo(DenoiseRuns.HEIGHT);
    assertThat(png.image().width()).isEqualTo(DenoiseRuns.WIDTH);
    assertThat(png.dpi()).hasValue(300.0);

    List<DecodedPage> book = ImageCodec.decode(Files.readAllBytes(files.resolve("book.tif")), "b");
    assertThat(book).hasSize(2);
    try (PageReader reader =
        PageReader.open(Files.readAllBytes(files.resolve("book.tif")), "b", DecodeLimits.DEFAULT)) {
      assertThat(reader.info(1).tiffCompression()).hasValue(5);
    }
    try (PageReader reader =
        PageReader.open(Files.readAllBytes(files.resolve("fax.tif")), "f", DecodeLimits.DEFAULT)) {
      assertThat(reader.info(0).bitsPerSample()).isEqualTo(1);
      assertThat(reader.info(0).tiffCompression()).hasValue(4);
    }
    assertThat(
            ImageCodec.decode(Files.readAllBytes(files.resolve("photo.jpg")), "j").get(0).format())
        .isEqualTo(ImageFormat.JPEG);
    assertThat(files.resolve("cut.png")).doesNotExist();
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(OutputFiles.TEMP_PREFIX));
    }
  }

  @Test
  void theMirrorHoldsTheArchivesPagesAndNothingElseNoChecksumFiles() throws IOException {
    Path files = out.resolve("files");
    try (Stream<Path> all = Files.walk(files)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> files.relativize(p).toString()))
          .containsExactlyInAnyOrder("2026/box1/page.png", "book.tif", "fax.tif", "photo.jpg");
    }
  }

  @Test
  void writesOnePagesRowPerPageInItsSchemaWithSigmaHatBeforeAndAfter() throws Exception {
    Dataset<Row> pages = SharedSpark.session().read().parquet(out + "/pages");
    SchemaCheck.requireMatches(
        "pages", TableSchemas.load("pages"), pages.schema(), SchemaCheck.Nullability.IGNORE);
    Map<String, Row> byPage = DenoiseRuns.pages(out.toString());
    assertThat(byPage.keySet())
        .containsExactlyInAnyOrder(
            "page.png#0", "book.tif#0", "book.tif#1", "fax.tif#0", "photo.jpg#0");
    Row page = byPage.get("page.png#0");
    assertThat(page.<String>getAs("output_uri")).endsWith("/out/files/2026/box1/page.png");
    assertThat(page.<String>getAs("run_id")).isEqualTo("night-1");
    assertThat(page.<String>getAs("model_id")).isEqualTo(first.modelId());
    assertThat(page.<Integer>getAs("tiles")).isGreaterThan(1);
    // sigma-hat of the input, estimated band by band, is the whole page's estimate
    Image input =
        ImageCodec.decode(Files.readAllBytes(archive.resolve("2026/box1/page.png")), "in")
            .get(0)
            .image();
    assertThat(page.<Double>getAs("sigma_hat_before"))
        .isCloseTo(NoiseEstimator.estimateSigma(input), within(1e-12));
    assertThat(page.<Double>getAs("sigma_hat_after"))
        .isLessThan(page.<Double>getAs("sigma_hat_before"));
    assertThat(page.<Object>getAs("psnr_db")).isNull();
    assertThat(page.<Object>getAs("output_png")).isNull();
    Dataset<Row> manifest = SharedSpark.session().read().parquet(out + "/manifest");
    SchemaCheck.requireMatches(
        "manifest",
        TableSchemas.load("manifest"),
        manifest.schema(),
        SchemaCheck.Nullability.IGNORE);
    assertThat(manifest.count()).isEqualTo(4);
    assertThat(out.resolve("_state/done")).isEmptyDirectory();
  }

  @Test
  void aSecondRunSkipsUnchangedFilesAndRedoesOnlyNewAndChangedOnes() throws IOException {
    Path grow = base.resolve("growing");
    DenoiseRuns.writeArchive(grow);
    Path target = base.resolve("growing-out");
    DenoiseRuns.run(model, grow.toString(), target.toString(), "denoise.run-id=n1");
    FileTime pngWritten = Files.getLastModifiedTime(target.resolve("files/2026/box1/page.png"));
    Files.write(
        grow.resolve("new.png"), ImageCodec.encode(DenoiseRuns.noisyPage(9), EncodeOptions.png()));
    Files.write(
        grow.resolve("photo.jpg"),
        ImageCodec.encode(DenoiseRuns.noisyPage(8), EncodeOptions.jpeg(80)));
    // what earlier versions of the job left beside each output on a local disk
    Path staleChecksum = target.resolve("files/.photo.jpg.crc");
    Files.write(staleChecksum, new byte[] {'c', 'r', 'c'});

    DenoiseResult second =
        DenoiseRuns.run(model, grow.toString(), target.toString(), "denoise.run-id=n2");

    // new.png and the changed photo.jpg; page.png, book.tif (2 pages), fax.tif unchanged
    assertThat(second.processed()).isEqualTo(2);
    assertThat(second.skippedUnchanged()).isEqualTo(4);
    assertThat(second.rejected()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(target.resolve("files/2026/box1/page.png")))
        .isEqualTo(pngWritten);
    assertThat(staleChecksum).doesNotExist();
    Map<String, Row> pages = DenoiseRuns.pages(target.toString());
    assertThat(pages.get("new.png#0").<String>getAs("run_id")).isEqualTo("n2");
    assertThat(pages.get("book.tif#1").<String>getAs("run_id")).isEqualTo("n1");
    assertThat(SharedSpark.session().read().parquet(target + "/manifest").count()).isEqualTo(5);
  }

  @Test
  void aReferenceRootGivesPsnrAndSsimAndParquetModeKeepsPngsInThePagesTable() throws Exception {
    Path noisy = Files.createDirectories(base.resolve("ref-in/a"));
    Path clean = Files.createDirectories(base.resolve("ref-clean/a"));
    Files.write(
        noisy.resolve("p.png"), ImageCodec.encode(DenoiseRuns.noisyPage(5), EncodeOptions.png()));
    Files.write(
        clean.resolve("p.png"), ImageCodec.encode(DenoiseRuns.cleanPage(5), EncodeOptions.png()));
    Path target = base.resolve("ref-out");

    DenoiseResult result =
        DenoiseRuns.run(
            model,
            base.resolve("ref-in").toString(),
            target.toString(),
            "denoise.reference=" + base.resolve("ref-clean"),
            "denoise.output-mode=parquet");

    assertThat(result.processed()).isEqualTo(1);
    Row page = DenoiseRuns.pages(target.toString()).get("p.png#0");
    assertThat(page.<Double>getAs("psnr_db")).isBetween(10.0, 60.0);
    assertThat(page.<Double>getAs("ssim_wang")).isBetween(0.0, 1.0);
    assertThat(page.<Object>getAs("output_uri")).isNull();
    DecodedPage png = ImageCodec.decode(page.<byte[]>getAs("output_png"), "png").get(0);
    assertThat(png.image().height()).isEqualTo(DenoiseRuns.HEIGHT);
    assertThat(target.resolve("files")).doesNotExist();
  }

  @Test
  void aParquetTableOfImagesIsAnInputToo() throws IOException {
    var spark = SharedSpark.session();
    Path table = base.resolve("cells");
    List<Row> rows =
        List.of(
            org.apache.spark.sql.RowFactory.create(
                "scan-1", ImageCodec.encode(DenoiseRuns.noisyPage(6), EncodeOptions.png())),
            org.apache.spark.sql.RowFactory.create("scan-2", (Object) null));
    spark
        .createDataFrame(
            rows,
            new org.apache.spark.sql.types.StructType().add("key", "string").add("image", "binary"))
        .write()
        .parquet(table.toString());
    Path target = base.resolve("cells-out");

    DenoiseResult result =
        DenoiseRuns.run(
            model, table.toString(), target.toString(), "denoise.parquet.id-column=key");

    assertThat(result.processed()).isEqualTo(1);
    assertThat(result.rejected()).isEqualTo(1);
    assertThat(target.resolve("files/scan-1.png")).exists();
    Row page = DenoiseRuns.pages(target.toString()).values().iterator().next();
    assertThat(page.<String>getAs("source_uri")).endsWith("/cells#scan-1");
  }

  @Test
  void aFadedPageReachesTheNetworkRaisedWhenFadedInkIsSetAndAsReadOtherwise() throws IOException {
    float[] samples = new float[DenoiseRuns.HEIGHT * DenoiseRuns.WIDTH];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (i / DenoiseRuns.WIDTH) % 4 == 1 ? 0.7f : 0.9f;
    }
    Path faded = Files.createDirectories(base.resolve("faded"));
    Files.write(
        faded.resolve("p.png"),
        ImageCodec.encode(
            Image.of("p", DenoiseRuns.HEIGHT, DenoiseRuns.WIDTH, 1, samples), EncodeOptions.png()));

    byte[] raised = fadedRun(faded, "raised", "denoise.faded-ink=0.45");
    byte[] asRead = fadedRun(faded, "as-read", "denoise.faded-ink=0");
    byte[] auto = fadedRun(faded, "auto");

    assertThat(raised).isNotEqualTo(asRead);
    assertThat(auto).as("auto leaves pages as read for a model of one's own").isEqualTo(asRead);
    assertThat(inkGain("raised")).isCloseTo(2.25, within(0.02));
    assertThat(inkGain("as-read")).isEqualTo(1.0);
  }

  private static double inkGain(String name) {
    Row page =
        DenoiseRuns.pages(base.resolve("faded-" + name).toString()).values().iterator().next();
    return page.<Double>getAs("ink_gain");
  }

  private static byte[] fadedRun(Path input, String name, String... overrides) throws IOException {
    Path target = base.resolve("faded-" + name);
    DenoiseRuns.run(model, input.toString(), target.toString(), overrides);
    return Files.readAllBytes(target.resolve("files/p.png"));
  }
}
