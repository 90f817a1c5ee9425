/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SparkDefaults writes properties that spark-submit reads back exactly. */
class SparkDefaultsTest {
  @TempDir Path dir;

  @Test
  void rendersSortedKeyValueLinesAfterTheCommentsValuesAsWritten() {
    SortedMap<String, String> properties = new TreeMap<>();
    properties.put("spark.executor.memory", "4g");
    properties.put("spark.executor.cores", "2");
    properties.put("spark.executor.extraJavaOptions", "-Dx=1");

    assertThat(SparkDefaults.render(List.of("from conf/yarn.conf"), properties))
        .isEqualTo(
            "# from conf/yarn.conf\nspark.executor.cores=2\n"
                + "spark.executor.extraJavaOptions=-Dx=1\nspark.executor.memory=4g\n");
  }

  @Test
  void whatItWritesReadsBackExactlyWhateverTheCharacters() throws Exception {
    SortedMap<String, String> properties = new TreeMap<>();
    properties.put("spark.executor.extraJavaOptions", "-Da=1 -Db=x:y=z #1 !2");
    properties.put("spark.odd key=:#!", " leading blank, trailing blank ");
    properties.put("spark.path", "C:\\dir\\file\tand\na line\r\f");
    properties.put("spark.unicode", "Grüße 日本 \u0001");
    Path file = dir.resolve("spark.properties");

    Files.writeString(file, SparkDefaults.render(List.of(), properties), StandardCharsets.UTF_8);

    assertThat(SparkDefaults.read(file)).isEqualTo(properties);
    assertThat(Files.readString(file, StandardCharsets.UTF_8).lines()).hasSize(4);
  }

  @Test
  void aCommentIsOneLine() {
    assertThatThrownBy(() -> SparkDefaults.render(List.of("two\nlines"), new TreeMap<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a comment is one line, got 'two\nlines'");
  }
}
