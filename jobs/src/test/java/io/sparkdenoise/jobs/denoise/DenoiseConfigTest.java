/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.denoise.FadedInk;
import io.sparkdenoise.core.denoise.WorkingScale;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.contracts.BuiltInModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DenoiseConfigTest {
  private static DenoiseConfig config(String... overrides) {
    List<String> all =
        new ArrayList<>(List.of("denoise.model=m", "denoise.input=in", "denoise.output=out"));
    all.addAll(List.of(overrides));
    return DenoiseConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  @Test
  void theDefaultsComeFromReferenceConf() {
    DenoiseConfig config = config();

    assertThat(config.tileSize()).isEqualTo(512);
    assertThat(config.margin()).isEmpty();
    assertThat(config.blend()).isEqualTo(8);
    assertThat(config.batchTiles()).isEqualTo(1);
    assertThat(config.formats().jpegQuality()).isEqualTo(90);
    assertThat(config.format()).isEqualTo(DenoiseConfig.Format.AUTO);
    assertThat(config.mode()).isEqualTo(DenoiseConfig.Mode.FILES);
    assertThat(config.filesPerTask()).isEqualTo(4);
    assertThat(config.imageColumn()).isEqualTo("image");
    assertThat(config.reference()).isEmpty();
    assertThat(config.runId()).isEmpty();
    assertThat(config.ocr()).isFalse();
    assertThat(config.ocrLanguage()).isEqualTo("eng");
    assertThat(config.resolved()).containsEntry(DenoiseConfig.TILE_MARGIN, "auto");
  }

  @Test
  void pagesAreScaledForTheBuiltInModelOnlyUnlessTheWorkingResolutionIsSet() {
    String own = "file:/models/archive-v1/model.zip";

    assertThat(config().workingScale(BuiltInModel.URI)).isEqualTo(new WorkingScale(300));
    assertThat(config().workingScale(own)).isEqualTo(WorkingScale.OFF);
    assertThat(config("denoise.working-dpi=400").workingScale(own))
        .isEqualTo(new WorkingScale(400));
    assertThat(config("denoise.working-dpi=0").workingScale(BuiltInModel.URI))
        .isEqualTo(WorkingScale.OFF);
    assertThatThrownBy(() -> config("denoise.working-dpi=high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denoise.working-dpi must be auto or a resolution >= 0 (0: off)");
  }

  @Test
  void fadedInkIsRaisedForTheBuiltInModelOnlyUnlessTheDepthIsSet() {
    String own = "file:/models/archive-v1/model.zip";

    assertThat(config().fadedInk(BuiltInModel.URI)).isEqualTo(new FadedInk(0.45));
    assertThat(config().fadedInk(own)).isEqualTo(FadedInk.OFF);
    assertThat(config("denoise.faded-ink=0.5").fadedInk(own)).isEqualTo(new FadedInk(0.5));
    assertThat(config("denoise.faded-ink=0").fadedInk(BuiltInModel.URI)).isEqualTo(FadedInk.OFF);
    assertThatThrownBy(() -> config("denoise.faded-ink=1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denoise.faded-ink must be auto or a depth in [0, 1) (0: off)");
  }

  @Test
  void badValuesAreRefusedNamingTheKeyAndTheValue() {
    assertThatThrownBy(() -> config("denoise.tile.margin=-3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denoise.tile.margin must be auto or an integer >= 0, got '-3'");
    assertThatThrownBy(() -> config("denoise.output-mode=tables"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denoise.output-mode must be one of files, parquet; got 'tables'");
    assertThatThrownBy(() -> config("denoise.run-id=Night 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "denoise.run-id must be a lower-case letter then up to 63 lower-case letters, digits,"
                + " '-' or '_', got 'Night 1'");
    assertThatThrownBy(() -> config("denoise.batch-tiles=0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denoise.batch-tiles must be at least 1, got 0");
  }

  @Test
  void ocrTakesOneTesseractLanguageCode() {
    DenoiseConfig config = config("denoise.ocr=true", "denoise.ocr-language=chi_sim");

    assertThat(config.ocr()).isTrue();
    assertThat(config.ocrLanguage()).isEqualTo("chi_sim");
    assertThatThrownBy(() -> config("denoise.ocr-language=eng+deu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "denoise.ocr-language 'eng+deu': must be one Tesseract language code such as eng or"
                + " deu (letters, digits and _)");
  }

  @Test
  void anExplicitMarginIsKept() {
    assertThat(config("denoise.tile.margin=24").margin()).hasValue(24);
  }
}
