/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProvenanceJsonTest {
  /** A score run's record written by the hand-written writer that Jackson replaced. */
  private static final String GOLDEN = "/golden/provenance-score.json";

  /** Its hash as that writer's build computed it. */
  private static final String GOLDEN_HASH =
      "a05e65402458cd65d891bb0cb00c094c384514230c89407a64909dcc98ea574c";

  @Test
  void aRecordWrittenBeforeJacksonReadsBackAndIsWrittenAgainByteForByte() throws IOException {
    String golden = resource(GOLDEN);

    Provenance record = Provenance.fromJson(golden);

    assertThat(record.toJson()).isEqualTo(golden);
    assertThat(record.hash()).isEqualTo(GOLDEN_HASH);
    assertThat(record.config()).containsEntry("score.pairs", "file:/data/pairs σ \"quoted\"\ttab");
  }

  @Test
  void quotesPlainAndNonAsciiTextUnchanged() {
    assertThat(ProvenanceJson.compact("hdfs://nn:8020/data/x y.png σ=25"))
        .isEqualTo("\"hdfs://nn:8020/data/x y.png σ=25\"");
  }

  @Test
  void escapesQuotesBackslashesAndTheNamedControlCharacters() {
    assertThat(ProvenanceJson.compact("a\"b\\c\nd\re\tf\bg\fh"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"");
  }

  @Test
  void escapesOtherControlCharactersAsFourLowerCaseHexDigits() {
    assertThat(ProvenanceJson.compact("\u0000\u0001\u001f")).isEqualTo("\"\\u0000\\u0001\\u001f\"");
  }

  /**
   * The one difference from the hand-written writer: it kept surrogate pairs literal and escaped
   * lone surrogates; Jackson escapes every surrogate. The JSON means the same string, the output
   * stays valid UTF-8, and a record reads back equal, so only the hash of a record holding
   * characters beyond the Basic Multilingual Plane differs from the old build's.
   */
  @Test
  void escapesEverySurrogateAndReadsTheTextBackUnchanged() throws IOException {
    String text = "σ=25 \uD83D\uDE00 a\uD83Db \uDE00"; // an emoji pair and two lone surrogates
    Provenance record = record(Map.of("score.noise", text));

    assertThat(ProvenanceJson.compact(text)).isEqualTo("\"σ=25 \\ud83d\\ude00 a\\ud83db \\ude00\"");
    assertThat(Provenance.fromJson(record.toJson())).isEqualTo(record);
    assertThat(Provenance.fromJson(record.toJson()).hash()).isEqualTo(record.hash());
  }

  @Test
  void writesCompactJsonInMapIterationOrder() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("b", 1L);
    tree.put("a", Arrays.asList("x", null, true));
    tree.put("empty", Map.of());

    assertThat(ProvenanceJson.compact(tree))
        .isEqualTo("{\"b\":1,\"a\":[\"x\",null,true],\"empty\":{}}");
  }

  @Test
  void indentsPrettyJsonByTwoSpacesPerLevel() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("n", 7);
    tree.put("list", List.of("x"));
    tree.put("none", List.of());
    tree.put("nothing", Map.of());

    assertThat(ProvenanceJson.pretty(tree))
        .isEqualTo(
            "{\n  \"n\": 7,\n  \"list\": [\n    \"x\"\n  ],\n  \"none\": [],\n  \"nothing\": {}\n}\n");
  }

  private static Provenance record(Map<String, String> config) {
    Instant t0 = Instant.parse("2026-01-02T03:04:05Z");
    return new Provenance(
        "r",
        "score",
        new TreeMap<>(config),
        new TreeMap<>(),
        List.of(InputFile.of("file:/x", 1, t0)),
        new Platform("17", "Linux", "amd64"),
        new TreeMap<>(),
        t0);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ProvenanceJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
