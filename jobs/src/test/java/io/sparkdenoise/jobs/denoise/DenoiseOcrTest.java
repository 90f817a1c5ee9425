/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.ocr.OcrResult;
import io.sparkdenoise.core.ocr.Tessdata;
import io.sparkdenoise.core.ocr.TesseractOcr;
import io.sparkdenoise.core.synth.DocumentPages;
import io.sparkdenoise.core.synth.PageTones;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.Table;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.tables.TablesConfig;
import io.sparkdenoise.jobs.tables.TablesJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code denoise.ocr=true} every page gets Tesseract's word count and mean word confidence
 * before and after denoising in the pages table. A rendered page of text with Gaussian noise is
 * denoised by the built-in model. Needs Debian's tesseract-ocr-eng, which bin/install-test-tools
 * installs.
 */
@ExtendWith(SharedSpark.class)
class DenoiseOcrTest {
  private static final List<String> OCR_COLUMNS =
      List.of(
          "ocr_words_before", "ocr_confidence_before", "ocr_words_after", "ocr_confidence_after");

  @TempDir static Path dir;
  private static Path archive;
  private static DenoiseResult read;
  private static DenoiseResult unread;

  /** One page of text, denoised twice: with OCR and without. */
  @BeforeAll
  static void denoiseARenderedPageWithAndWithoutOcr() throws IOException {
    archive = dir.resolve("scans");
    Files.createDirectories(archive);
    Image clean = new DocumentPages(5, 150, 480, 360, PageTones.WHITE).render(0);
    Image noisy = NoisePlanner.generate(NoiseSpec.parse("gaussian:sigma=25"), 7, clean).image();
    Files.write(archive.resolve("letter.png"), ImageCodec.encode(noisy, EncodeOptions.png()));
    read = denoise("read", "denoise.ocr=true");
    unread = denoise("unread");
  }

  /** The built-in model (denoise.model's default) over the archive into {@code <dir>/<name>}. */
  private static DenoiseResult denoise(String name, String... settings) throws IOException {
    List<String> all = new ArrayList<>();
    all.add(DenoiseConfig.INPUT + "=" + archive.toUri());
    all.add(DenoiseConfig.OUTPUT + "=" + dir.resolve(name).toUri());
    all.add(DenoiseConfig.RUN_ID + "=" + name);
    all.addAll(List.of(settings));
    return DenoiseJob.run(
        SharedSpark.session(), DenoiseConfig.from(ConfigLayers.load(Optional.empty(), all)));
  }

  private static Row page(DenoiseResult run) {
    List<Row> rows = SharedSpark.session().read().parquet(run.output() + "/pages").collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void withOcrThePageHasTheWordsReadAndTheirConfidenceBeforeAndAfterDenoising() throws Exception {
    Row page = page(read);

    for (String when : List.of("before", "after")) {
      assertThat(page.<Integer>getAs("ocr_words_" + when)).as(when).isPositive();
      assertThat(page.<Double>getAs("ocr_confidence_" + when)).as(when).isBetween(0.0, 100.0);
    }
    Image input =
        ImageCodec.decode(Files.readAllBytes(archive.resolve("letter.png")), "in").get(0).image();
    try (TesseractOcr ocr =
        new TesseractOcr(
            Tessdata.require(System.getenv(), "eng"), "eng", TesseractOcr.Layout.AUTO)) {
      OcrResult before = ocr.read(input);
      assertThat(page.<Integer>getAs("ocr_words_before")).isEqualTo(before.words());
      assertThat(page.<Double>getAs("ocr_confidence_before")).isEqualTo(before.meanConfidence());
    }
    assertThat(
            ProvenanceFiles.read(SharedSpark.session(), read.output() + "/pages/run_id=read")
                .config())
        .containsEntry(
            DenoiseJob.OCR_LANGUAGE_DATA, Tessdata.require(System.getenv(), "eng").toString())
        .containsEntry(DenoiseConfig.OCR_LANGUAGE, "eng");
  }

  @Test
  void withoutOcrTheColumnsAreNullAndNothingIsRead() throws Exception {
    Row page = page(unread);

    for (String column : OCR_COLUMNS) {
      assertThat(page.<Object>getAs(column)).as(column).isNull();
    }
    assertThat(
            ProvenanceFiles.read(SharedSpark.session(), unread.output() + "/pages/run_id=unread")
                .config())
        .doesNotContainKey(DenoiseJob.OCR_LANGUAGE_DATA);
  }

  @Test
  void aPagesTableWithRunsOfSchemaVersion1RegistersAndTheirOcrColumnsReadAsNull() throws Exception {
    SparkSession spark = SharedSpark.session();
    String pages = dir.resolve("mixed-pages").toUri().toString();
    spark
        .read()
        .parquet(Table.PAGES.partition(unread.output() + "/pages", "unread"))
        .drop(OCR_COLUMNS.toArray(String[]::new))
        .write()
        .parquet(Table.PAGES.partition(pages, "v1"));
    spark
        .read()
        .parquet(Table.PAGES.partition(read.output() + "/pages", "read"))
        .write()
        .parquet(Table.PAGES.partition(pages, "read"));

    TablesJob.register(
        spark,
        TablesConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    TablesConfig.DATABASE + "=denoise_ocr", TablesConfig.PAGES + "=" + pages))));

    List<Row> rows =
        spark
            .table("denoise_ocr.pages")
            .orderBy("run_id")
            .select(col("run_id"), col("ocr_words_before"), col("ocr_confidence_after"))
            .collectAsList();
    assertThat(rows).extracting(r -> r.getString(0)).containsExactly("read", "v1");
    assertThat(rows.get(0).getInt(1)).isPositive();
    assertThat(rows.get(0).getDouble(2)).isBetween(0.0, 100.0);
    assertThat(rows.get(1).isNullAt(1)).isTrue();
    assertThat(rows.get(1).isNullAt(2)).isTrue();
  }
}
