/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.bench;

import io.sparkdenoise.core.codec.DecodeLimits;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.denoise.ArchiveDenoiser;
import io.sparkdenoise.core.denoise.OutputFormats;
import io.sparkdenoise.core.denoise.PageResult;
import io.sparkdenoise.core.denoise.TiledDenoiser;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.model.Loss;
import io.sparkdenoise.core.model.ModelDenoiser;
import io.sparkdenoise.core.model.Preset;
import io.sparkdenoise.core.model.TrainingOptions;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.plan.InferenceTiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.Pointer;

/**
 * Denoising throughput and peak memory of whole A4 pages at 300 dpi (2480 x 3508, 8.7 megapixels)
 * against the tile size, for the {@code seed} and {@code dncnn} presets: the page is rendered text
 * (the JVM's fonts, paragraphs of varied sizes) with Gaussian noise sigma 25, stored as an 8-bit
 * PNG, and goes through exactly what a denoise task does with it ({@link ArchiveDenoiser}: band
 * reading, tiled inference with the margin of the network's receptive field and an 8-pixel blend,
 * streaming sigma-hat, PNG encoding). The networks are untrained: the work does not depend on the
 * weights.
 *
 * <p>Memory is sampled every 20 ms: the JVM heap (the sum of the heap pools' used bytes), JavaCPP's
 * off-heap bytes ({@link Pointer#totalBytes()}) and the process's resident set ({@link
 * Pointer#physicalBytes()}); the table shows each one's peak during the page above its value before
 * the page.
 *
 * <p>Work against the hardware: each row gives the network's multiply-adds per pixel ({@link
 * io.sparkdenoise.core.model.ModelSummary#macsPerPixel}, convolutions only), the pixels the network
 * actually computed over the page's pixels (tiles overlap by their margins, and the page's edges
 * are mirror-padded), and the FLOP/s (2 per multiply-add) counted on the page's pixels and on the
 * computed ones. With {@code PEAK_GFLOPS} in the environment (one core's peak, e.g. from {@link
 * PeakFlops}) it also gives each as a share of that peak.
 *
 * <p>Usage: {@code OMP_NUM_THREADS=1 java -Xmx4g -cp bench/target/benchmarks.jar
 * io.sparkdenoise.bench.DenoiseThroughput OUT_FILE PRESETS TILES [ROWS [BATCH]]} (e.g. {@code
 * seed,dncnn 128,256,512,1024}); appends one Markdown table row per preset and tile to OUT_FILE.
 * ROWS keeps only the page's top rows (a full-width strip), for the slow presets; default the whole
 * page. BATCH is the tiles per forward pass ({@code denoise.batch-tiles}), default 1.
 */
public final class DenoiseThroughput {
  static final int A4_WIDTH = 2480;
  static final int A4_HEIGHT = 3508;
  private static final int BLEND = 8;
  private static final int BATCH_DEFAULT = 1;

  /** The size the work per pixel is counted on (it does not depend on the size). */
  private static final int NOMINAL_TILE = 64;

  private static final long SAMPLE_MILLIS = 20;
  private static final double MIB = 1024.0 * 1024.0;
  private static final long NOISE_SEED = 25;

  private DenoiseThroughput() {}

  /** Runs the table; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    List<String> presets = List.of(args[1].split(","));
    List<Integer> tiles = List.of(args[2].split(",")).stream().map(Integer::parseInt).toList();
    int rows = args.length > 3 ? Integer.parseInt(args[3]) : A4_HEIGHT;
    int batch = args.length > 4 ? Integer.parseInt(args[4]) : BATCH_DEFAULT;
    byte[] page = a4Page(rows);
    int cores = Integer.parseInt(System.getenv().getOrDefault("OMP_NUM_THREADS", "1"));
    String peak = System.getenv("PEAK_GFLOPS");
    try (PrintWriter table =
        new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      table.println(
          "| preset | page | tile | margin | batch | tiles | seconds | MP/s | MP/s per core"
              + " | heap peak MiB | JavaCPP peak MiB | RSS peak MiB | MACs/pixel"
              + " | computed/page pixels | GFLOP/s per core on page pixels | on computed pixels"
              + " | share of peak, page | share of peak, computed |");
      table.println(
          "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (String id : presets) {
        Dl4jNetwork network = Preset.byId(id).build(TrainingOptions.of(Loss.MSE, 1));
        double macs = network.summary(NOMINAL_TILE, NOMINAL_TILE).macsPerPixel();
        ModelDenoiser model = new ModelDenoiser("model", network, batch);
        for (int tile : tiles) {
          Row row = row(id, model, tile, page, rows, batch);
          table.println(row.markdown(macs, cores, peak == null ? 0 : Double.parseDouble(peak)));
          table.flush();
        }
      }
    }
  }

  private static Row row(String id, ModelDenoiser model, int tile, byte[] page, int rows, int batch)
      throws Exception {
    int margin = model.receptiveRadius();
    InferenceTiles plan = new InferenceTiles(tile, margin, BLEND, model.sizeMultiple());
    ArchiveDenoiser denoiser =
        new ArchiveDenoiser(
            new TiledDenoiser(model, plan, batch), new OutputFormats(90), DecodeLimits.DEFAULT);
    System.gc();
    Sampler sampler = new Sampler();
    long start = System.nanoTime();
    List<PageResult> results;
    sampler.start();
    try {
      results = denoiser.denoiseFile(page, "a4", Optional.empty(), new ByteArrayOutputStream());
    } finally {
      sampler.finish();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double computed = (double) spanned(plan, rows) * spanned(plan, A4_WIDTH);
    return new Row(
        id, rows, tile, margin, batch, results.get(0).tiles(), seconds, computed, sampler);
  }

  /** Pixels the spans of a length read, margins and mirrored edges included. */
  private static long spanned(InferenceTiles plan, int length) {
    return plan.spans(length).stream().mapToLong(InferenceTiles.Span::length).sum();
  }

