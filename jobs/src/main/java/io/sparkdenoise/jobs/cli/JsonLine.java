/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One line of JSON, the machine-readable result every command prints last. Keys keep the order of
 * the map given; non-finite doubles are written as the strings {@code "Infinity"}, {@code
 * "-Infinity"} and {@code "NaN"}, which every JSON parser accepts.
 */
public final class JsonLine {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

  private JsonLine() {}

  /** The map as compact JSON on one line. */
  public static String of(Map<String, ?> fields) {
    try {
      return MAPPER.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
