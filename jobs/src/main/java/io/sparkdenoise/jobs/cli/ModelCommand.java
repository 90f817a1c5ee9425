/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.core.model.ModelSummary;
import io.sparkdenoise.jobs.executor.ModelZip;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-denoise model --summary MODEL}: what a model is, without running it on anything: its
 * layers with output shapes and parameters, its receptive field and work per pixel (core's {@link
 * ModelSummary}), and how it was trained. Reads the model as the jobs do ({@link ModelZip}), on the
 * driver alone: no Spark session starts. A missing or bad model file is one line and exit code 1.
 */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = {
      "Describes a model: its layers with output shapes (for --input-size) and parameter counts,",
      "its receptive field, its multiply-adds per pixel, and how it was trained (data, noise,",
      "epochs, best validation PSNR) from its _provenance.json and history when it has them.",
      "MODEL is default (the built-in document model), a model directory or a model.zip.",
      "With --json, one JSON object: model, model_id, preset, loss, input_size, parameters,",
      "input_channels, output_channels, receptive_field_px, macs_per_pixel, layers, training.",
      "Example: spark-denoise model --summary default --json"
    })
final class ModelCommand implements Callable<Integer> {
  /** The key of the input size the shapes are given for. */
  static final String INPUT_SIZE = "model.input-size";

  private final Console console;

  @Option(
      names = "--summary",
      required = true,
      paramLabel = "MODEL",
      description = "default, a model directory or a model.zip")
  private String model;

  @Option(
      names = "--input-size",
      descriptionKey = INPUT_SIZE,
      paramLabel = "HxW",
      description =
          "input the output shapes are given for (" + INPUT_SIZE + ", default ${DEFAULT-VALUE})")
  private String inputSize;

  @Option(names = "--json", description = "print one JSON object instead of text")
  private boolean json;

  ModelCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    int[] size = size(inputSize);
    Configuration hadoopConf = new Configuration();
    ModelZip zip = ModelZip.read(hadoopConf, model);
    ModelSummary summary = zip.network().summary(size[0], size[1]);
    TrainingRecord training = TrainingRecord.of(zip, hadoopConf);
    if (json) {
      console.result(JsonLine.of(fields(zip, summary, training)));
    } else {
      ModelSummaryText.lines(zip, summary, training).forEach(console::result);
    }
    return 0;
  }

  /** The summary as the JSON object's fields, in print order. */
  static Map<String, Object> fields(ModelZip zip, ModelSummary summary, TrainingRecord training) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("model", zip.name());
    fields.put("model_id", zip.id());
    fields.put("preset", training.preset());
    fields.put("loss", training.loss());
    fields.put("input_size", summary.inputHeight() + "x" + summary.inputWidth());
    fields.put("parameters", summary.parameters());
    fields.put("input_channels", summary.inputChannels());
    fields.put("output_channels", summary.outputChannels());
    fields.put("receptive_field_px", summary.receptiveFieldPx());
    fields.put("macs_per_pixel", summary.macsPerPixel());
    List<Map<String, Object>> layers = new ArrayList<>();
    double pixels = (double) summary.inputHeight() * summary.inputWidth();
    for (ModelSummary.Layer layer : summary.layers()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("name", layer.name());
      l.put("kind", layer.kind());
      l.put("output_shape", List.of(layer.channels(), layer.height(), layer.width()));
      l.put("parameters", layer.parameters());
      l.put("macs_per_pixel", layer.macs() / pixels);
      layers.add(l);
    }
    fields.put("layers", layers);
    fields.put("training", training.fields());
    return fields;
  }

  /** {@code HxW}, or {@code N} for a square, as {height, width}. */
  static int[] size(String text) {
    String[] parts = text.strip().toLowerCase(Locale.ROOT).split("x", -1);
    try {
      int height = Integer.parseInt(parts[0].strip());
      int width = parts.length == 1 ? height : Integer.parseInt(parts[1].strip());
      if (parts.length <= 2 && height > 0 && width > 0) {
        return new int[] {height, width};
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "--input-size must be HxW or N in pixels, e.g. 64x64, got '" + text + "'");
  }
}
