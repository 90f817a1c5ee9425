/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
  private static final Platform PLATFORM = new Platform("17.0.15 (Debian)", "Linux 6.1", "amd64");
  private static final String DIGEST =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  /** A record whose config is given in reverse key order, to show that it is sorted. */
  private static Provenance sample(Instant createdAt, String sigma) {
    SortedMap<String, String> config = new TreeMap<>(Comparator.reverseOrder());
    config.put("pairs.noise", "gaussian(sigma=" + sigma + ")");
    config.put("pairs.input", "out/images");
    return new Provenance(
        "abc123",
        "pairs",
        config,
        new TreeMap<>(Map.of("pairs.seed", 42L)),
        List.of(InputFile.withSha256("file:/d/a \"b\".png", 10, T0, DIGEST)),
        PLATFORM,
        new TreeMap<>(Map.of("spark", "3.5.9")),
        createdAt);
  }

  @Test
  void hashIsTheSha256OfTheCompactCanonicalJsonWithoutCreationTime() throws Exception {
    String canonical =
        "{\"git_revision\":\"abc123\",\"job\":\"pairs\","
            + "\"config\":{\"pairs.input\":\"out/images\",\"pairs.noise\":\"gaussian(sigma=25)\"},"
            + "\"seeds\":{\"pairs.seed\":42},"
            + "\"inputs\":[{\"uri\":\"file:/d/a \\\"b\\\".png\",\"size_bytes\":10,"
            + "\"modified\":\"2026-01-02T03:04:05Z\",\"sha256\":\""
            + DIGEST
            + "\"}],"
            + "\"platform\":{\"java\":\"17.0.15 (Debian)\",\"os\":\"Linux 6.1\",\"arch\":\"amd64\"},"
            + "\"libraries\":{\"spark\":\"3.5.9\"}}";
    byte[] sha =
        MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));

    assertThat(sample(T0, "25").hash()).isEqualTo(HexFormat.of().formatHex(sha));
  }

  @Test
  void hashIgnoresCreationTimeButNotTheRecipe() {
    Provenance first = sample(T0, "25");

    assertThat(sample(T0.plusSeconds(3600), "25").hash()).isEqualTo(first.hash());
    assertThat(sample(T0, "15").hash()).isNotEqualTo(first.hash());
  }

  @Test
  void jsonIsIndentedAndEndsWithTheCreationTime() {
    String json = sample(T0, "25").toJson();

    assertThat(json)
        .startsWith("{\n  \"git_revision\": \"abc123\",\n  \"job\": \"pairs\",\n  \"config\": {\n")
        .contains("    \"pairs.input\": \"out/images\",\n    \"pairs.noise\":")
        .endsWith("  \"created_at\": \"2026-01-02T03:04:05Z\"\n}\n");
  }

  @Test
  void inputsWithoutDigestWriteNull() {
    Provenance record =
        new Provenance(
            "r",
            "ingest",
            new TreeMap<>(),
            new TreeMap<>(),
            List.of(InputFile.of("file:/x", 0, T0)),
            PLATFORM,
            new TreeMap<>(),
            T0);

    assertThat(record.toJson()).contains("\"sha256\": null");
  }

  @Test
  void captureRecordsThisBuildAndPlatformAtTheClocksTime() {
    Provenance record =
        Provenance.capture(
            "score",
            Map.of("k", "v"),
            Map.of(),
            List.of(),
            Map.of("spark", "3.5.9"),
            Clock.fixed(T0, ZoneOffset.UTC));

    assertThat(record.gitRevision()).isEqualTo(BuildInfo.gitRevision());
    assertThat(record.platform()).isEqualTo(Platform.current());
    assertThat(record.platform().arch()).isEqualTo(System.getProperty("os.arch"));
    assertThat(record.createdAt()).isEqualTo(T0);
  }

  @Test
  void rejectsBlankJobNamesAndNullValues() {
    assertThatThrownBy(
            () ->
                Provenance.capture(" ", Map.of(), Map.of(), List.of(), Map.of(), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("job name must not be blank");
    Map<String, String> config = new HashMap<>();
    config.put("pairs.noise", null);
    assertThatThrownBy(
            () ->
                Provenance.capture(
                    "pairs", config, Map.of(), List.of(), Map.of(), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("config must not hold null keys or values, got pairs.noise=null");
  }

  @Test
  void inputFilesValidateSizeAndDigest() {
    assertThatThrownBy(() -> InputFile.of("file:/x", -1, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input size must be >= 0 bytes, got -1");
    assertThatThrownBy(() -> InputFile.withSha256("file:/x", 1, T0, "abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sha256 must be 64 lower-case hex digits, got 'abc'");
    assertThat(InputFile.withSha256("file:/x", 1, T0, DIGEST.toUpperCase(Locale.ROOT)).sha256())
        .contains(DIGEST);
  }
}
