/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void quotesPlainTextUnchanged() {
    assertThat(Json.quote("hdfs://nn:8020/data/x y.png"))
        .isEqualTo("\"hdfs://nn:8020/data/x y.png\"");
  }

  @Test
  void escapesQuotesBackslashesAndTheNamedControlCharacters() {
    assertThat(Json.quote("a\"b\\c\nd\re\tf\bg\fh"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"");
  }

  @Test
  void escapesOtherControlCharactersAsFourHexDigits() {
    assertThat(Json.quote("\u0000\u0001\u001f")).isEqualTo("\"\\u0000\\u0001\\u001f\"");
  }

  @Test
  void keepsNonAsciiTextAndSurrogatePairsLiteral() {
    String text = "σ=25 \uD83D\uDE00"; // sigma, and an emoji written as a surrogate pair
    assertThat(Json.quote(text)).isEqualTo("\"" + text + "\"");
  }

  @Test
  void escapesLoneSurrogatesSoTheOutputIsValidUtf8() {
    assertThat(Json.quote("a\uD83Db")).isEqualTo("\"a\\ud83db\"");
    assertThat(Json.quote("\uDE00")).isEqualTo("\"\\ude00\"");
  }

  @Test
  void writesCompactJsonInMapIterationOrder() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("b", 1L);
    tree.put("a", Arrays.asList("x", null, true));
    tree.put("empty", Map.of());
    assertThat(Json.compact(tree)).isEqualTo("{\"b\":1,\"a\":[\"x\",null,true],\"empty\":{}}");
  }

  @Test
  void indentsPrettyJsonByTwoSpacesPerLevel() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("n", 7);
    tree.put("list", List.of("x"));
    tree.put("none", List.of());
    assertThat(Json.pretty(tree))
        .isEqualTo("{\n  \"n\": 7,\n  \"list\": [\n    \"x\"\n  ],\n  \"none\": []\n}\n");
  }

  @Test
  void refusesValuesItCannotRepresentExactly() {
    assertThatThrownBy(() -> Json.compact(List.of(0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write a java.lang.Double as JSON, got 0.1");
  }
}
