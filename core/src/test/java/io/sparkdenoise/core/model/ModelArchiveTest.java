/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad model files are one line of error naming the file, and nothing is written anywhere. */
class ModelArchiveTest {
  private static final String NAME = "hdfs://nn/models/m/model.zip";

  @TempDir Path dir;

  @Test
  void aModelTheTrainJobWroteLoads() throws Exception {
    assertThat(ModelFiles.load(golden(), NAME).format()).isEqualTo(Dl4jNetwork.FORMAT);
  }

  @Test
  void anEmptyFileIsNamedAsEmpty() throws IOException {
    assertThat(fault(Files.write(dir.resolve("m.zip"), new byte[0])))
        .isEqualTo(NAME + " is empty, not a model zip");
  }

  @Test
  void aFileThatIsNoZipIsNamedAsSuch() throws IOException {
    Path text = Files.writeString(dir.resolve("m.zip"), "{\"not\": \"a zip\"}");

    assertThat(fault(text)).startsWith(NAME + " is not a readable zip file (");
  }

  @Test
  void aTruncatedOrCorruptZipIsOneLine() throws Exception {
    byte[] zip = Files.readAllBytes(golden());
    Path truncated = Files.write(dir.resolve("t.zip"), Arrays.copyOf(zip, zip.length / 2));
    byte[] flipped = zip.clone();
    for (int i = zip.length / 3; i < zip.length / 3 + 64; i++) {
      flipped[i] ^= (byte) 0x5a;
    }
    Path corrupt = Files.write(dir.resolve("c.zip"), flipped);

    assertThat(fault(truncated)).startsWith(NAME + " is not a readable zip file (");
    assertThat(fault(corrupt)).startsWith(NAME + " ");
  }

  @Test
  void entriesThatNoModelHoldsAreRefusedAndNothingIsExtracted() throws IOException {
    Path nested = Files.createDirectories(dir.resolve("models/m"));
    Path zip =
        zip(
            nested.resolve("model.zip"),
            entries(
                ModelArchive.CONFIGURATION,
                "{}",
                ModelArchive.COEFFICIENTS,
                "x",
                "../../evil",
                "x"));

    assertThat(fault(zip))
        .isEqualTo(
            NAME
                + " holds an entry '../../evil' that no model zip holds (expected"
                + " configuration.json, coefficients.bin and optionally updaterState.bin)");
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files).containsExactlyInAnyOrder(dir, dir.resolve("models"), nested, zip);
    }
  }

  @Test
  void anEntryThatInflatesBeyondItsLimitIsRefusedBeforeItIsRead() throws IOException {
    // 17 MiB of spaces deflate to a few kilobytes: a zip bomb in miniature
    Path zip = dir.resolve("bomb.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry(ModelArchive.CONFIGURATION));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 17; i++) {
        out.write(spaces);
      }
      out.closeEntry();
    }

    assertThat(Files.size(zip)).isLessThan(1 << 16);
    assertThat(fault(zip))
        .isEqualTo(NAME + ": configuration.json inflates beyond 16 MiB, more than any model's");
  }

  @Test
  void aConfigurationThatIsNoJsonObjectIsNamed() throws IOException {
    Path notJson =
        zip(
            dir.resolve("a.zip"),
            entries(ModelArchive.CONFIGURATION, "{oops", ModelArchive.COEFFICIENTS, "x"));
    Path array =
        zip(
            dir.resolve("b.zip"),
            entries(ModelArchive.CONFIGURATION, "[1]", ModelArchive.COEFFICIENTS, "x"));

    assertThat(fault(notJson)).startsWith(NAME + ": configuration.json is not valid JSON (");
    assertThat(fault(array))
        .isEqualTo(NAME + ": configuration.json is not a JSON object, not a model's configuration");
  }

  @Test
  void aZipWithoutParametersIsNotAModel() throws IOException {
    Path zip = zip(dir.resolve("m.zip"), entries(ModelArchive.CONFIGURATION, "{}"));

    assertThat(fault(zip)).isEqualTo(NAME + " is not a model zip: it holds no coefficients.bin");
  }

  @Test
  void wellFormedEntriesTheEngineCannotReadAreStillOneLine() throws IOException {
    Path zip =
        zip(
            dir.resolve("m.zip"),
            entries(ModelArchive.CONFIGURATION, "{}", ModelArchive.COEFFICIENTS, "not numbers"));

    assertThat(fault(zip))
        .startsWith(NAME + " cannot be read as a dl4j-computation-graph model: ")
        .doesNotContain("\n");
  }

  /** The one-line message loading {@code file} fails with. */
  private static String fault(Path file) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ModelFiles.load(file, NAME));
    assertThat(t).isInstanceOf(InvalidModelException.class);
    assertThat(t.getMessage()).doesNotContain("\n");
    return t.getMessage();
  }

  private static Map<String, String> entries(String... namesAndTexts) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      entries.put(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return entries;
  }

  private static Path zip(Path file, Map<String, String> entries) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        ZipOutputStream out = new ZipOutputStream(raw)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return file;
  }

  private static Path golden() throws URISyntaxException {
    return Path.of(ModelArchiveTest.class.getResource("/golden/model-seed.zip").toURI());
  }
}
