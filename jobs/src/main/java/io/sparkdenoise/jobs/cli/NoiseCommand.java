/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.image.Image;
import io.sparkdenoise.core.noise.NoisePlanner;
import io.sparkdenoise.core.noise.NoiseSpec;
import io.sparkdenoise.core.noise.NoisyImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-denoise noise}: adds noise to an image file. The noise depends only on the seed, the
 * input's file name (and page) and the noise spec, exactly as on the cluster.
 */
@Command(
    name = "noise",
    mixinStandardHelpOptions = true,
    description = {
      "Adds noise to an image file (every page of a multi-page TIFF).",
      "Models and their parameters (levels on the 0-255 scale):",
      "  gaussian     sigma",
      "  salt-pepper  amount (fraction of samples), salt (share of white, default 0.5)",
      "  speckle      sigma (relative: x + x*sigma*N(0,1))",
      "  poisson      peak (photons at full white)",
      "  scanner      blur (px), noise (0-255), specks (per pixel), light (shading depth), jpeg"
          + " (quality, 0 off)",
      "  scan         the scanner's parameters, plus stains (per million pixels), stain-radius"
          + " (px), stain-depth, bitonal (0 off, 1 global, 2 adaptive), cutoff, window (px)",
      "Either --model with parameters, or a full --spec, e.g. 'gaussian:sigma=5..50|salt-pepper:amount=0.05'."
    })
final class NoiseCommand implements Callable<Integer> {
  private final Console console;

  @ArgGroup(multiplicity = "1")
  private Choice choice;

  @Option(names = "--sigma", paramLabel = "S", description = "gaussian or speckle sigma")
  private String sigma;

  @Option(names = "--amount", paramLabel = "A", description = "salt-pepper amount")
  private String amount;

  @Option(names = "--salt", paramLabel = "R", description = "salt-pepper share of white")
  private String salt;

  @Option(names = "--peak", paramLabel = "P", description = "poisson peak")
  private String peak;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "KEY=VALUE",
      description = "any other parameter, e.g. -p jpeg=60 for the scanner")
  private Map<String, String> params = new TreeMap<>();

  @Option(names = "--seed", defaultValue = "0", description = "random seed (default 0)")
  private long seed;

  @Option(names = "--json", description = "print one line of JSON describing what was done")
  private boolean json;

  @Parameters(index = "0", paramLabel = "IN", description = "clean image")
  private Path input;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description = "noisy image (.png .jpg .tif .bmp .gif)")
  private Path output;

  NoiseCommand(Console console) {
    this.console = console;
  }

  /** A model with parameters, or a whole spec. */
  static final class Choice {
    @Option(names = "--model", paramLabel = "NAME", description = "noise model")
    private String model;

    @Option(names = "--spec", paramLabel = "SPEC", description = "noise spec (mixtures, ranges)")
    private String spec;
  }

  @Override
  public Integer call() throws Exception {
    NoiseSpec spec = spec();
    if (sameFile(input, output)) {
      throw new UsageException(
          "IN and OUT are the same file, "
              + output
              + ": the noisy image would replace the clean one; write it to another file");
    }
    List<DecodedPage> pages = ImageFiles.readPages(input);
    List<Image> noisy = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    for (DecodedPage page : pages) {
      NoisyImage result = NoisePlanner.generate(spec, seed, page.image());
      noisy.add(result.image());
      applied.add(result.noise().toSpec());
    }
    if (noisy.size() > 1 && !String.valueOf(output).matches("(?i).*\\.tiff?$")) {
      throw new UsageException(
          input + " has " + noisy.size() + " pages: only a .tif output can hold them all");
    }
    ImageFiles.write(output, noisy, pages.get(0).dpi());
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("input", String.valueOf(input));
      result.put("output", String.valueOf(output));
      result.put("pages", noisy.size());
      result.put("spec", spec.toString());
      result.put("seed", seed);
      result.put("applied", applied);
      console.result(JsonLine.of(result));
    }
    return 0;
  }

  private NoiseSpec spec() {
    Map<String, String> all = new TreeMap<>(params);
    putIfGiven(all, "sigma", sigma);
    putIfGiven(all, "amount", amount);
    putIfGiven(all, "salt", salt);
    putIfGiven(all, "peak", peak);
    if (choice.spec != null && !all.isEmpty()) {
      throw new UsageException("--spec carries its own parameters: drop " + all.keySet());
    }
    StringBuilder text = new StringBuilder(choice.spec != null ? choice.spec : choice.model);
    String sep = ":";
    for (Map.Entry<String, String> e : all.entrySet()) {
      text.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ",";
    }
    try {
      return NoiseSpec.parse(text.toString());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Whether two paths name one file: the same path, or a link to it. */
  private static boolean sameFile(Path a, Path b) throws IOException {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
  }

  private static void putIfGiven(Map<String, String> params, String key, String value) {
    if (value != null) {
      params.put(key, value);
    }
  }
}
