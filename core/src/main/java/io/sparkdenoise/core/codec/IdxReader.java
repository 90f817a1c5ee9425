/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import io.sparkdenoise.core.image.Image;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads IDX files, the MNIST and Fashion-MNIST format, plain or gzip-compressed (detected from the
 * magic {@code 1f 8b}, not from the name). Only unsigned-byte data is read: images with magic
 * {@code 0x00000803} (count x rows x cols) and labels with magic {@code 0x00000801} (count).
 *
 * <p>Images stream one record at a time, so a file is never held in memory whole. Bytes after the
 * promised records are ignored. Instances of {@link Images} are not thread-safe.
 */
public final class IdxReader {
  /** Magic of an images file: unsigned bytes, 3 dimensions. */
  public static final int IMAGES_MAGIC = 0x00000803;

  /** Magic of a labels file: unsigned bytes, 1 dimension. */
  public static final int LABELS_MAGIC = 0x00000801;

  private static final int UNSIGNED_BYTE = 0x08;
  private static final int DIMENSIONS_MASK = 0xFF;
  private static final int MAGIC_BYTES = 4;
  private static final int SIZE_BYTES = 4;
  private static final float LEVELS = 255f;

  private IdxReader() {}

  /**
   * Opens a stream of images; image {@code i} has id {@code idPrefix + "#" + i}, one channel,
   * samples {@code value / 255}. Closing the returned iterator closes {@code in}.
   *
   * @throws ImageDecodeException when the header is not an images header (NOT_AN_IMAGE), holds
   *     another data type (UNSUPPORTED) or ends early (TRUNCATED)
   */
  public static Images openImages(InputStream in, String idPrefix)
      throws IOException, ImageDecodeException {
    InputStream data = Streams.gunzipIfCompressed(in);
    IdxHeader header = readHeader(data, IMAGES_MAGIC, "IDX images");
    return new Images(data, header, idPrefix);
  }

  /**
   * All labels of a labels file, each in [0, 255].
   *
   * @throws ImageDecodeException when the header is not a labels header (NOT_AN_IMAGE), holds
   *     another data type (UNSUPPORTED) or the file has fewer labels than it promises (TRUNCATED)
   */
  public static int[] readLabels(InputStream in) throws IOException, ImageDecodeException {
    InputStream data = Streams.gunzipIfCompressed(in);
    IdxHeader header = readHeader(data, LABELS_MAGIC, "IDX labels");
    byte[] bytes = readRecord(data, header.count(), "IDX labels", "labels");
    int[] labels = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      labels[i] = Byte.toUnsignedInt(bytes[i]);
    }
    return labels;
  }

  /**
   * The image in {@code record} (rows x cols unsigned bytes from {@code offset}), for callers that
   * split a plain file by byte ranges using {@link IdxHeader#recordOffset}.
   */
  public static Image imageFromRecord(IdxHeader header, byte[] record, int offset, String id) {
    float[] samples = new float[header.recordLength()];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = Byte.toUnsignedInt(record[offset + i]) / LEVELS;
    }
    return Image.of(id, header.rows(), header.cols(), Image.GRAY, samples);
  }

  /** Reads and checks the magic and sizes; leaves {@code in} at the first record. */
  static IdxHeader readHeader(InputStream in, int expectedMagic, String what)
      throws IOException, ImageDecodeException {
    byte[] magicBytes = readRecord(in, MAGIC_BYTES, what, "header");
    int magic = ByteBuffer.wrap(magicBytes).getInt();
    int type = Byte.toUnsignedInt(magicBytes[2]);
    int dimensions = Byte.toUnsignedInt(magicBytes[3]);
    boolean idxShaped =
        magicBytes[0] == 0
            && magicBytes[1] == 0
            && IdxType.known(type)
            && dimensions == (expectedMagic & DIMENSIONS_MASK);
    if (idxShaped && type != UNSIGNED_BYTE) {
      throw new ImageDecodeException(
          DecodeFailure.UNSUPPORTED,
          String.format(
              Locale.ROOT,
              "%s: data type 0x%02x (%s) is not supported, only 0x08 (unsigned byte)",
              what,
              type,
              IdxType.name(type)));
    }
    if (magic != expectedMagic) {
      throw new ImageDecodeException(
          DecodeFailure.NOT_AN_IMAGE,
          String.format(
              Locale.ROOT, "%s: magic 0x%08x, expected 0x%08x", what, magic, expectedMagic));
    }
    ByteBuffer sizes = ByteBuffer.wrap(readRecord(in, dimensions * SIZE_BYTES, what, "header"));
    int count = sizes.getInt();
    int rows = dimensions > 1 ? sizes.getInt() : 1;
    int cols = dimensions > 2 ? sizes.getInt() : 1;
    if (count < 0
        || rows < 1
        || cols < 1
        || (long) rows * cols > DecodeLimits.DEFAULT_MAX_PIXELS_PER_PAGE) {
      throw new ImageDecodeException(
          DecodeFailure.CORRUPT,
          what + ": impossible sizes " + count + " x " + rows + " x " + cols);
    }
    return new IdxHeader(count, rows, cols, MAGIC_BYTES + dimensions * SIZE_BYTES);
  }

  /** Exactly {@code length} bytes, or TRUNCATED naming {@code part}. */
  private static byte[] readRecord(InputStream in, int length, String what, String part)
      throws IOException, ImageDecodeException {
    byte[] bytes = new byte[length];
    int read;
    try {
      read = in.readNBytes(bytes, 0, length);
    } catch (EOFException e) {
      throw new ImageDecodeException(
          DecodeFailure.TRUNCATED, what + ": compressed data ends inside the " + part, e);
    }
    if (read < length) {
      throw new ImageDecodeException(
          DecodeFailure.TRUNCATED,
          what + ": " + part + " ends after " + read + " of " + length + " bytes");
    }
    return bytes;
  }

  /**
   * The images of one file in order. {@link #next()} throws {@link UncheckedImageDecodeException}
   * (TRUNCATED) when the file ends before the promised record, and {@link UncheckedIOException} on
   * I/O errors.
   */
  public static final class Images implements Iterator<Image>, Closeable {
    private final InputStream in;
    private final IdxHeader header;
    private final String idPrefix;
    private int next;

    private Images(InputStream in, IdxHeader header, String idPrefix) {
      this.in = in;
      this.header = header;
      this.idPrefix = idPrefix;
    }

    /** The file's header and record layout. */
    public IdxHeader header() {
      return header;
    }

    @Override
    public boolean hasNext() {
      return next < header.count();
    }

    @Override
    public Image next() {
      if (!hasNext()) {
        throw new NoSuchElementException("all " + header.count() + " IDX images were read");
      }
      String part = "record " + next + " of " + header.count();
      try {
        byte[] record = readRecord(in, header.recordLength(), "IDX images", part);
        return imageFromRecord(header, record, 0, idPrefix + "#" + next++);
      } catch (ImageDecodeException e) {
        throw new UncheckedImageDecodeException(e);
      } catch (IOException e) {
        throw new UncheckedIOException("reading IDX " + part + " failed", e);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
