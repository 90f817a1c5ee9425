/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.pages;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.TiffCompression;
import io.sparkdenoise.core.ingest.TextSidecars;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.core.synth.DocumentPages;
import io.sparkdenoise.core.synth.FontFiles;
import io.sparkdenoise.core.synth.PageTones;
import io.sparkdenoise.core.synth.PaperSize;
import io.sparkdenoise.core.synth.RenderedPage;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.executor.HadoopConf;
import io.sparkdenoise.jobs.spark.AtomicCommit;
import io.sparkdenoise.jobs.spark.ObjectStores;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * The pages job: renders {@link PagesConfig#count()} clean pages ({@link DocumentPages}) on the
 * executors and writes each as one file, {@code page-<index>.<png|tif>} (index zero-padded to six
 * digits), with the text drawn on it beside it, {@code page-<index>.txt} (UTF-8, reading order, one
 * line per line: the ground truth that ingest reads into the images table's text column), into the
 * output directory, published atomically with {@code _provenance.json} (nothing is visible until
 * every page is written). Page {@code i} depends only on (seed, i, paper, dpi, font files), so any
 * cluster layout writes the same files, and a larger corpus is the same seed with a later {@link
 * PagesConfig#first()}.
 */
public final class PagesJob {
  /** The job's name: launcher command, provenance and staging directories. */
  public static final String JOB = "pages";

  private PagesJob() {}

  /** Renders, writes and publishes the pages. */
  public static PagesResult run(SparkSession spark, PagesConfig config) throws IOException {
    Stopwatch watch = Stopwatch.start();
    ObjectStores.checkTarget(spark, config.output());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HadoopConf> conf =
        jsc.broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
    PageFonts fonts = PageFonts.read(spark.sparkContext().hadoopConfiguration(), config.fontUris());
    Broadcast<FontFiles> fontFiles = jsc.broadcast(fonts.files());
    List<Integer> indices = new ArrayList<>(config.count());
    for (int i = 0; i < config.count(); i++) {
      indices.add(config.first() + i);
    }
    int partitions = config.partitions() > 0 ? config.partitions() : jsc.defaultParallelism();
    long[] bytes = new long[1];
    Path target =
        AtomicCommit.table(spark, config.output(), JOB)
            .write(
                staging -> {
                  PageWriter writer =
                      new PageWriter(
                          conf,
                          staging,
                          config.seed(),
                          config.paper(),
                          config.dpi(),
                          config.tones(),
                          fontFiles,
                          config.format());
                  bytes[0] =
                      jsc.parallelize(indices, Math.min(partitions, indices.size()))
                          .mapPartitions(writer::write)
                          .fold(0L, Long::sum);
                  Path dir = new Path(staging);
                  conf.value()
                      .fileSystem(dir)
                      .create(new Path(dir, AtomicCommit.SUCCESS_FILE))
                      .close();
                },
                provenance(spark, config, fonts));
    return new PagesResult(
        config.count(),
        bytes[0],
        config.paper().widthPixels(config.dpi()),
        config.paper().heightPixels(config.dpi()),
        config.dpi(),
        watch.seconds(),
        target.toString());
  }

  /** The file name of page {@code index}. */
  public static String fileName(int index, PagesConfig.PageFormat format) {
    return String.format(Locale.ROOT, "page-%06d.%s", index, format.id());
  }

  /** The file name of page {@code index}'s text. */
  public static String textFileName(int index) {
    return String.format(Locale.ROOT, "page-%06d.%s", index, TextSidecars.EXTENSION);
  }

  private static Provenance provenance(SparkSession spark, PagesConfig config, PageFonts fonts) {
    return Provenance.capture(
        JOB,
        config.resolved(),
        Map.of(PagesConfig.SEED, config.seed()),
        fonts.inputs(),
        Map.of("spark", spark.version()),
        Clock.systemUTC());
  }

  /** Runs on the executors: renders, encodes and writes the pages of one partition. */
  private record PageWriter(
      Broadcast<HadoopConf> conf,
      String dir,
      long seed,
      PaperSize paper,
      int dpi,
      PageTones tones,
      Broadcast<FontFiles> fonts,
      PagesConfig.PageFormat format)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    Iterator<Long> write(Iterator<Integer> indices) throws IOException {
      DocumentPages pages = DocumentPages.of(seed, paper, dpi, tones).withFonts(fonts.value());
      EncodeOptions options =
          (format == PagesConfig.PageFormat.PNG
                  ? EncodeOptions.png()
                  : EncodeOptions.tiff(TiffCompression.LZW))
              .withDpi(dpi);
      Path base = new Path(dir);
      FileSystem fs = conf.value().fileSystem(base);
      long written = 0;
      while (indices.hasNext()) {
        int index = indices.next();
        RenderedPage page = pages.renderWithText(index);
        byte[] bytes = ImageCodec.encode(page.image(), options);
        try (OutputStream out = fs.create(new Path(base, fileName(index, format)), true)) {
          out.write(bytes);
        }
        try (OutputStream out = fs.create(new Path(base, textFileName(index)), true)) {
          out.write(page.text().getBytes(StandardCharsets.UTF_8));
        }
        written += bytes.length;
      }
      return List.of(written).iterator();
    }
  }
}
