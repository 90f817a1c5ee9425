/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.denoise;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.denoise.FadedInk;
import io.sparkdenoise.core.denoise.OutputFormats;
import io.sparkdenoise.core.denoise.WorkingScale;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.contracts.BuiltInModel;
import io.sparkdenoise.jobs.executor.ImageFileListing;
import io.sparkdenoise.jobs.executor.TaskOcr;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;

/**
 * The configuration of the {@code denoise} job, read from the {@code denoise} and {@code spark}
 * blocks. Layers, lowest first: {@code reference.conf}, the {@code --config} file, {@code --conf
 * key=value}, the command's flags. Immutable; it stays on the driver (executors get {@link
 * DenoiseParams}).
 *
 * @param spark how the session is set up
 * @param model the model ({@value #MODEL}): default (the built-in one), a model directory or zip
 * @param input path, glob or URI of the archive, or of a Parquet table ({@value #INPUT})
 * @param output the output directory ({@value #OUTPUT})
 * @param reference root of clean pages mirroring the input's layout, or empty ({@value #REFERENCE})
 * @param format files or parquet input; auto decides ({@value #FORMAT})
 * @param mode files (mirrored) or parquet (PNGs in the pages table) output ({@value #OUTPUT_MODE})
 * @param tileSize pixels of a tile's side ({@value #TILE_SIZE})
 * @param margin pixels discarded at tile cuts; empty: the model's receptive radius ({@value
 *     #TILE_MARGIN})
 * @param blend pixels of cross-fade between tiles ({@value #TILE_BLEND})
 * @param batchTiles tiles per forward pass ({@value #BATCH_TILES})
 * @param workingDpi the resolution pages are denoised at ({@value #WORKING_DPI}), 0 for each page's
 *     own; empty for auto: the built-in model's, and off for any other model
 * @param inkDepth the ink depth faded pages are raised to before denoising ({@value #FADED_INK}), 0
 *     for off; empty for auto: the built-in model's, and off for any other model
 * @param formats how outputs are encoded ({@value #JPEG_QUALITY})
 * @param limits decode limits ({@value #MAX_PIXELS}, {@value #MAX_PAGES})
 * @param maxFileBytes larger files are rejected unread ({@value #MAX_FILE_BYTES})
 * @param filesPerTask files one task denoises at most ({@value #FILES_PER_TASK})
 * @param imageColumn the image column of a Parquet input ({@value #PARQUET_IMAGE_COLUMN})
 * @param idColumn the id column of a Parquet input, or empty for the row index ({@value
 *     #PARQUET_ID_COLUMN})
 * @param runId the run id, or empty for {@code run-<UTC time>} ({@value #RUN_ID})
 * @param ocr whether each page is read by Tesseract before and after denoising ({@value #OCR})
 * @param ocrLanguage the Tesseract language code of that reading ({@value #OCR_LANGUAGE})
 * @param resolved every resolved setting by dotted key, for provenance
 */
