/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pages;

import io.sparkdenoise.core.synth.DocumentPages;
import io.sparkdenoise.core.synth.PageTones;
import io.sparkdenoise.core.synth.PaperSize;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configuration of the {@code pages} job, read from the {@code pages} and {@code spark} blocks.
 * Layers, lowest first: {@code reference.conf}, the {@code --config} file, {@code --conf
 * key=value}, the command's flags. Immutable; stays on the driver (executors get the seed, paper,
 * dpi and format only).
 *
 * @param spark how the session is set up
 * @param output URI of the directory to write ({@value #OUTPUT})
 * @param count pages to render ({@value #COUNT})
 * @param first index of the first page ({@value #FIRST}): a corpus grows by rendering further
 *     indices with the same seed
 * @param paper the paper size ({@value #PAPER})
 * @param dpi the resolution ({@value #DPI})
 * @param format the file format ({@value #FORMAT})
 * @param tones the paper and ink tones ({@value #TONES}): scanned or white
 * @param seed the corpus seed ({@value #SEED})
 * @param partitions tasks to render in, 0 for Spark's default parallelism ({@value #PARTITIONS})
 * @param resolved every resolved setting by dotted key, recorded in the output's provenance
 */
public record PagesConfig(
    SparkOptions spark,
    String output,
    int count,
    int first,
    PaperSize paper,
    int dpi,
    PageFormat format,
    PageTones tones,
    long seed,
    int partitions,
    SortedMap<String, String> resolved) {
  /** Key of the output directory URI; required. */
  public static final String OUTPUT = "pages.output";

  /** Key of the page count. */
  public static final String COUNT = "pages.count";

  /** Default page count. */
  public static final int COUNT_DEFAULT = 100;

  /** Key of the first page index. */
  public static final String FIRST = "pages.first";

  /** Default first index. */
  public static final int FIRST_DEFAULT = 0;

  /** Key of the paper size: a4 or letter. */
  public static final String PAPER = "pages.paper";

  /** Default paper size. */
  public static final String PAPER_DEFAULT = "a4";

  /** Key of the resolution in dpi. */
  public static final String DPI = "pages.dpi";

  /** Default resolution. */
  public static final int DPI_DEFAULT = 200;

  /** Key of the file format: png or tif. */
  public static final String FORMAT = "pages.format";

  /** Default format. */
  public static final String FORMAT_DEFAULT = "png";

  /** Key of the tones: scanned (paper 0.94 to 1, ink 0 to 0.2) or white (paper 1, ink 0 to 0.2). */
  public static final String TONES = "pages.tones";

  /** Default tones. */
  public static final String TONES_DEFAULT = "scanned";

  /** Key of the corpus seed. */
  public static final String SEED = "pages.seed";

  /** Default seed. */
  public static final long SEED_DEFAULT = 0L;

  /** Key of the task count. */
  public static final String PARTITIONS = "pages.partitions";

  /** Default task count: Spark's default parallelism. */
  public static final int PARTITIONS_DEFAULT = 0;

  /** Most pages one run renders. */
  static final int MAX_COUNT = 10_000_000;

  /** Checks every field. */
  public PagesConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tones, "tones");
    Objects.requireNonNull(output, OUTPUT);
    if (output.isBlank()) {
      throw new IllegalArgumentException(OUTPUT + " must not be blank");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException(COUNT + " must be in [1, 10000000], got " + count);
    }
    if (first < 0 || (long) first + count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          FIRST + " must be >= 0 and first + count fit in an int, got " + first);
    }
    if (dpi < DocumentPages.MIN_DPI || dpi > DocumentPages.MAX_DPI) {
      throw new IllegalArgumentException(DPI + " must be in [72, 600], got " + dpi);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException(
          PARTITIONS + " must be >= 0 (0: Spark's default), got " + partitions);
    }
    resolved = Collections.unmodifiableSortedMap(new TreeMap<>(resolved));
  }

  /**
   * The configuration in {@code config}.
   *
   * @throws IllegalArgumentException naming the key and the bad value
   */
  public static PagesConfig from(ConfigReader config) {
    return new PagesConfig(
        SparkOptions.from(config),
        config.string(OUTPUT),
        config.has(COUNT) ? config.integer(COUNT) : COUNT_DEFAULT,
        config.has(FIRST) ? config.integer(FIRST) : FIRST_DEFAULT,
        paper(config.has(PAPER) ? config.string(PAPER) : PAPER_DEFAULT),
        config.has(DPI) ? config.integer(DPI) : DPI_DEFAULT,
        PageFormat.byId(config.has(FORMAT) ? config.string(FORMAT) : FORMAT_DEFAULT),
        tones(config.has(TONES) ? config.string(TONES) : TONES_DEFAULT),
        config.has(SEED) ? config.longInteger(SEED) : SEED_DEFAULT,
        config.has(PARTITIONS) ? config.integer(PARTITIONS) : PARTITIONS_DEFAULT,
        config.flatten());
  }

  private static PaperSize paper(String id) {
    try {
      return PaperSize.byId(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(PAPER + ": " + e.getMessage(), e);
    }
  }

  private static PageTones tones(String id) {
    return switch (id.toLowerCase(Locale.ROOT)) {
      case "scanned" -> PageTones.SCANNED;
      case "white" -> PageTones.WHITE;
      default -> throw new IllegalArgumentException(TONES + " must be scanned or white, got " + id);
    };
  }

  /** The file format of the pages. */
  public enum PageFormat {
    /** 8-bit gray PNG. */
    PNG("png"),
    /** 8-bit gray TIFF, LZW-compressed. */
    TIF("tif");

    private final String id;

    PageFormat(String id) {
      this.id = id;
    }

    /** The name in configs and the file extension. */
    public String id() {
      return id;
    }

    static PageFormat byId(String id) {
      for (PageFormat f : values()) {
        if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw new IllegalArgumentException(FORMAT + " must be png or tif, got " + id);
    }
  }
}