  /** One measured page: what the table prints of it. */
  private record Row(
      String preset,
      int rows,
      int tile,
      int margin,
      int batch,
      int tiles,
      double seconds,
      double computedPixels,
      Sampler memory) {
    String markdown(double macsPerPixel, int cores, double peakGflops) {
      double pagePixels = (double) A4_WIDTH * rows;
      double perCore = pagePixels / seconds / cores;
      double onPage = 2 * macsPerPixel * perCore / 1e9;
      double onComputed = onPage * computedPixels / pagePixels;
      return String.format(
          Locale.ROOT,
          "| %s | %dx%d | %d | %d | %d | %d | %.1f | %.3f | %.3f | %.0f | %.0f | %.0f | %,.0f | %.2f"
              + " | %.1f | %.1f | %s | %s |",
          preset,
          A4_WIDTH,
          rows,
          tile,
          margin,
          batch,
          tiles,
          seconds,
          pagePixels / seconds / 1e6,
          perCore / 1e6,
          memory.heap / MIB,
          memory.javacpp / MIB,
          memory.rss / MIB,
          macsPerPixel,
          computedPixels / pagePixels,
          onPage,
          onComputed,
          share(onPage, peakGflops),
          share(onComputed, peakGflops));
    }

    private static String share(double gflops, double peak) {
      return peak > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * gflops / peak) : "-";
    }
  }

  /**
   * The top {@code rows} rows of a 300 dpi A4 page of rendered text with Gaussian noise sigma 25,
   * as an 8-bit gray PNG.
   */
  static byte[] a4Page(int rows) {
    BufferedImage page = new BufferedImage(A4_WIDTH, A4_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, A4_WIDTH, A4_HEIGHT);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    SplittableRandom random = new SplittableRandom(NOISE_SEED);
    String words = "the quick brown fox jumps over the lazy dog archive scan page denoise ";
    int y = 200;
    while (y < A4_HEIGHT - 200) {
      int size = 30 + random.nextInt(40);
      g.setFont(new Font(random.nextBoolean() ? Font.SERIF : Font.SANS_SERIF, Font.PLAIN, size));
      StringBuilder line = new StringBuilder();
      while (g.getFontMetrics().stringWidth(line.toString()) < A4_WIDTH - 500) {
        int from = random.nextInt(words.length() - 10);
        line.append(words, from, from + 8);
      }
      g.drawString(line.toString(), 200, y);
      y += size * 3 / 2 + (random.nextInt(6) == 0 ? 80 : 0);
    }
    g.dispose();
    float[] samples = new float[A4_WIDTH * A4_HEIGHT];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (page.getRaster().getDataBuffer().getElem(i) & 0xFF) / 255f;
    }
    float[] top = java.util.Arrays.copyOf(samples, A4_WIDTH * rows);
    Image clean = Image.of("a4", rows, A4_WIDTH, Image.GRAY, top);
    Image noisy =
        NoisePlanner.generate(NoiseSpec.parse("gaussian:sigma=25"), NOISE_SEED, clean).image();
    return ImageCodec.encode(noisy, EncodeOptions.png().withDpi(300));
  }

  /** Peaks of heap used, JavaCPP bytes and RSS of the whole JVM, sampled on a thread. */
  private static final class Sampler extends Thread {
    private volatile boolean running = true;
    long heap;
    long javacpp;
    long rss;

    Sampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        sample();
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() throws InterruptedException {
      running = false;
      join();
      sample();
    }

    private synchronized void sample() {
      heap = Math.max(heap, heapUsed());
      javacpp = Math.max(javacpp, Pointer.totalBytes());
      rss = Math.max(rss, Pointer.physicalBytes());
    }

    private static long heapUsed() {
      long used = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          used += pool.getUsage().getUsed();
        }
      }
      return used;
    }
  }
}
