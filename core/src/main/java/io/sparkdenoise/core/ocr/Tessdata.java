/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where Tesseract's language data lives: the directory holding {@code <language>.traineddata}.
 * Looked up, in order, in {@code $TESSDATA_PREFIX} (the directory itself, or its {@code tessdata}
 * child, as Tesseract accepts both), then where Debian's {@code tesseract-ocr-eng} package and
 * other distributions put it.
 */
public final class Tessdata {
  /** The directories tried after the environment variable, in order. */
  public static final List<Path> SYSTEM_DIRECTORIES =
      List.of(
          Path.of("/usr/share/tesseract-ocr/5/tessdata"),
          Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
          Path.of("/usr/share/tessdata"),
          Path.of("/usr/local/share/tessdata"));

  /** The environment variable Tesseract itself reads. */
  public static final String PREFIX_VARIABLE = "TESSDATA_PREFIX";

  private Tessdata() {}

  /** The directories tried for {@code environment}, in order. */
  public static List<Path> candidates(Map<String, String> environment) {
    List<Path> dirs = new ArrayList<>();
    String prefix = environment.get(PREFIX_VARIABLE);
    if (prefix != null && !prefix.isBlank()) {
      dirs.add(Path.of(prefix));
      dirs.add(Path.of(prefix, "tessdata"));
    }
    dirs.addAll(SYSTEM_DIRECTORIES);
    return dirs;
  }

  /** The first candidate holding {@code <language>.traineddata}, if any. */
  public static Optional<Path> locate(Map<String, String> environment, String language) {
    return candidates(environment).stream()
        .filter(dir -> Files.isRegularFile(dir.resolve(language + ".traineddata")))
        .findFirst();
  }

  /**
   * The directory for {@code language}, or an {@link OcrUnavailableException} whose one line names
   * the places searched and the package to install.
   */
  public static Path require(Map<String, String> environment, String language) {
    return locate(environment, language)
        .orElseThrow(
            () ->
                new OcrUnavailableException(
                    "OCR needs Tesseract's language data, but there is no "
                        + language
                        + ".traineddata in "
                        + candidates(environment)
                        + ": install it (Debian: apt-get install tesseract-ocr-"
                        + language
                        + ") or set "
                        + PREFIX_VARIABLE
                        + " to the directory holding it"));
  }
}
