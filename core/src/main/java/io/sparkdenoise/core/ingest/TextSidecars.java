/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ground-truth text kept beside image files, as OCR corpora keep it and the {@code pages} job
 * writes it: {@code X.txt} in the same directory as {@code X.<ext>} (same base name, any other
 * extension) is that image's text, UTF-8. A multi-page file's text holds its pages in order,
 * separated by form feeds ({@code \f}); a form feed that ends the text (Tesseract ends every page
 * with one) ends the last page and does not start another.
 *
 * <p>A sidecar is not an input of its own. A {@code .txt} with no image of its base name beside it
 * stays an ordinary input (which the decoder rejects), and a base name has at most one sidecar: of
 * {@code X.txt} and {@code X.TXT}, the first in the listing's order is the sidecar.
 *
 * <p>Plain functions of URI strings and text; thread-safe.
 */
public final class TextSidecars {
  /** The sidecar's extension, matched without regard to case. */
  public static final String EXTENSION = "txt";

  /** What separates the pages of a multi-page file's text. */
  public static final String PAGE_BREAK = "\f";

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private TextSidecars() {}

  /**
   * The listed files split into the inputs to decode, in their order, and the sidecar of each input
   * that has one.
   *
   * @param inputs every file that is not a sidecar
   * @param sidecars the sidecar URI of an input, by the input's URI
   */
  public record Plan(List<String> inputs, Map<String, String> sidecars) {
    /** Copies both. */
    public Plan {
      inputs = List.copyOf(inputs);
      sidecars = Collections.unmodifiableMap(new LinkedHashMap<>(sidecars));
    }
  }

  /** Which of {@code files} (URIs or paths, {@code /}-separated) are sidecars, and of what. */
  public static Plan plan(List<String> files) {
    Map<String, String> textByBase = new LinkedHashMap<>();
    for (String file : files) {
      if (isText(file)) {
        textByBase.putIfAbsent(base(file), file);
      }
    }
    Map<String, String> sidecars = new LinkedHashMap<>();
    for (String file : files) {
      String text = isText(file) ? null : textByBase.get(base(file));
      if (text != null) {
        sidecars.put(file, text);
      }
    }
    Set<String> used = new HashSet<>(sidecars.values());
    List<String> inputs = new ArrayList<>();
    for (String file : files) {
      if (!used.contains(file)) {
        inputs.add(file);
      }
    }
    return new Plan(inputs, sidecars);
  }

  /** A sidecar's bytes as text: UTF-8 (malformed bytes become U+FFFD), a leading BOM dropped. */
  public static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /**
   * The text of each of a file's {@code pages} pages, or empty when {@code text} holds another
   * number of pages.
   */
  public static Optional<List<String>> pages(String text, int pages) {
    String body = text.endsWith(PAGE_BREAK) ? text.substring(0, text.length() - 1) : text;
    List<String> parts = List.of(body.split(PAGE_BREAK, -1));
    return parts.size() == pages ? Optional.of(parts) : Optional.empty();
  }

  private static boolean isText(String file) {
    String name = name(file);
    int dot = name.lastIndexOf('.');
    return dot > 0 && name.substring(dot + 1).toLowerCase(Locale.ROOT).equals(EXTENSION);
  }

  /** The path without the name's extension, or null when the name has none. */
  private static String base(String file) {
    String name = name(file);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? file.substring(0, file.length() - name.length() + dot) : null;
  }

  private static String name(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
