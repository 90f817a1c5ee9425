/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import java.io.EOFException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Classifies what a plugin threw into a {@link DecodeFailure} with a one-line message. Plugins
 * signal damaged data in many ways (IIOException, IllegalArgumentException,
 * ArrayIndexOutOfBoundsException...), so the rules look at the whole cause chain: an end of input
 * anywhere in it means TRUNCATED, an unsupported feature UNSUPPORTED, anything else CORRUPT.
 */
final class Failures {
  private static final int MAX_CAUSES = 4;
  private static final int MAX_DETAIL_CHARS = 300;
  private static final List<String> END_OF_INPUT =
      List.of("premature end", "unexpected end", "end of stream", "end of file");
  private static final List<String> UNSUPPORTED = List.of("unsupported", "not supported");

  private Failures() {}

  /** The failure for {@code thrown}, raised while reading {@code where} (e.g. "PNG page 0"). */
  static ImageDecodeException classify(String where, Throwable thrown) {
    String detail = describe(thrown);
    if (endOfInput(thrown)) {
      return new ImageDecodeException(
          DecodeFailure.TRUNCATED, where + " data ends early: " + detail, thrown);
    }
    if (unsupported(thrown)) {
      return new ImageDecodeException(
          DecodeFailure.UNSUPPORTED, where + " uses a variant we cannot read: " + detail, thrown);
    }
    return new ImageDecodeException(
        DecodeFailure.CORRUPT, where + " is damaged: " + detail, thrown);
  }

  /** True when a reader warning says the data stopped early (e.g. "Premature end of JPEG file"). */
  static boolean saysEndOfInput(String warning) {
    return containsAny(warning, END_OF_INPUT);
  }

  private static boolean endOfInput(Throwable thrown) {
    for (Throwable t : chain(thrown)) {
      if (t instanceof EOFException || containsAny(t.getMessage(), END_OF_INPUT)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unsupported(Throwable thrown) {
    for (Throwable t : chain(thrown)) {
      if (t instanceof UnsupportedOperationException || containsAny(t.getMessage(), UNSUPPORTED)) {
        return true;
      }
    }
    return false;
  }

  /** "IIOException: Error reading PNG image data <- EOFException: Unexpected end of ZLIB input". */
  private static String describe(Throwable thrown) {
    List<String> parts = new ArrayList<>();
    for (Throwable t : chain(thrown)) {
      String message = t.getMessage();
      parts.add(t.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip()));
    }
    String detail = String.join(" <- ", parts);
    return detail.length() <= MAX_DETAIL_CHARS
        ? detail
        : detail.substring(0, MAX_DETAIL_CHARS) + "...";
  }

  private static List<Throwable> chain(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = thrown; t != null && chain.size() < MAX_CAUSES; t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static boolean containsAny(String text, List<String> needles) {
    if (text == null) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return needles.stream().anyMatch(lower::contains);
  }
}
