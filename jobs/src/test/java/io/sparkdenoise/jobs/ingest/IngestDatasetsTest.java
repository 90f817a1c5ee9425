/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import static io.sparkdenoise.jobs.ingest.IngestRuns.imagesByNameAndPage;
import static io.sparkdenoise.jobs.ingest.IngestRuns.reason;
import static io.sparkdenoise.jobs.ingest.IngestRuns.rejectsByName;
import static io.sparkdenoise.jobs.ingest.IngestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.fixtures.SampleFiles;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.plan.ImageIds;
import io.sparkdenoise.jobs.spark.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class IngestDatasetsTest {
  private static final int ROWS = 2;
  private static final int COLS = 3;
  private static final int CIFAR_PLANE = 32 * 32;

  @TempDir Path dir;

  /** Sample j of IDX record i: a value that differs between records and pixels. */
  private static int idxSample(int record, int j) {
    return (record * 7 + j * 40) % 256;
  }

  @Test
  void idxFilesPlainAndGzippedAreReadWithTheirLabelsInRecordChunks() throws Exception {
    Path in = Files.createDirectories(dir.resolve("mnist"));
    Files.write(in.resolve("train-images-idx3-ubyte"), idxImages(5, 5));
    Files.write(in.resolve("train-labels-idx1-ubyte"), idxLabels(9, 8, 7, 6, 5));
    Files.write(in.resolve("t10k-images-idx3-ubyte.gz"), gzip(idxImages(3, 3)));
    Files.write(in.resolve("t10k-labels-idx1-ubyte.gz"), gzip(idxLabels(1, 2, 3)));
    byte[] cut = idxImages(3, 3);
    Files.write(in.resolve("cut-images-idx3-ubyte"), Arrays.copyOf(cut, cut.length - 4));
    Files.writeString(in.resolve("README.md"), "not a dataset file");
    String out = dir.resolve("tables").toString();

    // two records per task: the plain 5-record file is read by three tasks
    IngestResult result = run(in.toString(), out, "ingest.records-per-task=2");

    Map<String, Row> images = imagesByNameAndPage(out);
    assertThat(images).hasSize(5 + 3 + 2);
    Row train3 = images.get("train-images-idx3-ubyte#3");
    assertThat(train3.<Integer>getAs("label")).isEqualTo(6);
    assertThat(train3.<String>getAs("source_format")).isEqualTo("idx");
    assertThat(train3.<String>getAs("id"))
        .isEqualTo(ImageIds.forPage("train-images-idx3-ubyte", 3));
    Image pixels = ImageCodec.decode(train3.<byte[]>getAs("png"), "p").get(0).image();
    assertThat(List.of(pixels.height(), pixels.width(), pixels.channels()))
        .containsExactly(ROWS, COLS, 1);
    assertThat(pixels.get(1, 2, 0)).isEqualTo(idxSample(3, 5) / 255f);
    assertThat(images.get("t10k-images-idx3-ubyte.gz#2").<Integer>getAs("label")).isEqualTo(3);
    assertThat(images.get("cut-images-idx3-ubyte#1").<Integer>getAs("label")).isNull();
    Row cutReject = rejectsByName(out).get("cut-images-idx3-ubyte");
    assertThat(reason(cutReject)).isEqualTo("truncated");
    assertThat(cutReject.<Integer>getAs("page")).isEqualTo(2);
    assertThat(result.format()).isEqualTo(InputFormat.IDX);
    assertThat(List.of(result.inputs(), result.rows(), result.rejected()))
        .containsExactly(11L, 10L, 1L);
  }

  @Test
  void cifarBatchesPlainAndGzippedGiveLabelledRgbImages() throws Exception {
    Path in = Files.createDirectories(dir.resolve("cifar"));
    Files.write(in.resolve("data_batch_1.bin"), cifar(7, 1, 2));
    Files.write(in.resolve("test_batch.bin.gz"), gzip(cifar(4, 5)));
    String out = dir.resolve("tables").toString();

    IngestResult result = run(in.toString(), out, "ingest.records-per-task=2");

    Map<String, Row> images = imagesByNameAndPage(out);
    assertThat(images).hasSize(5);
    Row first = images.get("data_batch_1.bin#0");
    assertThat(first.<Integer>getAs("label")).isEqualTo(7);
    assertThat(images.get("data_batch_1.bin#2").<Integer>getAs("label")).isEqualTo(2);
    assertThat(images.get("test_batch.bin.gz#1").<Integer>getAs("label")).isEqualTo(5);
    Image pixels = ImageCodec.decode(first.<byte[]>getAs("png"), "p").get(0).image();
    // record 0 with label 7: red 7, green 8, blue 9 everywhere (see cifar())
    assertThat(new float[] {pixels.get(5, 5, 0), pixels.get(5, 5, 1), pixels.get(5, 5, 2)})
        .containsExactly(7 / 255f, 8 / 255f, 9 / 255f);
    assertThat(List.of(first.getAs("width"), first.getAs("channels"), first.getAs("bit_depth")))
        .containsExactly(32, 3, 8);
    assertThat(result.format()).isEqualTo(InputFormat.CIFAR);
    assertThat(result.rejected()).isZero();
  }

  @Test
  void aParquetTableOfEncodedImagesIsReadByItsConfiguredColumns() throws Exception {
    StructType schema =
        new StructType()
            .add("key", DataTypes.StringType)
            .add("img", DataTypes.BinaryType)
            .add("digit", DataTypes.IntegerType);
    List<Row> cells =
        List.of(
            RowFactory.create("gray", SampleFiles.grayPng(), 4),
            RowFactory.create("book", SampleFiles.twoPageLzwTiff(), null),
            RowFactory.create("note", SampleFiles.textNamedPng(), 1),
            RowFactory.create("hole", null, 2));
    String tableUri = dir.resolve("source").toUri().toString();
    SharedSpark.session().createDataFrame(cells, schema).write().parquet(tableUri);
    String out = dir.resolve("tables").toString();
    String[] columns = {
      "ingest.parquet.image-column=img",
      "ingest.parquet.id-column=key",
      "ingest.parquet.label-column=digit"
    };

    IngestResult result = run(dir.resolve("source").toString(), out, columns);

    Map<String, Row> images = imagesByNameAndPage(out);
    assertThat(images.keySet()).containsExactly("source#book#0", "source#book#1", "source#gray#0");
    Row gray = images.get("source#gray#0");
    assertThat(gray.<String>getAs("source_uri")).endsWith("/source#gray");
    assertThat(gray.<Integer>getAs("label")).isEqualTo(4);
    assertThat(gray.<String>getAs("source_format")).isEqualTo("parquet");
    Map<String, Row> rejects = rejectsByName(out);
    assertThat(reason(rejects.get("source#note"))).isEqualTo("not_an_image");
    assertThat(reason(rejects.get("source#hole"))).isEqualTo("empty");
    assertThat(result.format()).isEqualTo(InputFormat.PARQUET);
    assertThat(List.of(result.inputs(), result.rows(), result.rejected()))
        .containsExactly(4L, 3L, 2L);
    assertThatThrownBy(
            () -> run(dir.resolve("source").toString(), out, "ingest.parquet.image-column=pic"))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("has no column 'pic' (columns: [key, img, digit])");
  }

  @Test
  void aDatasetOrTableInAnotherFolderKeepsItsIdsAndSplits() throws Exception {
    StructType schema =
        new StructType().add("key", DataTypes.StringType).add("img", DataTypes.BinaryType);
    List<Row> cells =
        List.of(
            RowFactory.create("gray", SampleFiles.grayPng()),
            RowFactory.create(null, SampleFiles.grayPng()));
    String[] tableColumns = {"ingest.parquet.image-column=img", "ingest.parquet.id-column=key"};
    Map<String, Map<String, String>> idsAndSplits = new TreeMap<>();
    for (String folder : List.of("a", "b/deeper")) {
      Path in = Files.createDirectories(dir.resolve(folder));
      Files.write(in.resolve("train-images-idx3-ubyte"), idxImages(4, 4));
      SharedSpark.session()
          .createDataFrame(cells, schema)
          .write()
          .parquet(in.resolve("table").toUri().toString());
      for (String input : List.of("train-images-idx3-ubyte", "table")) {
        String out = dir.resolve("out").resolve(folder).resolve(input).toString();
        run(
            in.resolve(input).toString(),
            out,
            input.equals("table") ? tableColumns : new String[0]);
        assertThat(imagesByNameAndPage(out).values())
            .allSatisfy(
                r -> assertThat(r.<String>getAs("source_uri")).contains("/" + folder + "/"));
        idsAndSplits.put(folder + " " + input, idsAndSplits(out));
      }
    }

    assertThat(idsAndSplits.get("b/deeper train-images-idx3-ubyte"))
        .hasSize(4)
        .isEqualTo(idsAndSplits.get("a train-images-idx3-ubyte"));
    assertThat(idsAndSplits.get("b/deeper table"))
        .hasSize(2)
        .isEqualTo(idsAndSplits.get("a table"));
  }

  private static Map<String, String> idsAndSplits(String output) {
    Map<String, String> ids = new TreeMap<>();
    for (Row row : IngestRuns.table(output, "images").collectAsList()) {
      ids.put(row.getAs("id"), row.getAs("split"));
    }
    return ids;
  }

  @Test
  void anInputThatMatchesNothingIsAnErrorBeforeAnythingIsWritten() {
    String missing = dir.resolve("nowhere").toString();

    assertThatThrownBy(() -> run(missing, dir.resolve("tables").toString()))
        .isInstanceOf(java.io.FileNotFoundException.class)
        .hasMessage("no input matches " + missing);
    assertThat(dir.resolve("tables")).doesNotExist();
  }

  private static byte[] idxImages(int promised, int written) {
    ByteBuffer file = ByteBuffer.allocate(16 + written * ROWS * COLS);
    file.putInt(0x00000803).putInt(promised).putInt(ROWS).putInt(COLS);
    for (int i = 0; i < written; i++) {
      for (int j = 0; j < ROWS * COLS; j++) {
        file.put((byte) idxSample(i, j));
      }
    }
    return file.array();
  }

  private static byte[] idxLabels(int... labels) {
    ByteBuffer file = ByteBuffer.allocate(8 + labels.length);
    file.putInt(0x00000801).putInt(labels.length);
    for (int label : labels) {
      file.put((byte) label);
    }
    return file.array();
  }

  /** CIFAR-10 records: label L, then flat planes red L, green L+1, blue L+2. */
  private static byte[] cifar(int... labels) {
    ByteBuffer file = ByteBuffer.allocate(labels.length * (1 + 3 * CIFAR_PLANE));
    for (int label : labels) {
      file.put((byte) label);
      for (int c = 0; c < 3; c++) {
        for (int p = 0; p < CIFAR_PLANE; p++) {
          file.put((byte) (label + c));
        }
      }
    }
    return file.array();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
