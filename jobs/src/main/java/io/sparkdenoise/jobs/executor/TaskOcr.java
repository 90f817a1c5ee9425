/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.executor;

import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.ocr.OcrReader;
import io.sparkdenoise.core.ocr.OcrResult;
import io.sparkdenoise.core.ocr.OcrUnavailableException;
import io.sparkdenoise.core.ocr.Tessdata;
import io.sparkdenoise.core.ocr.TesseractOcr;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The Tesseract engine of one Spark task (one language, automatic page segmentation, so that
 * columns are read in reading order like the ground-truth text), started when the task first reads
 * a page and freed by {@link #close} or, at the latest, when the task ends (a task completion
 * listener, so a failed task frees it too). An engine is not thread-safe and holds about 30 MB, so
 * a task gets its own and the executor's tasks run theirs side by side. Not thread-safe: use it
 * from its task's thread.
 */
public final class TaskOcr implements OcrReader, AutoCloseable {
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_]+");

  private final String language;
  private TesseractOcr engine;

  /** An engine for {@code language}, a code checked by {@link #language}, not started yet. */
  public TaskOcr(String language) {
    this.language = language(language);
  }

  /**
   * {@code code} when it names one Tesseract language, e.g. {@code eng}, {@code deu} or {@code
   * chi_sim} (whose data is {@code <code>.traineddata}).
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String language(String code) {
    if (!LANGUAGE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "must be one Tesseract language code such as eng or deu (letters, digits and _)");
    }
    return code;
  }

  /**
   * The directory of {@code language}'s data in this JVM's environment.
   *
   * @throws OcrUnavailableException in one line naming what to install, when it is missing
   */
  public static Path requireLanguageData(String language) {
    return Tessdata.require(System.getenv(), language(language));
  }

  /**
   * What Tesseract reads on {@code page}.
   *
   * @throws OcrUnavailableException when this executor has no language data
   */
  @Override
  public OcrResult read(Image page) {
    if (engine == null) {
      engine = new TesseractOcr(requireLanguageData(language), language, TesseractOcr.Layout.AUTO);
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((TaskCompletionListener) context -> close());
      }
    }
    return engine.read(page);
  }

  /** Frees the engine, if started; a later {@link #read} starts another. */
  @Override
  public void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
