/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.core.codec.DecodedPage;
import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.codec.TiffCompression;
import io.sparkdenoise.core.image.Image;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Local image files for the single-machine commands: read with the codec (an image is named by its
 * file name, so noise keyed by it does not depend on the folder), write in the format the file
 * name's extension asks for, through a temporary file and a rename so that a failed write leaves no
 * partial file.
 */
final class ImageFiles {
  /** JPEG quality when a command writes a .jpg: high, since the noise is the point. */
  static final int JPEG_QUALITY = 95;

  private ImageFiles() {}

  /**
   * Every page of the file.
   *
   * @throws IOException naming the file when it cannot be read, or is a directory
   * @throws ImageDecodeException naming the file when it does not decode
   */
  static List<DecodedPage> readPages(Path file) throws IOException, ImageDecodeException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a directory, not an image file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + reason(e), e);
    }
    try {
      return ImageCodec.decode(bytes, String.valueOf(file.getFileName()));
    } catch (ImageDecodeException e) {
      throw new ImageDecodeException(e.failure(), file + ": " + e.getMessage(), e);
    }
  }

  /** The file's one image; a multi-page file is a usage error. */
  static Image readSingle(Path file) throws IOException, ImageDecodeException {
    List<DecodedPage> pages = readPages(file);
    if (pages.size() != 1) {
      throw new UsageException(
          file + " has " + pages.size() + " pages; this command compares single images");
    }
    return pages.get(0).image();
  }

  /**
   * Writes the pages (several only for .tif/.tiff) in the format of the file's extension, tagged
   * with {@code dpi} when there is one (the input's, so a scan keeps its resolution).
   */
  static void write(Path file, List<Image> pages, OptionalDouble dpi) throws IOException {
    EncodeOptions options = optionsFor(file);
    if (dpi.isPresent()) {
      options = options.withDpi(dpi.getAsDouble());
    }
    byte[] bytes =
        pages.size() == 1
            ? ImageCodec.encode(pages.get(0), options)
            : ImageCodec.encodePages(pages, options);
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new IOException("cannot write " + file + ": no such directory " + dir);
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + reason(e), e);
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Why a file operation failed, without the temporary or internal path it may name. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    }
    return String.valueOf(e.getMessage());
  }

  private static EncodeOptions optionsFor(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return switch (ext) {
      case "png" -> EncodeOptions.png();
      case "jpg", "jpeg" -> EncodeOptions.jpeg(JPEG_QUALITY);
      case "tif", "tiff" -> EncodeOptions.tiff(TiffCompression.LZW);
      case "bmp" -> EncodeOptions.bmp();
      case "gif" -> EncodeOptions.gif();
      default ->
          throw new UsageException(
              "cannot tell the output format of "
                  + file
                  + ": name it .png, .jpg, .tif, .bmp or .gif");
    };
  }
}
