/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisFormatTest {
  @ParameterizedTest(name = "[{0}, {1}]: {2} decimals")
  @CsvSource({
    "10.100826280888509, 40.2, 1", // PSNR in dB: a 30 dB range
    "0.61, 0.93, 3", // SSIM: 0.32
    "0, 2.5, 2",
    "-5, 995, 0", // a range of 1000
    "0.1, 0.1000001, 3", // never more than 3
    "7, 7, 3" // no range: as many as allowed
  })
  void decimalsFollowTheAxisRange(double lower, double upper, int decimals) {
    assertThat(AxisFormat.decimals(lower, upper)).isEqualTo(decimals);
  }

  @Test
  void aTickAtARawDataMinimumReadsAsAShortNumber() {
    String pattern = AxisFormat.pattern(10.100826280888509, 40.2);

    assertThat(pattern).isEqualTo("#,##0.#");
    assertThat(format(pattern, 10.100826280888509)).isEqualTo("10.1");
    assertThat(format(pattern, 20.0)).isEqualTo("20");
    assertThat(format(AxisFormat.pattern(0.61, 0.93), 0.6123456)).isEqualTo("0.612");
    assertThat(format(AxisFormat.pattern(0, 5000), 1234.7)).isEqualTo("1,235");
  }

  @Test
  void theHistogramsXTicksUseTheBinsRange() {
    HistogramChart chart =
        new HistogramChart(
            "PSNR",
            "PSNR (dB)",
            new Bins(10.100826280888509, 40.2, 30),
            Map.of("model", new long[30]));

    assertThat(chart.xyChart(400, 300).getStyler().getXAxisDecimalPattern()).isEqualTo("#,##0.#");
  }

  private static String format(String pattern, double value) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }
}
