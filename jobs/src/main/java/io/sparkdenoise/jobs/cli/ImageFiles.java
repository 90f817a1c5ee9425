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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

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

  /** Every page of the file. */
  static List<DecodedPage> readPages(Path file) throws IOException, ImageDecodeException {
    return ImageCodec.decode(Files.readAllBytes(file), String.valueOf(file.getFileName()));
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

  /** Writes the pages (several only for .tif/.tiff) in the format of the file's extension. */
  static void write(Path file, List<Image> pages) throws IOException {
    EncodeOptions options = optionsFor(file);
    byte[] bytes =
        pages.size() == 1
            ? ImageCodec.encode(pages.get(0), options)
            : ImageCodec.encodePages(pages, options);
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
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
