/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a model zip before any engine reads it. DL4J deserialises a model's configuration with its
 * own old Jackson and restores arrays of any size the file declares, so a model file is trusted
 * input; this check keeps what a damaged, truncated or hostile file can do to one line of error:
 * the zip must hold only the entries a DL4J computation-graph zip holds ({@value #CONFIGURATION},
 * {@value #COEFFICIENTS}, and optionally {@value #UPDATER_STATE}, {@value #PREPROCESSOR}, {@value
 * #NORMALIZER}), each once, each within its size limit counted as it is inflated (not as the zip
 * claims), with a configuration that parses as a JSON object. The zip is read through its central
 * directory, as DL4J reads it, and nothing is extracted. Stateless and thread-safe.
 */
public final class ModelArchive {
  /** The network's configuration, JSON. */
  public static final String CONFIGURATION = "configuration.json";

  /** The network's parameters. */
  public static final String COEFFICIENTS = "coefficients.bin";

  /** The optimiser's state, present when training can go on from the file. */
  public static final String UPDATER_STATE = "updaterState.bin";

  /** DL4J's optional input preprocessor. */
  public static final String PREPROCESSOR = "preprocessor.bin";

  /** DL4J's optional data normaliser. */
  public static final String NORMALIZER = "normalizer.bin";

  private static final long MIB = 1L << 20;

  /** The largest size of each entry once inflated: 16 MiB of JSON, 1 GiB of parameters. */
  static final Map<String, Long> LIMITS =
      Map.of(
          CONFIGURATION, 16 * MIB,
          COEFFICIENTS, 1024 * MIB,
          UPDATER_STATE, 2048 * MIB,
          PREPROCESSOR, 16 * MIB,
          NORMALIZER, 16 * MIB);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BUFFER = 1 << 16;

  private ModelArchive() {}

  /**
   * Checks the model zip {@code file}, named {@code name} in messages (the user's path, where the
   * file is a local copy of it).
   *
   * @throws InvalidModelException naming {@code name} and what is wrong
   */
  public static void verify(Path file, String name) throws InvalidModelException {
    try {
      if (Files.size(file) == 0) {
        throw new InvalidModelException(name + " is empty, not a model zip");
      }
    } catch (InvalidModelException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidModelException(name + " cannot be read: " + e.getMessage());
    }
    Set<String> seen = new HashSet<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String entryName = entry.getName();
        Long limit = LIMITS.get(entryName);
        if (limit == null) {
          throw new InvalidModelException(
              name
                  + " holds an entry '"
                  + printable(entryName)
                  + "' that no model zip holds (expected "
                  + CONFIGURATION
                  + ", "
                  + COEFFICIENTS
                  + " and optionally "
                  + UPDATER_STATE
                  + ")");
        }
        if (!seen.add(entryName)) {
          throw new InvalidModelException(name + " holds " + entryName + " twice");
        }
        byte[] content;
        try (InputStream in = zip.getInputStream(entry)) {
          content = inflate(in, limit, name, entryName);
        }
        if (entryName.equals(CONFIGURATION)) {
          requireJsonObject(content, name);
        }
      }
    } catch (InvalidModelException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidModelException(
          name + " is not a readable zip file (" + e.getMessage() + ")");
    }
    for (String required : new String[] {CONFIGURATION, COEFFICIENTS}) {
      if (!seen.contains(required)) {
        throw new InvalidModelException(name + " is not a model zip: it holds no " + required);
      }
    }
  }

  /** The entry's bytes (the configuration's) or none, counted up to its limit as inflated. */
  private static byte[] inflate(InputStream in, long limit, String name, String entry)
      throws IOException {
    boolean keep = entry.equals(CONFIGURATION);
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > limit) {
        throw new InvalidModelException(
            name
                + ": "
                + entry
                + " inflates beyond "
                + limit / MIB
                + " MiB, more than any model's");
      }
      if (keep) {
        kept.write(buffer, 0, n);
      }
    }
    return kept.toByteArray();
  }

  private static void requireJsonObject(byte[] content, String name) throws InvalidModelException {
    JsonNode node;
    try {
      node = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      throw new InvalidModelException(
          name + ": " + CONFIGURATION + " is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new InvalidModelException(name + ": " + CONFIGURATION + " cannot be read");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidModelException(
          name + ": " + CONFIGURATION + " is not a JSON object, not a model's configuration");
    }
  }

  /**
   * An entry name as it may appear in a one-line message: control characters escaped, cut short.
   */
  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .limit(80)
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return s.codePointCount(0, s.length()) > 80 ? out + "…" : out.toString();
  }
}
