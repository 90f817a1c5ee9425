/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import static io.sparkdenoise.jobs.ingest.IngestRuns.imagesByNameAndPage;
import static io.sparkdenoise.jobs.ingest.IngestRuns.reason;
import static io.sparkdenoise.jobs.ingest.IngestRuns.rejectsByName;
import static io.sparkdenoise.jobs.ingest.IngestRuns.run;
import static io.sparkdenoise.jobs.ingest.IngestRuns.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.core.ingest.Sha256;
import io.sparkdenoise.core.plan.ImageIds;
import io.sparkdenoise.core.plan.SplitPlanner;
import io.sparkdenoise.core.provenance.InputFile;
import io.sparkdenoise.jobs.spark.ProvenanceFiles;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class IngestFilesTest {
  @TempDir static Path base;
  @TempDir Path out;
  private static Path corpus;
  private static Path ingested;
  private static IngestResult result;

  /** The corpus is ingested once; the tests look at what that run wrote. */
  @BeforeAll
  static void ingestCorpus() throws IOException {
    corpus = Files.createDirectories(base.resolve("corpus"));
    ingested = base.resolve("ingested");
    writeBadInputCorpus(corpus);
    SharedSpark.session()
        .sparkContext()
        .hadoopConfiguration()
        .set("fs." + FaultyFileSystem.SCHEME + ".impl", FaultyFileSystem.class.getName());
    result = run(corpus.toString(), ingested.toString());
  }

  /** Eleven files: four bad ones, seven good ones of which one has two pages. */
  static void writeBadInputCorpus(Path dir) throws IOException {
    Files.write(dir.resolve("truncated.png"), SampleFiles.truncatedPng());
    Files.write(dir.resolve("empty.png"), SampleFiles.empty());
    Files.write(dir.resolve("note.png"), SampleFiles.textNamedPng());
    Files.write(dir.resolve("bomb.png"), SampleFiles.pngClaimingSize(100_000, 100_000));
    Files.write(dir.resolve("photo.jpg"), SampleFiles.pngToBeNamedJpg());
    Files.write(dir.resolve("deep.png"), SampleFiles.png16Bit());
    Files.write(dir.resolve("cmyk.jpg"), SampleFiles.cmykJpeg());
    Files.write(dir.resolve("book.tif"), SampleFiles.twoPageLzwTiff());
    Files.write(dir.resolve("fax.tif"), SampleFiles.ccittG4Tiff());
    Files.createDirectories(dir.resolve("nested"));
    Files.write(dir.resolve("nested/gray.png"), SampleFiles.grayPng());
    Files.write(dir.resolve("rgb.png"), SampleFiles.rgbPng());
  }

  @Test
  void everyFileOfTheBadInputCorpusLandsInTheRightTableWithTheRightReason() {
    Map<String, Row> rejects = rejectsByName(ingested.toString());
    assertThat(rejects.keySet())
        .containsExactly("bomb.png", "empty.png", "note.png", "truncated.png");
    assertThat(reason(rejects.get("truncated.png"))).isEqualTo("truncated");
    assertThat(reason(rejects.get("empty.png"))).isEqualTo("empty");
    assertThat(reason(rejects.get("note.png"))).isEqualTo("not_an_image");
    assertThat(reason(rejects.get("bomb.png"))).isEqualTo("too_large");
    Row note = rejects.get("note.png");
    assertThat(note.<Long>getAs("source_bytes")).isEqualTo(SampleFiles.textNamedPng().length);
    assertThat(note.<String>getAs("source_sha256"))
        .isEqualTo(Sha256.hex(SampleFiles.textNamedPng()));
    assertThat(note.<Integer>getAs("page")).isNull();

    Map<String, Row> images = imagesByNameAndPage(ingested.toString());
    assertThat(images.keySet())
        .containsExactly(
            "book.tif#0",
            "book.tif#1",
            "cmyk.jpg#0",
            "deep.png#0",
            "fax.tif#0",
            "gray.png#0",
            "photo.jpg#0",
            "rgb.png#0");
    assertThat(shape(images.get("photo.jpg#0"))).isEqualTo("png 3ch 8bit");
    assertThat(shape(images.get("deep.png#0"))).isEqualTo("png 1ch 16bit");
    assertThat(shape(images.get("cmyk.jpg#0"))).isEqualTo("jpeg 3ch 8bit");
    assertThat(shape(images.get("book.tif#1"))).isEqualTo("tiff 1ch 8bit");
    assertThat(shape(images.get("fax.tif#0"))).isEqualTo("tiff 1ch 1bit");
    assertThat(shape(images.get("gray.png#0"))).isEqualTo("png 1ch 8bit");

    Set<String> imageSources = new TreeSet<>();
    images.values().forEach(r -> imageSources.add(r.getAs("source_uri")));
    assertThat(imageSources).hasSize(7).doesNotContainAnyElementsOf(sources(rejects));
    assertThat(imageSources.size() + rejects.size()).isEqualTo(result.inputs());
    assertThat(result.inputs()).isEqualTo(11);
    assertThat(result.rows()).isEqualTo(8);
    assertThat(result.rejected()).isEqualTo(4);
    assertThat(result.format()).isEqualTo(InputFormat.FILES);
  }

  @Test
  void rowsHoldStableIdsTheirSplitsAndALosslessPng() throws Exception {
    Row deep = imagesByNameAndPage(ingested.toString()).get("deep.png#0");
    String uri = deep.getAs("source_uri");
    assertThat(uri).startsWith("file:/").endsWith("/deep.png");
    // made of its path relative to the input's root, not of its URI
    String id = ImageIds.forPage("deep.png", 0);
    assertThat(deep.<String>getAs("id")).isEqualTo(id);
    assertThat(deep.<String>getAs("split"))
        .isEqualTo(new SplitPlanner(0.8, 0.1, 0.1).splitOf(id).label());
    assertThat(deep.<String>getAs("source_sha256")).isEqualTo(Sha256.hex(SampleFiles.png16Bit()));
    byte[] png = deep.getAs("png");
    var page = ImageCodec.decode(png, "deep").get(0);
    assertThat(page.bitsPerSample()).isEqualTo(16);
    assertThat(page.image().samples()[1]).isEqualTo(SampleFiles.PNG16_PROBE / 65535f);
    assertThat(ProvenanceFiles.read(SharedSpark.session(), ingested + "/images").config())
        .containsEntry("ingest.schema-version", "2")
        .containsEntry("ingest.input", corpus.toString());
    assertThat(ProvenanceFiles.read(SharedSpark.session(), ingested + "/rejects").inputs())
        .extracting(InputFile::uri)
        .containsExactly("file:" + corpus);
  }

  @Test
  void ingestingTheSameFolderTwiceGivesTheSameIdsAndSplits() throws IOException {
    run(corpus.toString(), out.toString());

    assertThat(idsAndSplits(out)).isEqualTo(idsAndSplits(ingested)).hasSize(8);
  }

  @Test
  void aFileThatCannotBeReadIsRejectedAsUnreadableAndTheOthersAreIngested() throws IOException {
    Path dir = Files.createDirectories(out.resolve("in"));
    Files.write(dir.resolve("good.png"), SampleFiles.grayPng());
    Files.write(dir.resolve("broken.png"), SampleFiles.grayPng());

    IngestResult result =
        run(FaultyFileSystem.SCHEME + "://" + dir, out.resolve("tables").toString());

    Row broken = rejectsByName(out.resolve("tables").toString()).get("broken.png");
    assertThat(reason(broken)).isEqualTo("unreadable");
    assertThat(broken.<String>getAs("message"))
        .isEqualTo("cannot read: IOException: simulated read error on broken.png");
    assertThat(broken.<Long>getAs("source_bytes")).isEqualTo(SampleFiles.grayPng().length);
    assertThat(broken.<String>getAs("source_sha256")).isNull();
    assertThat(result.rows()).isEqualTo(1);
    assertThat(result.inputs()).isEqualTo(2);
  }

  @Test
  void tilingCutsFullTilesThatKeepTheirPagesSplitAndMirrorsPagesSmallerThanATile()
      throws IOException {
    Path dir = Files.createDirectories(out.resolve("pages"));
    Files.write(dir.resolve("page.png"), SampleFiles.grayPng());
    Files.write(
        dir.resolve("stamp.png"),
        ImageCodec.encode(SyntheticImages.smoothGray("s", 6, 6, 1), EncodeOptions.png()));
    String tables = out.resolve("tables").toString();

    IngestResult result = run(dir.toString(), tables, "ingest.tile.size=8", "ingest.tile.stride=4");

    String pageId = ImageIds.forPage("page.png", 0);
    List<Row> tiles =
        table(tables, "images").collectAsList().stream()
            .filter(r -> pageId.equals(r.getAs("parent_id")))
            .toList();
    // origins 0, 4, 8 in each direction of the 16x16 page: 3 x 3 tiles of 8x8
    assertThat(tiles).hasSize(9);
    for (Row tile : tiles) {
      assertThat(tile.<String>getAs("id"))
          .isEqualTo(ImageIds.forTile(pageId, tile.getAs("tile_y"), tile.getAs("tile_x")));
      assertThat(tile.<String>getAs("split")).isEqualTo(tiles.get(0).getAs("split"));
      assertThat(List.of(tile.getAs("width"), tile.getAs("height"))).containsExactly(8, 8);
    }
    // the 6x6 stamp: one 8x8 tile, the stamp and its mirror image below and to the right
    Row stamp = imagesByNameAndPage(tables).get("stamp.png#0");
    assertThat(List.of(stamp.getAs("width"), stamp.getAs("height"), stamp.getAs("tile_y")))
        .containsExactly(8, 8, 0);
    assertThat(table(tables, "rejects").count()).isZero();
    assertThat(result.inputs()).isEqualTo(2);
    assertThat(result.rows()).isEqualTo(10);
  }

  private static List<String> idsAndSplits(Path output) {
    return table(output.toString(), "images").orderBy("id").collectAsList().stream()
        .map(r -> r.getAs("id") + " " + r.getAs("split") + " " + r.getAs("source_uri"))
        .toList();
  }

  private static List<String> sources(Map<String, Row> rows) {
    return rows.values().stream().map(r -> r.<String>getAs("source_uri")).toList();
  }

  private static String shape(Row row) {
    return row.getAs("source_format")
        + " "
        + row.getAs("channels")
        + "ch "
        + row.getAs("bit_depth")
        + "bit";
  }
}
