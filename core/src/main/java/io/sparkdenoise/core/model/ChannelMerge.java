/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import org.deeplearning4j.nn.conf.graph.MergeVertex;

/**
 * DL4J's {@link MergeVertex} (concatenation along the channel axis, same JSON) whose copies keep
 * their axis. DL4J 1.0.0-M2.1's {@code MergeVertex.clone()} returns a vertex with the default axis
 * 1, right for NCHW only: a copied or fine-tuned NHWC U-Net then concatenated along the height and
 * failed its first training step.
 *
 * <p>Saved models name this class in their configuration, so it must stay loadable under this name.
 */
public class ChannelMerge extends MergeVertex {
  private static final long serialVersionUID = 1L;

  @Override
  public ChannelMerge clone() {
    ChannelMerge copy = new ChannelMerge();
    copy.setMergeAxis(getMergeAxis());
    copy.setModified(isModified());
    return copy;
  }
}
