/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.score;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.metrics.CharacterErrorRate;
import io.sparkdenoise.core.noise.PairNoise;
import io.sparkdenoise.core.ocr.OcrResult;
import io.sparkdenoise.core.ocr.Tessdata;
import io.sparkdenoise.core.ocr.TesseractOcr;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.MethodSummary;
import io.sparkdenoise.jobs.report.ReportConfig;
import io.sparkdenoise.jobs.report.ReportJob;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pairs with ground-truth text get the OCR columns. Needs Debian's tesseract-ocr-eng, which
 * bin/install-test-tools installs.
 */
@ExtendWith(SharedSpark.class)
class ScoreOcrTest {
  /** Rendered pages: the first two with their text, the last without. */
  private static final int PAGES = 3;

  private static final int BASELINES = 5;

  @TempDir static Path dir;
  private static String pairs;
  private static ScoreResult scored;

  @BeforeAll
  static void scoreRenderedPages() throws Exception {
    SparkSession spark = SharedSpark.session();
    String images = ScoreFixtures.pages(spark, dir + "/images", PAGES);
    pairs = ScoreFixtures.pairs(spark, images, dir + "/pairs");
    scored = ScoreJob.run(spark, config(dir + "/metrics", "score.run-id=ocr"));
  }

  private static ScoreConfig config(String output, String... more) {
    List<String> settings = new ArrayList<>();
    settings.add("score.pairs=" + pairs);
    settings.add("score.output=" + output);
    settings.add("score.model=none");
    settings.add("score.splits=train,validation,test");
    settings.addAll(List.of(more));
    return ScoreConfig.from(ConfigLayers.load(Optional.empty(), settings));
  }

  private static Dataset<Row> read(String uri) {
    return SharedSpark.session().read().parquet(uri);
  }

  @Test
  void everyOutputOfAPageWithTextHoldsTheErrorRateOfTesseractsReadingOfIt() throws Exception {
    Map<String, Row> pairsById = new HashMap<>();
    read(pairs).collectAsList().forEach(p -> pairsById.put(p.getAs("id"), p));
    List<Row> rows = read(dir + "/metrics").filter(col("cer").isNotNull()).collectAsList();

    assertThat(rows).hasSize((PAGES - 1) * BASELINES);
    try (TesseractOcr ocr =
        new TesseractOcr(
            Tessdata.require(System.getenv(), "eng"), "eng", TesseractOcr.Layout.AUTO)) {
      for (Row row : rows) {
        if (!"identity".equals(row.getAs("method"))) {
          continue;
        }
        Row pair = pairsById.get(row.<String>getAs("image_id"));
        Image noisy = PairNoise.decodeCell(pair.getAs("id"), pair.getAs("noisy_png"));
        OcrResult read = ocr.read(noisy);
        assertThat(row.<Double>getAs("cer"))
            .isEqualTo(CharacterErrorRate.of(read.text(), pair.getAs("text")))
            // Gaussian noise of sigma 25 on white paper: Tesseract still reads most of it
            .isLessThan(0.2);
        assertThat(row.<Integer>getAs("ocr_words")).isEqualTo(read.words()).isPositive();
        assertThat(row.<Double>getAs("ocr_confidence")).isEqualTo(read.meanConfidence());
      }
    }
  }

  @Test
  void aPageWithoutTextHasNoOcrColumnsAndTheSummaryTheMeanOverThePagesWithText() {
    Dataset<Row> metrics = read(dir + "/metrics");
    Dataset<Row> unread = metrics.filter(col("cer").isNull());

    assertThat(unread.count()).isEqualTo(BASELINES);
    assertThat(
            unread
                .filter(col("ocr_words").isNotNull().or(col("ocr_confidence").isNotNull()))
                .count())
        .isZero();
    MethodSummary identity = scored.methods().get("identity");
    assertThat(identity.count()).isEqualTo(PAGES);
    double mean =
        metrics
            .filter(col("method").equalTo("identity"))
            .agg(org.apache.spark.sql.functions.avg("cer"))
            .first()
            .getDouble(0);
    assertThat(identity.cer().orElseThrow().mean()).isEqualTo(mean);
    assertThat(scored.methods().values()).allSatisfy(m -> assertThat(m.cer()).isPresent());
  }

  @Test
  void theRunRecordsItsLanguageDataAndTheReportShowsTheErrorRates() throws Exception {
    Path html = dir.resolve("ocr.html");

    ReportJob.run(
        SharedSpark.session(),
        ReportConfig.from(
            ConfigLayers.load(
                Optional.empty(),
                List.of(
                    ReportConfig.RUN + "=" + scored.output(),
                    ReportConfig.SPLITS + "=train,validation,test",
                    ReportConfig.OUTPUT + "=" + html.toUri()))));

    assertThat(ProvenanceFiles.read(SharedSpark.session(), scored.output()).config())
        .containsEntry(
            ScoreJob.OCR_LANGUAGE_DATA, Tessdata.require(System.getenv(), "eng").toString())
        .containsEntry(ScoreConfig.OCR_LANGUAGE, "eng");
    assertThat(Files.readString(html))
        .contains(">CER mean</th>")
        .contains("the character error rate of Tesseract&#39;s OCR");
  }

  @Test
  void withOcrOffNothingIsRead() throws Exception {
    ScoreResult off =
        ScoreJob.run(
            SharedSpark.session(),
            config(dir + "/off", "score.ocr=false", "score.baselines=identity"));

    assertThat(read(off.output()).filter(col("cer").isNotNull()).count()).isZero();
    assertThat(off.methods().get("identity").cer()).isEmpty();
    assertThat(ProvenanceFiles.read(SharedSpark.session(), off.output()).config())
        .doesNotContainKey(ScoreJob.OCR_LANGUAGE_DATA);
  }
}
