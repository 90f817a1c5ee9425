/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.provenance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The JSON of {@code _provenance.json}, written and read with Jackson. Keys keep the order the
 * record gives them (the config, seeds and libraries sorted); integers are written as integers.
 * Pretty output is indented two spaces per level, {@code "key": value}, one array element per line,
 * empty containers as {@code {}} and {@code []}; compact output (what is hashed) has no whitespace.
 *
 * <p>Escapes: quotes, backslashes and {@code \b \f \n \r \t} by name, other control characters and
 * every UTF-16 surrogate as {@code \}{@code u} and four lower-case hex digits, so that the output
 * is ASCII outside the Basic Multilingual Plane's letters and always valid UTF-8, and a lone
 * surrogate survives the round trip. Thread-safe.
 */
final class ProvenanceJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(new JsonFactory().setCharacterEscapes(new Escapes())).build();

  private ProvenanceJson() {}

  /** {@code tree} (maps, lists, strings, integers, booleans, nulls) as compact JSON. */
  static String compact(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code tree} as indented JSON with a trailing newline. */
  static String pretty(Object tree) {
    try {
      return MAPPER.writer(new Layout()).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record in {@code json}.
   *
   * @throws IOException when it is not JSON
   * @throws IllegalArgumentException naming the first missing field
   */
  static Provenance read(String json) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    List<InputFile> inputs = new ArrayList<>();
    for (JsonNode input : required(root, "inputs")) {
      JsonNode sha = required(input, "sha256");
      inputs.add(
          new InputFile(
              required(input, "uri").asText(),
              required(input, "size_bytes").asLong(),
              Instant.parse(required(input, "modified").asText()),
              sha.isNull() ? Optional.empty() : Optional.of(sha.asText())));
    }
    JsonNode platform = required(root, "platform");
    return new Provenance(
        required(root, "git_revision").asText(),
        required(root, "job").asText(),
        map(required(root, "config"), JsonNode::asText),
        map(required(root, "seeds"), JsonNode::asLong),
        inputs,
        new Platform(
            required(platform, "java").asText(),
            required(platform, "os").asText(),
            required(platform, "arch").asText()),
        map(required(root, "libraries"), JsonNode::asText),
        Instant.parse(required(root, "created_at").asText()));
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IllegalArgumentException("provenance JSON lacks the field '" + field + "'");
    }
    return value;
  }

  private static <V> SortedMap<String, V> map(JsonNode object, Function<JsonNode, V> value) {
    SortedMap<String, V> map = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      map.put(field.getKey(), value.apply(field.getValue()));
    }
    return map;
  }

  /** The pretty layout: two spaces, {@code ": "}, and nothing inside empty containers. */
  private static final class Layout extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final DefaultIndenter TWO_SPACES = new DefaultIndenter("  ", "\n");

    Layout() {
      indentObjectsWith(TWO_SPACES);
      indentArraysWith(TWO_SPACES);
    }

    @Override
    public Layout createInstance() {
      return new Layout();
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      if (entries > 0) {
        super.writeEndObject(g, entries);
      } else {
        _nesting--;
        g.writeRaw('}');
      }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (values > 0) {
        super.writeEndArray(g, values);
      } else {
        _nesting--;
        g.writeRaw(']');
      }
    }
  }

  /** Control characters and surrogates as lower-case {@code \}{@code uXXXX}. */
  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int FIRST_PRINTABLE = 0x20;

    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      for (int c = 0; c < FIRST_PRINTABLE; c++) {
        if (ascii[c] == ESCAPE_STANDARD && "\b\f\n\r\t".indexOf(c) < 0) {
          ascii[c] = ESCAPE_CUSTOM;
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      if (c < FIRST_PRINTABLE || Character.isSurrogate((char) c)) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04x", c));
      }
      return null;
    }
  }
}
