/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.metrics;

/**
 * The character error rate of recognised text against a reference: the Levenshtein distance
 * (insertions, deletions and substitutions of characters, each costing 1) over the reference's
 * length, after folding every run of white space to one space and trimming both ends, as OCR
 * benchmarks usually count it. 0 is perfect; it exceeds 1 when the text holds more wrong characters
 * than the reference has. Characters are Unicode code points.
 */
public final class CharacterErrorRate {
  private CharacterErrorRate() {}

  /** The rate of {@code text} against {@code reference}; NaN when the folded reference is empty. */
  public static double of(String text, String reference) {
    int[] ref = fold(reference);
    if (ref.length == 0) {
      return Double.NaN;
    }
    return (double) distance(fold(text), ref) / ref.length;
  }

  /**
   * The Levenshtein distance between two strings, unfolded: insertions, deletions and substitutions
   * of code points, each costing 1.
   */
  public static int editDistance(String a, String b) {
    return distance(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** The Levenshtein distance between two code-point sequences, in two rows of memory. */
  static int distance(int[] a, int[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }

  private static int[] fold(String text) {
    return String.join(" ", text.strip().split("\\s+")).codePoints().toArray();
  }
}
