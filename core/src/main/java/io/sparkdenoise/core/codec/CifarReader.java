/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads the CIFAR binary formats as a stream of labelled 32 x 32 RGB images. A CIFAR-10 record is 1
 * label byte then 1024 red, 1024 green and 1024 blue bytes (each plane row-major); a CIFAR-100
 * record has 2 label bytes (coarse, fine) before the same planes. Samples are {@code value / 255};
 * image {@code i} has id {@code idPrefix + "#" + i}. Gzip-compressed input is detected by its
 * magic.
 */
public final class CifarReader {
  /** Height and width of every CIFAR image. */
  public static final int SIZE = 32;

  private static final int PLANE = SIZE * SIZE;
  private static final float LEVELS = 255f;

  /** Which dataset the records come from, and so which label byte is the label. */
  public enum Variant {
    /** CIFAR-10: one label byte, 10 classes. */
    CIFAR_10(1, 0),
    /** CIFAR-100 labelled with its 20 coarse superclasses (the first label byte). */
    CIFAR_100_COARSE(2, 0),
    /** CIFAR-100 labelled with its 100 fine classes (the second label byte). */
    CIFAR_100_FINE(2, 1);

    private final int labelBytes;
    private final int labelIndex;

    Variant(int labelBytes, int labelIndex) {
      this.labelBytes = labelBytes;
      this.labelIndex = labelIndex;
    }

    /** Bytes per record: the label bytes plus 3 x 32 x 32 samples. */
    public int recordLength() {
      return labelBytes + Image.RGB * PLANE;
    }
  }

  private CifarReader() {}

  /** Opens a stream of records; closing the returned iterator closes {@code in}. */
  public static Records open(InputStream in, Variant variant, String idPrefix) throws IOException {
    return new Records(Streams.gunzipIfCompressed(in), variant, idPrefix);
  }

  /**
   * The records of one file in order. A trailing partial record makes {@link #hasNext()} throw
   * {@link UncheckedImageDecodeException} (TRUNCATED); I/O errors throw {@link
   * UncheckedIOException}. Not thread-safe.
   */
  public static final class Records implements Iterator<LabeledImage>, Closeable {
    private final InputStream in;
    private final Variant variant;
    private final String idPrefix;
    private final byte[] record;
    private boolean pending;
    private int index;

    private Records(InputStream in, Variant variant, String idPrefix) {
      this.in = in;
      this.variant = variant;
      this.idPrefix = idPrefix;
      this.record = new byte[variant.recordLength()];
    }

    @Override
    public boolean hasNext() {
      if (pending) {
        return true;
      }
      int read;
      try {
        read = in.readNBytes(record, 0, record.length);
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + variant + " record " + index + " failed", e);
      }
      if (read > 0 && read < record.length) {
        throw new UncheckedImageDecodeException(
            new ImageDecodeException(
                DecodeFailure.TRUNCATED,
                variant
                    + ": record "
                    + index
                    + " ends after "
                    + read
                    + " of "
                    + record.length
                    + " bytes"));
      }
      pending = read == record.length;
      return pending;
    }

    @Override
    public LabeledImage next() {
      if (!hasNext()) {
        throw new NoSuchElementException("all " + index + " " + variant + " records were read");
      }
      pending = false;
      int label = Byte.toUnsignedInt(record[variant.labelIndex]);
      float[] samples = new float[Image.RGB * PLANE];
      for (int c = 0; c < Image.RGB; c++) {
        int plane = variant.labelBytes + c * PLANE;
        for (int p = 0; p < PLANE; p++) {
          samples[p * Image.RGB + c] = Byte.toUnsignedInt(record[plane + p]) / LEVELS;
        }
      }
      Image image = Image.of(idPrefix + "#" + index++, SIZE, SIZE, Image.RGB, samples);
      return new LabeledImage(image, label);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
