/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.jobs.spark.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scala.collection.JavaConverters;

@ExtendWith(SharedSpark.class)
class MetricsSummariesTest {
  private static Row row(String image, String method, double psnr, double ssim) {
    return row(image, method, psnr, ssim, null);
  }

  private static Row row(String image, String method, double psnr, double ssim, Double cer) {
    return RowFactory.create(
        null,
        "hash",
        image,
        "test",
        "gaussian",
        JavaConverters.mapAsScalaMap(Map.of("sigma", 25.0)),
        method,
        psnr,
        ssim,
        ssim,
        Math.pow(10, -psnr / 10),
        0.0,
        16,
        16,
        1.0,
        null,
        cer,
        cer == null ? null : 100,
        cer == null ? null : 90.0);
  }

  @Test
  void summarisesEachMethodAndItsGainOverTheNoisyInputImageByImage() {
    List<Row> rows = new ArrayList<>();
    // identity PSNR 10, 20, 30 and SSIM 0.1, 0.2, 0.3; model PSNR 12, 23, 31 and SSIM 0.5 each
    for (int i = 0; i < 3; i++) {
      rows.add(row("img-" + i, "identity", 10 * (i + 1), 0.1 * (i + 1)));
    }
    rows.add(row("img-0", "model", 12, 0.5));
    rows.add(row("img-1", "model", 23, 0.5));
    rows.add(row("img-2", "model", 31, 0.5));

    Map<String, MethodSummary> summary =
        MetricsSummaries.byMethod(
            SharedSpark.session().createDataFrame(rows, Table.METRICS.fileSchema()));

    assertThat(summary.keySet()).containsExactly("identity", "model");
    MethodSummary model = summary.get("model");
    assertThat(model.count()).isEqualTo(3);
    // mean (12 + 23 + 31) / 3 = 22; percentile_approx returns values of the data: 23, 12, 31
    assertThat(model.psnr()).isEqualTo(new MethodSummary.Distribution(22.0, 23.0, 12.0, 31.0));
    // gains 2, 3 and 1 dB: mean 2; SSIM gains 0.4, 0.3, 0.2: mean 0.3
    assertThat(model.psnrGainDb()).isCloseTo(2.0, within(1e-12));
    assertThat(model.ssimGain()).isCloseTo(0.3, within(1e-12));
    assertThat(summary.get("identity").psnrGainDb()).isZero();
    assertThat(summary.get("identity").ssim().mean()).isCloseTo(0.2, within(1e-12));
    assertThat(model.cer()).isEmpty();
    assertThat(model.summary()).doesNotContainKey("cer");
  }

  @Test
  void theCharacterErrorRateIsSummarisedOverTheImagesThatHaveOne() {
    // identity CER 0.5 and 0.3 on the two images with text; the model 0.1 and 0.05; img-2 has none
    List<Row> rows =
        List.of(
            row("img-0", "identity", 10, 0.1, 0.5),
            row("img-1", "identity", 20, 0.2, 0.3),
            row("img-2", "identity", 30, 0.3, null),
            row("img-0", "model", 12, 0.5, 0.1),
            row("img-1", "model", 23, 0.5, 0.05),
            row("img-2", "model", 31, 0.5, null));

    Map<String, MethodSummary> summary =
        MetricsSummaries.byMethod(
            SharedSpark.session().createDataFrame(rows, Table.METRICS.fileSchema()));

    MethodSummary model = summary.get("model");
    assertThat(model.count()).isEqualTo(3);
    assertThat(model.cer().orElseThrow().mean()).isCloseTo(0.075, within(1e-12));
    // percentile_approx returns values of the data: the lower of two for the median
    assertThat(model.cer().orElseThrow().median()).isEqualTo(0.05);
    assertThat(summary.get("identity").cer().orElseThrow().mean()).isCloseTo(0.4, within(1e-12));
    assertThat(model.summary()).containsKey("cer");
  }
}
