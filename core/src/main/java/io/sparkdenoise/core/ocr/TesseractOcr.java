/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.ocr;

import io.sparkdenoise.core.image.Image;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;

/**
 * Tesseract 5 (the bytedeco preset) reading gray pages: the text, and each word's confidence. Pages
 * are given as 8-bit gray, colour pages converted by {@link Image#toGray()}.
 *
 * <p>One instance holds one Tesseract engine (about 30 MB for English): not thread-safe, so use one
 * per thread or task, and close it. Tesseract's OpenMP threads make a page slower on a busy
 * machine; {@code OMP_THREAD_LIMIT=1} in the environment before the JVM starts turns them off.
 * Neither the launcher nor the profiles set it: ND4J runs on an OpenMP runtime too, and whether the
 * limit also caps ND4J's threads in the same JVM is not measured.
 */
public final class TesseractOcr implements OcrReader, AutoCloseable {
  /** Tesseract's page segmentation modes used here. */
  public enum Layout {
    /** Fully automatic page segmentation: columns, blocks, lines (Tesseract's default, 3). */
    AUTO(tesseract.PSM_AUTO),
    /** One uniform block of text, as {@code tesseract --psm 6} (the peers' documents.py). */
    SINGLE_BLOCK(tesseract.PSM_SINGLE_BLOCK);

    private final int mode;

    Layout(int mode) {
      this.mode = mode;
    }
  }

  private static final int MAX_LEVEL = 255;
  private final TessBaseAPI api;

  /**
   * An engine reading {@code language} with its data in {@code tessdata} (see {@link Tessdata}).
   *
   * @throws OcrUnavailableException when Tesseract does not start with that data
   */
  public TesseractOcr(Path tessdata, String language, Layout layout) {
    api = new TessBaseAPI();
    if (api.Init(tessdata.toString(), language) != 0) {
      api.close();
      throw new OcrUnavailableException(
          "Tesseract did not start with language '" + language + "' from " + tessdata);
    }
    api.SetPageSegMode(layout.mode);
    api.SetVariable("debug_file", "/dev/null");
  }

  /** Reads one page. */
  @Override
  public OcrResult read(Image page) {
    Image gray = page.toGray();
    int w = gray.width();
    int h = gray.height();
    byte[] pixels = new byte[w * h];
    float[] s = gray.samples();
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) Math.round(Math.min(1f, Math.max(0f, s[i])) * MAX_LEVEL);
    }
    api.SetImage(pixels, w, h, 1, w);
    try {
      api.Recognize(null);
      int words = 0;
      double confidence = 0;
      try (ResultIterator it = api.GetIterator()) {
        if (it != null && !it.isNull() && !it.Empty(tesseract.RIL_WORD)) {
          do {
            if (!wordText(it).isBlank()) {
              confidence += it.Confidence(tesseract.RIL_WORD);
              words++;
            }
          } while (it.Next(tesseract.RIL_WORD));
        }
      }
      return new OcrResult(text(), words, words == 0 ? Double.NaN : confidence / words);
    } finally {
      api.Clear();
    }
  }

  private String text() {
    return string(api.GetUTF8Text());
  }

  private static String wordText(ResultIterator it) {
    return string(it.GetUTF8Text(tesseract.RIL_WORD));
  }

  /** The UTF-8 text of a pointer Tesseract allocated, which is then freed. */
  private static String string(BytePointer text) {
    try {
      return text == null || text.isNull() ? "" : text.getString(StandardCharsets.UTF_8);
    } finally {
      if (text != null) {
        text.deallocate();
      }
    }
  }

  /** Frees the engine. */
  @Override
  public void close() {
    api.End();
    api.close();
  }
}
