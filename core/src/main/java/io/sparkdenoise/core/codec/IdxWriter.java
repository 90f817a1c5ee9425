/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes MNIST-style IDX files that {@link IdxReader} (and every MNIST loader) reads: gray images
 * of one size as unsigned bytes (samples rounded to k/255), labels as unsigned bytes. Stateless.
 */
public final class IdxWriter {
  private static final int MAX_BYTE = 255;

  private IdxWriter() {}

  /** The images, all gray and of one size, as an IDX images file (magic 0x00000803). */
  public static void writeImages(List<Image> images, OutputStream out) throws IOException {
    if (images.isEmpty()) {
      throw new IllegalArgumentException("an IDX images file needs at least one image");
    }
    Image first = images.get(0);
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(IdxReader.IMAGES_MAGIC);
    data.writeInt(images.size());
    data.writeInt(first.height());
    data.writeInt(first.width());
    byte[] record = new byte[first.pixelCount()];
    for (Image image : images) {
      if (image.channels() != Image.GRAY || !image.sameShape(first)) {
        throw new IllegalArgumentException(
            "IDX images are gray and of one size: "
                + image.id()
                + " is "
                + image.height()
                + "x"
                + image.width()
                + "x"
                + image.channels()
                + ", the first is "
                + first.height()
                + "x"
                + first.width()
                + "x1");
      }
      float[] s = image.samples();
      for (int i = 0; i < record.length; i++) {
        record[i] = (byte) Math.round(Math.min(1f, Math.max(0f, s[i])) * MAX_BYTE);
      }
      data.write(record);
    }
    data.flush();
  }

  /** The labels, each in [0, 255], as an IDX labels file (magic 0x00000801). */
  public static void writeLabels(int[] labels, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(IdxReader.LABELS_MAGIC);
    data.writeInt(labels.length);
    for (int label : labels) {
      if (label < 0 || label > MAX_BYTE) {
        throw new IllegalArgumentException("IDX labels are in [0, 255], got " + label);
      }
      data.writeByte(label);
    }
    data.flush();
  }
}
