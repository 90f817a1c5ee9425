/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.plot.ImageGrid;
import io.sparkdenoise.core.synth.DocumentPages;
import io.sparkdenoise.core.synth.PageTones;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * README's figure of the {@code scan} model's paper damage: one rendered page (540 x 420 pixels at
 * 110 dpi, white paper), clean and under each kind of damage alone, then all of them at once, each
 * captioned with its spec. Deterministic: the same page and noise seed every time.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.sparkdenoise.bench.ScanDamageFigure
 * docs/scan-damage.png}
 */
public final class ScanDamageFigure {
  private static final long SEED = 3;
  private static final int CELL = 320;
  private static final int COLUMNS = 4;
  private static final String OFF = ",light=0,stains=0,blur=0,noise=0,specks=0,jpeg=0";
  private static final String[][] DAMAGE = {
    {"clean", ""},
    {"paper and grain", "scan:paper=0.2,grain=0.25" + OFF},
    {"uneven light", "scan:light=0.45,stains=0,blur=0,noise=0,specks=0,jpeg=0"},
    {"crumpled", "scan:crumple=0.9,crumple-scale=45" + OFF},
    {"folds", "scan:creases=3" + OFF},
    {"coffee and water", "scan:rings=8,ring-radius=110,ring-depth=0.5" + OFF},
    {"faded, eroded", "scan:fade=0.5,erosion=0.25" + OFF},
    {"bleed-through", "scan:bleed=0.25" + OFF},
    {"specks, JPEG", "scan:specks=0.002,jpeg=40,light=0,stains=0,blur=0,noise=0"},
    {"picture behind", "scan:backdrop=0.5,backdrop-scale=40" + OFF},
    {"bitonal (fax)", "scan:bitonal=2,light=0.3,noise=6,stains=0,blur=0,specks=0,jpeg=0"},
    {
      "all at once",
      "scan:paper=0.15,grain=0.15,crumple=0.6,crumple-scale=45,creases=1,rings=4,ring-radius=110,"
          + "fade=0.3,erosion=0.1,bleed=0.12,light=0.2,stains=0,blur=0.6,noise=5,specks=0.0005,"
          + "jpeg=75"
    },
  };

  private ScanDamageFigure() {}

  /** Writes the figure to the PNG file named by the one argument. */
  public static void main(String[] args) throws IOException {
    Image page = new DocumentPages(SEED, 110, 540, 420, PageTones.WHITE).render(0);
    List<ImageGrid.Row> rows = new ArrayList<>();
    List<ImageGrid.Cell> cells = new ArrayList<>();
    for (String[] damage : DAMAGE) {
      Image shown =
          damage[1].isEmpty()
              ? page
              : NoisePlanner.generate(NoiseSpec.parse(damage[1]), SEED, page).image();
      cells.add(new ImageGrid.Cell(Optional.of(shown), damage[0]));
      if (cells.size() == COLUMNS) {
        rows.add(new ImageGrid.Row("", cells));
        cells = new ArrayList<>();
      }
    }
    List<String> columns = java.util.Collections.nCopies(COLUMNS, "");
    ImageGrid grid = new ImageGrid(columns, rows, CELL);
    Files.write(Path.of(args[0]), grid.png());
  }
}