public record DenoiseConfig(
    SparkOptions spark,
    String model,
    String input,
    String output,
    Optional<String> reference,
    Format format,
    Mode mode,
    int tileSize,
    OptionalInt margin,
    int blend,
    int batchTiles,
    OptionalDouble workingDpi,
    OptionalDouble inkDepth,
    OutputFormats formats,
    DecodeLimits limits,
    long maxFileBytes,
    int filesPerTask,
    String imageColumn,
    Optional<String> idColumn,
    Optional<String> runId,
    boolean ocr,
    String ocrLanguage,
    SortedMap<String, String> resolved) {
  /** Key of the model directory; required. */
  public static final String MODEL = "denoise.model";

  /** Key of the input path, glob or URI; required. */
  public static final String INPUT = "denoise.input";

  /** Key of the output directory; required. */
  public static final String OUTPUT = "denoise.output";

  /** Key of the clean reference root; unset for none. */
  public static final String REFERENCE = "denoise.reference";

  /** Key of the input format: auto, files or parquet. */
  public static final String FORMAT = "denoise.format";

  /** Key of the output mode: files or parquet. */
  public static final String OUTPUT_MODE = "denoise.output-mode";

  /** Key of the tile side in pixels. */
  public static final String TILE_SIZE = "denoise.tile.size";

  /** Key of the tile margin in pixels, or {@value #AUTO}. */
  public static final String TILE_MARGIN = "denoise.tile.margin";

  /** The margin value that takes the model's receptive-field radius. */
  public static final String AUTO = "auto";

  /** Key of the cross-fade width in pixels. */
  public static final String TILE_BLEND = "denoise.tile.blend";

  /** Key of the tiles per forward pass. */
  public static final String BATCH_TILES = "denoise.batch-tiles";

  /**
   * Key of the resolution pages are denoised at: auto, or dpi (0: every page at its own). A page
   * tagged far above it is denoised at a whole fraction of its size ({@link
   * io.sparkdenoise.core.denoise.WorkingScale}).
   */
  public static final String WORKING_DPI = "denoise.working-dpi";

  /**
   * Key of the ink depth faded pages are raised to: auto, or a depth in [0, 1) (0: off). A page
   * whose ink is fainter has its contrast raised before the network sees it ({@link
   * io.sparkdenoise.core.denoise.FadedInk}).
   */
  public static final String FADED_INK = "denoise.faded-ink";

  /** Key of the JPEG quality of JPEG outputs. */
  public static final String JPEG_QUALITY = "denoise.jpeg-quality";

  /** Key of the most pixels of one page. */
  public static final String MAX_PIXELS = "denoise.max-pixels";

  /** Key of the most pages of one file. */
  public static final String MAX_PAGES = "denoise.max-pages";

  /** Key of the largest file read. */
  public static final String MAX_FILE_BYTES = "denoise.max-file-bytes";

  /** Key of the files one task denoises. */
  public static final String FILES_PER_TASK = "denoise.files-per-task";

  /** Key of a Parquet input's image column. */
  public static final String PARQUET_IMAGE_COLUMN = "denoise.parquet.image-column";

  /** Key of a Parquet input's id column; unset uses the row index. */
  public static final String PARQUET_ID_COLUMN = "denoise.parquet.id-column";

  /** Key of the run id. */
  public static final String RUN_ID = "denoise.run-id";

  /** Key of the switch that reads every page with Tesseract before and after denoising. */
  public static final String OCR = "denoise.ocr";

  /** Key of the Tesseract language code pages are read in. */
  public static final String OCR_LANGUAGE = "denoise.ocr-language";

  /** A lower-case letter, then letters, digits, '-' or '_': Spark reads it back as a string. */
  static final Pattern RUN_ID_PATTERN = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

  /** Where the input comes from. */
  public enum Format {
    /** Parquet for a {@code *.parquet} file or a directory holding one, files otherwise. */
    AUTO,
    /** Image files: PNG, JPEG, TIFF (multi-page, bitonal), BMP, GIF. */
    FILES,
    /** A Parquet table with a column of encoded images. */
    PARQUET
  }

  /** Where the denoised pages go. */
  public enum Mode {
    /** Files mirroring the input layout under {@code <output>/files}. */
    FILES,
    /** PNGs in the pages table's {@code output_png} column. */
    PARQUET
  }

  /** Checks every field. */
  public DenoiseConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(margin, "margin");
    Objects.requireNonNull(workingDpi, "workingDpi");
    Objects.requireNonNull(inkDepth, "inkDepth");
    Objects.requireNonNull(formats, "formats");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(ocrLanguage, "ocrLanguage");
    ConfigReader.requireNonBlank(MODEL, model);
    ConfigReader.requireNonBlank(INPUT, input);
    ConfigReader.requireNonBlank(OUTPUT, output);
    ConfigReader.requireNonBlank(PARQUET_IMAGE_COLUMN, imageColumn);
    ConfigReader.requireAtLeast(TILE_SIZE, tileSize, 1);
    ConfigReader.requireAtLeast(BATCH_TILES, batchTiles, 1);
    ConfigReader.requireAtLeast(FILES_PER_TASK, filesPerTask, 1);
    ConfigReader.requireAtLeast(TILE_BLEND, blend, 0);
    ConfigReader.requireIn(
        MAX_FILE_BYTES, (double) maxFileBytes, 1, ImageFileListing.MAX_FILE_BYTES);
    runId.ifPresent(
        id -> {
          if (!RUN_ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException(
                RUN_ID
                    + " must be a lower-case letter then up to 63 lower-case letters, digits, '-'"
                    + " or '_', got '"
                    + id
                    + "'");
          }
        });
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /**
   * The configuration in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static DenoiseConfig from(ConfigReader config) {
    long maxPixels = config.longIntegerAtLeast(MAX_PIXELS, 1);
    return new DenoiseConfig(
        SparkOptions.from(config),
        config.string(MODEL),
        config.string(INPUT),
        config.string(OUTPUT),
        config.optionalString(REFERENCE),
        config.enumValue(FORMAT, Format.class),
        config.enumValue(OUTPUT_MODE, Mode.class),
        config.integer(TILE_SIZE),
        margin(config.string(TILE_MARGIN)),
        config.integer(TILE_BLEND),
        config.integer(BATCH_TILES),
        autoOr(WORKING_DPI, config.string(WORKING_DPI), WorkingScale::new, "a resolution >= 0"),
        autoOr(FADED_INK, config.string(FADED_INK), FadedInk::new, "a depth in [0, 1)"),
        new OutputFormats(config.integerIn(JPEG_QUALITY, 1, 100)),
        new DecodeLimits(maxPixels, config.integerIn(MAX_PAGES, 1, Integer.MAX_VALUE)),
        config.longInteger(MAX_FILE_BYTES),
        config.integer(FILES_PER_TASK),
        config.string(PARQUET_IMAGE_COLUMN),
        config.optionalString(PARQUET_ID_COLUMN),
        config.optionalString(RUN_ID),
        config.bool(OCR),
        config.parsed(OCR_LANGUAGE, TaskOcr::language),
        config.flatten());
  }

  /** Empty for auto, else the number {@code check} accepts (it throws for any other). */
  private static OptionalDouble autoOr(String key, String text, DoubleConsumer check, String what) {
    if (AUTO.equals(text)) {
      return OptionalDouble.empty();
    }
    try {
      double value = Double.parseDouble(text);
      check.accept(value);
      return OptionalDouble.of(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          key + " must be auto or " + what + " (0: off), got '" + text + "'", e);
    }
  }

  /**
   * The working resolution for the model named {@code modelName} ({@code ModelZip.name()}): as set,
   * or for auto the built-in model's, and off for any other.
   */
  public WorkingScale workingScale(String modelName) {
    if (workingDpi.isPresent()) {
      return new WorkingScale(workingDpi.getAsDouble());
    }
    return BuiltInModel.URI.equals(modelName)
        ? new WorkingScale(BuiltInModel.WORKING_DPI)
        : WorkingScale.OFF;
  }

  /**
   * How faded pages are raised for the model named {@code modelName}: as set, or for auto the
   * built-in model's depth, and off for any other (a model trained on your own scans has learnt
   * their ink).
   */
  public FadedInk fadedInk(String modelName) {
    if (inkDepth.isPresent()) {
      return new FadedInk(inkDepth.getAsDouble());
    }
    return BuiltInModel.URI.equals(modelName) ? new FadedInk(BuiltInModel.INK_DEPTH) : FadedInk.OFF;
  }

  private static OptionalInt margin(String text) {
    if (AUTO.equals(text)) {
      return OptionalInt.empty();
    }
    try {
      int margin = Integer.parseInt(text.strip());
      if (margin >= 0) {
        return OptionalInt.of(margin);
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        TILE_MARGIN + " must be auto or an integer >= 0, got '" + text + "'");
  }
}
