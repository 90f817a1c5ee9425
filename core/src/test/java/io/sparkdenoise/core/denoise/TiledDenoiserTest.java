/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.denoise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.RowSource;
import io.sparkdenoise.core.filter.GaussianFilter;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.fixtures.TrainedLike;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Denoiser;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.plan.InferenceTiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TiledDenoiserTest {
  /** A 100 x 70 page: noisy text-like rectangles, as a scanned page looks. */
  private static final Image PAGE =
      NoisePlanner.generate(
              NoiseSpec.parse("gaussian:sigma=25"),
              3,
              SyntheticImages.edgyGray("page", 100, 70, 11))
          .image();

  /** Stated bound of |tiled - untiled| for a network with margin >= its receptive radius. */
  private static final double NETWORK_TOLERANCE = 1e-4;

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Preset.class,
      names = {"SEED", "DNCNN"})
  void aNetworkTiledWithAMarginOfItsReceptiveFieldMatchesTheWholePage(Preset preset) {
    ModelDenoiser model =
        new ModelDenoiser(
            "model",
            TrainedLike.withoutZeroWeights(preset.build(TrainingOptions.of(Loss.MSE, 5)), 5),
            8);
    int margin = roundUp(model.receptiveRadius(), model.sizeMultiple());
    TiledDenoiser tiled =
        new TiledDenoiser(
            model, new InferenceTiles(2 * margin + 24, margin, 8, model.sizeMultiple()), 3);

    Image whole = onMirroredPage(model, PAGE, margin);
    Image pieces = tiled.denoise(PAGE);

    assertThat(tiled.tiles().spans(PAGE.width()).size()).isGreaterThan(1);
    assertThat(tiled.tiles().spans(PAGE.height()).size()).isGreaterThan(1);
    assertThat(maxAbsDifference(whole, pieces)).isLessThan(NETWORK_TOLERANCE);
  }

  @Test
  void aFilterTiledWithAMarginOfItsSupportIsExact() {
    Denoiser gaussian = new GaussianFilter(1.0);
    // truncate 4 x sigma 1: the kernel reaches 4 pixels; cropped margins (blend 0) and blended ones
    for (int blend : new int[] {0, 6}) {
      TiledDenoiser tiled = new TiledDenoiser(gaussian, new InferenceTiles(24, 4, blend, 1), 2);
      assertThat(maxAbsDifference(onMirroredPage(gaussian, PAGE, 4), tiled.denoise(PAGE)))
          .isLessThan(1e-6);
    }
  }

  @Test
  void aDenoiserThatPadsWithZerosLeavesNoFrameAtThePageEdges() {
    // a 5 x 5 box filter over zeros outside its tile: on a white page it darkens every tile's
    // border, as a network's zero-padded convolutions do; the tiles' own cuts are margins, and
    // the page's edges see the page's mirror image instead of zeros
    Image white = ramp(40, 60).withSamples(new float[40 * 60]);
    java.util.Arrays.fill(white.samples(), 1f);
    Denoiser zeroPadded = new ZeroPaddedBox(2);

    assertThat(zeroPadded.denoise(white).get(0, 0, 0)).isLessThan(0.5f);
    Image out = new TiledDenoiser(zeroPadded, new InferenceTiles(24, 2, 4, 1), 2).denoise(white);
    for (float v : out.samples()) {
      assertThat(v).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  @Test
  void blendingHidesTheSeamsOfADenoiserThatSeesWholeTiles() {
    // each tile becomes its own mean: the receptive field is the whole tile, wider than any
    // margin, so neighbouring tiles disagree; the seam detector is the largest step between
    // neighbouring columns of the output of a horizontal ramp
    Image ramp = ramp(40, 200);
    Denoiser tileMean = new TileMean();
    double cropped =
        maxColumnStep(
            new TiledDenoiser(tileMean, new InferenceTiles(48, 8, 0, 1), 4).denoise(ramp));
    double blended =
        maxColumnStep(
            new TiledDenoiser(tileMean, new InferenceTiles(48, 8, 16, 1), 4).denoise(ramp));
    double rampStep = 1.0 / 199;

    // cropped margins: the tile means (32 columns apart) meet in one step of ~32 ramp steps
    assertThat(cropped).isGreaterThan(20 * rampStep);
    // the cos^2 cross-fade spreads each difference over 16 columns: no step stands out
    assertThat(blended).isLessThan(cropped / 6);
  }

  @Test
  void theInnerDenoiserOnlyEverSeesOneBatchOfTilesAndTheSourceOneBandOfRows()
      throws ImageDecodeException {
    List<Integer> batches = new ArrayList<>();
    List<Integer> tileSides = new ArrayList<>();
    List<Integer> bands = new ArrayList<>();
    Denoiser recording =
        new Denoiser() {
          @Override
          public String name() {
            return "recording";
          }

          @Override
          public Image denoise(Image noisy) {
            return noisy;
          }

          @Override
          public List<Image> denoiseAll(List<Image> noisy) {
            batches.add(noisy.size());
            noisy.forEach(t -> tileSides.add(Math.max(t.height(), t.width())));
            return noisy;
          }
        };
    RowSource source = ImageRows.source(PAGE);
    RowSource counting =
        new ForwardingRows(source) {
          @Override
          public Image rows(int from, int to) throws ImageDecodeException {
            bands.add(to - from);
            return super.rows(from, to);
          }
        };
    ImageRows.Page out = ImageRows.page("page", 100, 70, 1);

    int tiles =
        new TiledDenoiser(recording, new InferenceTiles(32, 4, 4, 4), 2).denoiseRows(counting, out);

    assertThat(batches).allSatisfy(b -> assertThat(b).isBetween(1, 2));
    assertThat(tileSides).hasSize(tiles).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(32));
    assertThat(bands).allSatisfy(b -> assertThat(b).isLessThanOrEqualTo(32));
    assertThat(maxAbsDifference(PAGE, out.image())).isLessThan(1e-6);
  }

  /** The denoiser's output on the page extended by {@code margin} with its mirror image. */
  private static Image onMirroredPage(Denoiser denoiser, Image page, int margin) {
    Image extended = mirrored(page, margin);
    Image out = denoiser.denoise(extended);
    float[] cropped = new float[page.height() * page.width()];
    for (int y = 0; y < page.height(); y++) {
      for (int x = 0; x < page.width(); x++) {
        cropped[y * page.width() + x] = out.get(y + margin, x + margin, 0);
      }
    }
    return page.withSamples(cropped);
  }

  /** The page extended by {@code margin} on every side with its mirror image. */
  static Image mirrored(Image page, int margin) {
    try {
      return new MirroredRows(ImageRows.source(page), margin).rows(0, page.height() + 2 * margin);
    } catch (ImageDecodeException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mean of a square window, counting samples outside the image as zeros. */
  private record ZeroPaddedBox(int radius) implements Denoiser {
    @Override
    public String name() {
      return "zero-padded-box";
    }

    @Override
    public Image denoise(Image noisy) {
      int h = noisy.height();
      int w = noisy.width();
      float[] out = new float[h * w];
      int side = 2 * radius + 1;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double sum = 0;
          for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
              int yy = y + dy;
              int xx = x + dx;
              sum += yy >= 0 && yy < h && xx >= 0 && xx < w ? noisy.get(yy, xx, 0) : 0;
            }
          }
          out[y * w + x] = (float) (sum / (side * side));
        }
      }
      return noisy.withSamples(out);
    }
  }

  @Test
  void refusesAnEmptyBatch() {
    assertThatThrownBy(
            () -> new TiledDenoiser(new GaussianFilter(1), new InferenceTiles(8, 0, 0, 1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiles per batch must be at least 1, got 0");
  }

  /** Replaces every tile by its mean. */
  private static final class TileMean implements Denoiser {
    @Override
    public String name() {
      return "tile_mean";
    }

    @Override
    public Image denoise(Image noisy) {
      double sum = 0;
      for (float v : noisy.samples()) {
        sum += v;
      }
      float[] out = new float[noisy.samples().length];
      java.util.Arrays.fill(out, (float) (sum / out.length));
      return noisy.withSamples(out);
    }
  }

  private static Image ramp(int h, int w) {
    float[] samples = new float[h * w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        samples[y * w + x] = x / (float) (w - 1);
      }
    }
    return Image.of("ramp", h, w, Image.GRAY, samples);
  }

  private static double maxColumnStep(Image image) {
    double max = 0;
    for (int y = 0; y < image.height(); y++) {
      for (int x = 1; x < image.width(); x++) {
        max = Math.max(max, Math.abs(image.get(y, x, 0) - image.get(y, x - 1, 0)));
      }
    }
    return max;
  }

  static double maxAbsDifference(Image a, Image b) {
    assertThat(a.sameShape(b)).isTrue();
    double max = 0;
    for (int i = 0; i < a.samples().length; i++) {
      max = Math.max(max, Math.abs(a.samples()[i] - b.samples()[i]));
    }
    return max;
  }

  private static int roundUp(int n, int multiple) {
    return (n + multiple - 1) / multiple * multiple;
  }
}
