/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.synth.DocumentPages;
import io.sparkdenoise.core.synth.FontFiles;
import io.sparkdenoise.core.synth.PaperSize;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.ingest.IngestConfig;
import io.sparkdenoise.jobs.ingest.IngestJob;
import io.sparkdenoise.jobs.ingest.IngestResult;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class PagesJobTest {
  /** A4 at 72 dpi: 595 x 842 pixels, the smallest pages the job makes. */
  private static final int DPI = 72;

  @TempDir Path dir;

  private static PagesConfig config(Path out, String... overrides) {
    List<String> all = new ArrayList<>();
    all.add(PagesConfig.OUTPUT + "=" + out);
    all.add(PagesConfig.DPI + "=" + DPI);
    all.addAll(Arrays.asList(overrides));
    return PagesConfig.from(ConfigLayers.load(Optional.empty(), all));
  }

  @Test
  void writesOneFilePerPageWithItsProvenanceAndTheSummary() throws Exception {
    PagesResult result =
        PagesJob.run(SharedSpark.session(), config(dir.resolve("pages"), "pages.count=3"));

    Path out = dir.resolve("pages");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .containsExactlyInAnyOrder(
              "page-000000.png",
              "page-000000.txt",
              "page-000001.png",
              "page-000001.txt",
              "page-000002.png",
              "page-000002.txt",
              AtomicCommit.SUCCESS_FILE,
              AtomicCommit.PROVENANCE_FILE);
    }
    assertThat(Files.readString(out.resolve(AtomicCommit.PROVENANCE_FILE)))
        .contains("\"job\": \"pages\"")
        .contains("\"pages.dpi\": \"72\"");
    assertThat(result.pages()).isEqualTo(3);
    assertThat(result.width()).isEqualTo(595);
    assertThat(result.height()).isEqualTo(842);
    long bytes = 0;
    for (int i = 0; i < 3; i++) {
      bytes += Files.size(out.resolve(PagesJob.fileName(i, PagesConfig.PageFormat.PNG)));
    }
    assertThat(result.bytes()).isEqualTo(bytes);
    assertThat(result.output()).isEqualTo("file:" + out);
  }

  @Test
  void eachPageHasTheTextDrawnOnItBesideItInUtf8() throws Exception {
    PagesJob.run(
        SharedSpark.session(),
        config(dir.resolve("pages"), "pages.count=1", "pages.first=4", "pages.seed=9"));

    String text = Files.readString(dir.resolve("pages/page-000004.txt"), StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(DocumentPages.of(9, PaperSize.A4, DPI).renderWithText(4).text())
        .endsWith("\n");
    assertThat(text.lines().count()).isGreaterThan(10);
  }

  @Test
  void eachFileIsTheCoreRenderingOfItsIndexIn8BitsTaggedWithItsResolution() throws Exception {
    PagesJob.run(
        SharedSpark.session(),
        config(dir.resolve("pages"), "pages.count=1", "pages.first=6", "pages.seed=9"));

    byte[] png = Files.readAllBytes(dir.resolve("pages/page-000006.png"));
    Image decoded = ImageCodec.decode(png, "page").get(0).image();
    // tagged with its resolution, as a scanner tags a scan
    assertThat(ImageCodec.decode(png, "page").get(0).dpi().getAsDouble())
        .isCloseTo(DPI, within(0.1));
    Image expected = DocumentPages.of(9, PaperSize.A4, DPI).render(6);
    assertThat(decoded.width()).isEqualTo(expected.width());
    assertThat(decoded.height()).isEqualTo(expected.height());
    float[] a = decoded.samples();
    float[] b = expected.samples();
    for (int i = 0; i < a.length; i += 97) {
      assertThat(a[i]).isCloseTo(b[i], within(0.5f / 255 + 1e-6f));
    }
  }

  @Test
  void thePartitioningDoesNotChangeTheFiles() throws Exception {
    PagesJob.run(
        SharedSpark.session(), config(dir.resolve("one"), "pages.count=3", "pages.partitions=1"));
    PagesJob.run(
        SharedSpark.session(),
        config(dir.resolve("three"), "pages.count=3", "pages.partitions=3", "pages.format=tif"));
    PagesJob.run(
        SharedSpark.session(), config(dir.resolve("two"), "pages.count=3", "pages.partitions=2"));

    for (int i = 0; i < 3; i++) {
      String name = PagesJob.fileName(i, PagesConfig.PageFormat.PNG);
      assertThat(dir.resolve("two").resolve(name))
          .hasSameBinaryContentAs(dir.resolve("one/" + name));
      Image tif =
          ImageCodec.decode(
                  Files.readAllBytes(
                      dir.resolve("three")
                          .resolve(PagesJob.fileName(i, PagesConfig.PageFormat.TIF))),
                  "tif")
              .get(0)
              .image();
      Image png =
          ImageCodec.decode(Files.readAllBytes(dir.resolve("one/" + name)), "png").get(0).image();
      assertThat(tif.samples()).containsExactly(png.samples());
    }
  }

  @Test
  void fontFilesInADirectoryAreDrawnInTooAndRecordedInTheProvenance() throws Exception {
    Path fonts = Files.createDirectories(dir.resolve("fonts/truetype"));
    byte[] font;
    try (InputStream in = getClass().getResourceAsStream("/fonts/LiberationMono-Bold.ttf")) {
      font = in.readAllBytes();
    }
    Files.write(fonts.resolve("LiberationMono-Bold.ttf"), font);
    Files.writeString(fonts.resolve("README"), "not a font, skipped");

    PagesJob.run(
        SharedSpark.session(),
        config(dir.resolve("pages"), "pages.count=4", "pages.fonts=" + dir.resolve("fonts")));

    DocumentPages expected =
        DocumentPages.of(0, PaperSize.A4, DPI)
            .withFonts(FontFiles.of(List.of(new FontFiles.Source("font", font))));
    for (int i = 0; i < 4; i++) {
      String text = Files.readString(dir.resolve("pages").resolve(PagesJob.textFileName(i)));
      assertThat(text).isEqualTo(expected.renderWithText(i).text());
    }
    assertThat(Files.readString(dir.resolve("pages").resolve(AtomicCommit.PROVENANCE_FILE)))
        .contains("LiberationMono-Bold.ttf")
        .contains(Sha256.hex(font));
  }

  @Test
  void aMissingFontPathOrABrokenFontFailsBeforeAnyPageIsWrittenNamingIt() throws Exception {
    Path missing = dir.resolve("no-fonts-here");
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("Truncated-Regular.ttf"), "not a font");

    assertThatThrownBy(
            () ->
                PagesJob.run(
                    SharedSpark.session(), config(dir.resolve("pages"), "pages.fonts=" + missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pages.fonts: no such file")
        .hasMessageContaining("no-fonts-here");
    assertThatThrownBy(
            () ->
                PagesJob.run(
                    SharedSpark.session(), config(dir.resolve("pages"), "pages.fonts=" + broken)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pages.fonts: ")
        .hasMessageContaining("Truncated-Regular.ttf is not a TrueType or OpenType font");
    assertThat(dir.resolve("pages")).doesNotExist();
  }

  @Test
  void theIngestJobTilesThePagesIntoTrainingPatches() throws Exception {
    PagesJob.run(SharedSpark.session(), config(dir.resolve("pages"), "pages.count=2"));

    IngestResult ingested = ingestPages(IngestConfig.TILE_SIZE + "=128");

    // 128-pixel tiles covering a 595 x 842 page, the last of each row and column flush with the
    // edge: 5 across (0, 128, 256, 384, 467), 7 down; the hidden files are skipped, and the texts
    // are the pages' sidecars, not inputs.
    assertThat(ingested.rows()).isEqualTo(2 * 5 * 7);
    assertThat(ingested.rejected()).isZero();
  }

  @Test
  void wholePagesIngestWithTheirTextAsGroundTruth() throws Exception {
    PagesJob.run(
        SharedSpark.session(), config(dir.resolve("pages"), "pages.count=2", "pages.seed=3"));

    IngestResult ingested = ingestPages();

    assertThat(ingested.inputs()).isEqualTo(2);
    List<Row> rows =
        SharedSpark.session()
            .read()
            .parquet(dir.resolve("tables/images").toString())
            .orderBy("source_uri")
            .collectAsList();
    DocumentPages pages = DocumentPages.of(3, PaperSize.A4, DPI);
    for (int i = 0; i < 2; i++) {
      assertThat(rows.get(i).<String>getAs("source_uri"))
          .endsWith(PagesJob.fileName(i, PagesConfig.PageFormat.PNG));
      assertThat(rows.get(i).<String>getAs("text")).isEqualTo(pages.renderWithText(i).text());
    }
  }

  /** Ingests {@code dir/pages} into {@code dir/tables}. */
  private IngestResult ingestPages(String... overrides) throws Exception {
    List<String> settings = new ArrayList<>();
    settings.add(IngestConfig.INPUT + "=" + dir.resolve("pages"));
    settings.add(IngestConfig.OUTPUT + "=" + dir.resolve("tables"));
    settings.addAll(Arrays.asList(overrides));
    return IngestJob.run(
        SharedSpark.session(), IngestConfig.from(ConfigLayers.load(Optional.empty(), settings)));
  }
}
