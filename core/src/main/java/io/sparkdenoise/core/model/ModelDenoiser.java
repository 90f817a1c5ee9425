/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import io.sparkdenoise.core.image.Image;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@link TrainedNetwork} as a {@link Denoiser}: any image size (padded by edge replication to the
 * network's pooling multiple, then cropped back), samples clipped to [0, 1]. A gray network
 * denoises a colour image one channel at a time, each as a gray image; an RGB network takes colour
 * images whole, and a gray image repeated in three channels (giving back the luminance of its
 * output). {@link #denoiseAll} runs many images in batches of same-shaped images. Engine-neutral:
 * the network does the forward passes.
 *
 * <p>Thread-safe as far as the network is (its forward passes may be serialised); use one instance
 * per thread, each with its own network, for parallel inference.
 */
public final class ModelDenoiser implements Denoiser {
  /** Images per forward pass in {@link #denoiseAll}. */
  public static final int BATCH_DEFAULT = 64;

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

  private final String name;
  private final TrainedNetwork network;
  private final int multiple;
  private final int batchSize;
  private final int receptiveRadius;

  /**
   * A denoiser.
   *
   * @param name the method name: lower-case letters, digits and underscores
   * @param network a trained network
   * @param batchSize images per forward pass, at least 1
   */
  public ModelDenoiser(String name, TrainedNetwork network, int batchSize) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "name must be lower-case letters, digits and underscores, got " + name);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.name = name;
    this.network = network;
    this.multiple = network.sizeMultiple();
    this.batchSize = batchSize;
    this.receptiveRadius = network.receptiveRadius();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Image denoise(Image noisy) {
    return denoiseAll(List.of(noisy)).get(0);
  }

  /**
   * Height and width are padded to multiples of this (the pooling factor); tiles of a page must
   * start on multiples of it to see the page's pooling grid.
   */
  public int sizeMultiple() {
    return multiple;
  }

  /**
   * The network's receptive-field radius bound in pixels, {@link TrainedNetwork#receptiveRadius}.
   */
  public int receptiveRadius() {
    return receptiveRadius;
  }

  /** The denoised images, in order, each with its input's shape and id. */
  @Override
  public List<Image> denoiseAll(List<Image> images) {
    boolean rgb = network.channels() == Image.RGB;
    List<Image> inputs = new ArrayList<>();
    for (Image image : images) {
      if (rgb) {
        inputs.add(image.toRgb());
      } else {
        for (int c = 0; c < image.channels(); c++) {
          inputs.add(image.channel(c));
        }
      }
    }
    List<Image> out = denoisePlanes(inputs);
    List<Image> result = new ArrayList<>(images.size());
    int next = 0;
    for (Image image : images) {
      if (rgb) {
        Image denoised = out.get(next++);
        result.add(image.channels() == Image.RGB ? denoised : denoised.toGray());
      } else {
        result.add(PlaneOps.interleave(image, out.subList(next, next + image.channels())));
        next += image.channels();
      }
    }
    return result;
  }

  private List<Image> denoisePlanes(List<Image> planes) {
    Map<String, List<Integer>> byShape = new LinkedHashMap<>();
    for (int i = 0; i < planes.size(); i++) {
      Image p = planes.get(i);
      byShape.computeIfAbsent(p.height() + "x" + p.width(), k -> new ArrayList<>()).add(i);
    }
    Image[] out = new Image[planes.size()];
    for (List<Integer> group : byShape.values()) {
      for (int from = 0; from < group.size(); from += batchSize) {
        List<Integer> batch = group.subList(from, Math.min(group.size(), from + batchSize));
        List<Image> padded = new ArrayList<>(batch.size());
        for (int i : batch) {
          padded.add(PlaneOps.padEdges(planes.get(i), multiple));
        }
        List<Image> result = network.forward(padded);
        for (int k = 0; k < batch.size(); k++) {
          out[batch.get(k)] = PlaneOps.cropClipped(planes.get(batch.get(k)), result.get(k));
        }
      }
    }
    return List.of(out);
  }
}
