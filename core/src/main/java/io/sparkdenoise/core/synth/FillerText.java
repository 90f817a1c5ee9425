/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Text that looks like prose to a scanner and means nothing: pronounceable words built from random
 * syllables, a few short English function words, numbers, and punctuation, all drawn from one
 * seeded stream (no corpus, so nothing copyrighted). Not thread-safe: one per page.
 */
final class FillerText {
  private static final String[] ONSETS = {
    "", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "ch",
    "cl", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "sp", "st", "th", "tr", "qu"
  };
  private static final String[] VOWELS = {
    "a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "ie", "io", "ou", "y"
  };
  private static final String[] CODAS = {
    "", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "x", "ck", "ng", "rs"
  };
  private static final String[] FUNCTION_WORDS = {
    "a", "an", "the", "of", "in", "to", "and", "or", "is", "on", "by", "for", "with", "at", "as",
    "from", "that", "this", "be", "not"
  };
  private static final double FUNCTION_WORD_SHARE = 0.3;
  private static final double NUMBER_SHARE = 0.03;
  private static final double COMMA_SHARE = 0.08;
  private static final int MIN_SENTENCE = 4;
  private static final int MAX_SENTENCE = 22;
  private static final int MAX_SYLLABLES = 4;
  private static final int YEAR_FROM = 1900;
  private static final int YEARS = 130;

  private final SplittableRandom rng;

  FillerText(SplittableRandom rng) {
    this.rng = rng;
  }

  /** One word of 1 to 4 syllables, short ones likelier, or a function word. */
  String word() {
    if (rng.nextDouble() < FUNCTION_WORD_SHARE) {
      return pick(FUNCTION_WORDS);
    }
    int syllables = 1 + Math.min(rng.nextInt(MAX_SYLLABLES), rng.nextInt(MAX_SYLLABLES));
    StringBuilder w = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      w.append(pick(ONSETS)).append(pick(VOWELS));
    }
    return w.append(pick(CODAS)).toString();
  }

  /** A number as printed in text and tables: a count, a decimal, a percentage or a year. */
  String number() {
    return switch (rng.nextInt(4)) {
      case 0 -> Integer.toString(rng.nextInt(1, 1000));
      case 1 -> String.format(Locale.ROOT, "%.2f", rng.nextDouble() * 100);
      case 2 -> rng.nextInt(1, 100) + "%";
      default -> String.format(Locale.ROOT, "%,d", rng.nextInt(1000, 100_000));
    };
  }

  /** A year, e.g. in a heading or a date line. */
  String year() {
    return Integer.toString(YEAR_FROM + rng.nextInt(YEARS));
  }

  /** The words of a few sentences, punctuation attached, the first letter of each capitalised. */
  List<String> sentences(int count) {
    List<String> words = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      int length = rng.nextInt(MIN_SENTENCE, MAX_SENTENCE + 1);
      for (int i = 0; i < length; i++) {
        String w = rng.nextDouble() < NUMBER_SHARE ? number() : word();
        if (i == 0) {
          w = capitalised(w);
        }
        if (i == length - 1) {
          w += rng.nextInt(8) == 0 ? (rng.nextBoolean() ? "?" : ":") : ".";
        } else if (rng.nextDouble() < COMMA_SHARE) {
          w += rng.nextInt(6) == 0 ? ";" : ",";
        }
        words.add(w);
      }
    }
    return words;
  }

  /** A title-case phrase of {@code min} to {@code max} words. */
  String title(int min, int max) {
    int length = rng.nextInt(min, max + 1);
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String w = word();
      t.append(i == 0 ? "" : " ").append(i == 0 || w.length() > 3 ? capitalised(w) : w);
    }
    return t.toString();
  }

  /** A table cell: a number, or one or two words. */
  String cell() {
    return rng.nextBoolean() ? number() : rng.nextInt(3) == 0 ? word() + " " + word() : word();
  }

  private String pick(String[] choices) {
    return choices[rng.nextInt(choices.length)];
  }

  static String capitalised(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
