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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
 * @param fonts font files, or directories of them, to draw in besides the JVM's logical fonts,
 *     comma-separated URIs ({@value #FONTS}; empty: none)
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
    String fonts,
    long seed,
    int partitions,
    SortedMap<String, String> resolved) {
  /** Key of the output directory URI; required. */
  public static final String OUTPUT = "pages.output";

  /** Key of the page count. */
  public static final String COUNT = "pages.count";

  /** Key of the first page index. */
  public static final String FIRST = "pages.first";

  /** Key of the paper size: a4 or letter. */
  public static final String PAPER = "pages.paper";

  /** Key of the resolution in dpi. */
  public static final String DPI = "pages.dpi";

  /** Key of the file format: png or tif. */
  public static final String FORMAT = "pages.format";

  /** Key of the tones: scanned (paper 0.94 to 1, ink 0 to 0.2) or white (paper 1, ink 0 to 0.2). */
  public static final String TONES = "pages.tones";

  /** Key of the font files or directories, comma-separated; empty for the logical fonts only. */
  public static final String FONTS = "pages.fonts";

  /** Key of the corpus seed. */
  public static final String SEED = "pages.seed";

  /** Key of the task count. */
  public static final String PARTITIONS = "pages.partitions";

  /** Most pages one run renders. */
  static final int MAX_COUNT = 10_000_000;

  /** Checks every field. */
  public PagesConfig {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tones, "tones");
    Objects.requireNonNull(fonts, "fonts");
    ConfigReader.requireNonBlank(OUTPUT, output);
    ConfigReader.requireIn(COUNT, count, 1, MAX_COUNT);
    if (first < 0 || (long) first + count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          FIRST + " must be >= 0 and first + count fit in an int, got " + first);
    }
    ConfigReader.requireIn(DPI, dpi, DocumentPages.MIN_DPI, DocumentPages.MAX_DPI);
    ConfigReader.requireAtLeast(PARTITIONS, partitions, 0);
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
        config.integer(COUNT),
        config.integer(FIRST),
        config.parsed(PAPER, PaperSize::byId),
        config.integer(DPI),
        PageFormat.byId(config.string(FORMAT)),
        tones(config.string(TONES)),
        config.string(FONTS),
        config.longInteger(SEED),
        config.integer(PARTITIONS),
        config.flatten());
  }

  /** The font files' and directories' URIs, in the order given. */
  public List<String> fontUris() {
    return Arrays.stream(fonts.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
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
