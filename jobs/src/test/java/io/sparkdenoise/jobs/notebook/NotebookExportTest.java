/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.SparkOptions;
import io.sparkdenoise.jobs.tables.AnalystRuns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committed notebook export cannot go stale: each of its code cells is its source, quoted
 * verbatim, and the exporter, run over tables the real jobs made, writes the same cells with their
 * outputs.
 */
@ExtendWith(SharedSpark.class)
class NotebookExportTest {
  /** The committed export (tests run in the jobs module's directory). */
  static final Path EXPORT = Path.of("..", "notebooks-export");

  private static final Pattern CELL =
      Pattern.compile("<!-- cell: (\\S+) -->\n```(sql|java)\n(.*?)\n```\n", Pattern.DOTALL);
  private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\((analysis_files/[^)]+)\\)");
  private static final String REGENERATE = ": regenerate with bin/export-notebook";

  /** The references of the cells, in order. */
  private static List<String> references(String notebook) {
    List<String> refs = new ArrayList<>();
    Matcher m = CELL.matcher(notebook);
    while (m.find()) {
      refs.add(m.group(1));
    }
    return refs;
  }

  /** The cell's source text, from the project's files. */
  private static String source(String reference) throws IOException {
    if (reference.startsWith(NotebookCells.JAVA_PREFIX)) {
      String java =
          Files.readString(
              Path.of("..").resolve(NotebookCells.CELLS_SOURCE), StandardCharsets.UTF_8);
      return NotebookCells.region(java, reference.substring(NotebookCells.JAVA_PREFIX.length()));
    }
    return Files.readString(Path.of("..").resolve(reference), StandardCharsets.UTF_8).strip();
  }

  @Test
  void everyCellOfTheCommittedExportIsItsSourceVerbatimAndEveryImageIsThere() throws IOException {
    String notebook =
        Files.readString(EXPORT.resolve(NotebookExport.NOTEBOOK), StandardCharsets.UTF_8);

    Matcher cells = CELL.matcher(notebook);
    int count = 0;
    while (cells.find()) {
      count++;
      assertThat(cells.group(3))
          .as("cell " + cells.group(1) + " of notebooks-export/analysis.md" + REGENERATE)
          .isEqualTo(source(cells.group(1)));
    }
    assertThat(count).isEqualTo(9);
    Matcher images = IMAGE.matcher(notebook);
    int pictures = 0;
    while (images.find()) {
      pictures++;
      byte[] png = Files.readAllBytes(EXPORT.resolve(images.group(1)));
      assertThat(ImageIO.read(new ByteArrayInputStream(png))).as(images.group(1)).isNotNull();
    }
    assertThat(pictures).isEqualTo(2);
    assertThat(notebook)
        .startsWith("---\njupyter:\n  jupytext:")
        .contains("No Jupyter kernel ran it");
  }

  @Test
  void theExporterRunsEveryCellOverRealTablesAndWritesTheCommittedCells() throws IOException {
    AnalystRuns runs = AnalystRuns.get(SharedSpark.session());
    Path output = Files.createTempDirectory("notebook-");
    NotebookConfig config =
        new NotebookConfig(
            SparkOptions.named("test"),
            runs.metrics(),
            runs.historyB(),
            AnalystRuns.RUN_A,
            AnalystRuns.RUN_B,
            output);

    NotebookExport.Result result = NotebookExport.write(SharedSpark.session(), config);

    String written =
        Files.readString(output.resolve(NotebookExport.NOTEBOOK), StandardCharsets.UTF_8);
    String committed =
        Files.readString(EXPORT.resolve(NotebookExport.NOTEBOOK), StandardCharsets.UTF_8);
    assertThat(result.cells()).isEqualTo(9);
    assertThat(result.images()).isEqualTo(2);
    assertThat(references(written)).as("the cells" + REGENERATE).isEqualTo(references(committed));
    for (String reference : references(written)) {
      assertThat(written).contains(NotebookCells.code(reference));
    }
    assertThat(written)
        .contains("| run-a | " + runs.modelIdA(SharedSpark.session()) + " | 36 |")
        .contains("| run_id | model_id | images | methods |")
        .contains("| epoch | engine |");
    assertThat(Files.size(output.resolve(NotebookExport.FILES).resolve("training_curves.png")))
        .isPositive();
    assertThat(SharedSpark.session().catalog().currentDatabase()).isEqualTo("default");
  }

  @Test
  void aJavaCellIsTheDedentedLinesBetweenItsMarkers() {
    String source =
        "class A {\n  void f() {\n    // notebook-cell: f\n    int x = 1;\n      x++;\n"
            + "    // notebook-cell-end\n  }\n}\n";

    assertThat(NotebookCells.region(source, "f")).isEqualTo("int x = 1;\n  x++;");
    assertThatThrownBy(() -> NotebookCells.region(source, "g"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no notebook cell 'g' between markers");
  }

  @Test
  void markdownCellsCannotBreakTheTable() {
    assertThat(Markdown.cell("a|b\n<script>`x`\\")).isEqualTo("a\\|b &lt;script>\\`x\\`\\\\");
  }
}
