/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.codec;

import com.twelvemonkeys.imageio.plugins.bmp.BMPImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.bmp.BMPImageWriterSpi;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageWriterSpi;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageWriterSpi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageReaderWriterSpi;
import javax.imageio.spi.ImageWriterSpi;

/**
 * Finds ImageIO readers and writers, with the TwelveMonkeys plugins registered explicitly and
 * ordered before the JDK's own TIFF, JPEG and BMP plugins.
 *
 * <p>Inside a Spark executor the ImageIO registry may have been filled by another class loader
 * before this jar was on the class path, so the service-loader scan cannot be relied on. The
 * registration runs once per class loader, under the JVM's class-initialisation lock.
 */
final class Plugins {
  private Plugins() {}

  /** Initialisation-on-demand holder: the JVM runs {@link #register} exactly once. */
  private static final class Registered {
    static final IIORegistry REGISTRY = register();

    private Registered() {}
  }

  /** The preferred reader for {@code format}, or empty when none is registered. */
  static Optional<ImageReader> reader(ImageFormat format) {
    Iterator<ImageReaderSpi> spis =
        Registered.REGISTRY.getServiceProviders(
            ImageReaderSpi.class, spi -> handles((ImageReaderWriterSpi) spi, format), true);
    return first(spis).map(Plugins::createReader);
  }

  /**
   * The preferred writer for {@code format} that can encode images of {@code type}, or empty when
   * none is registered (TwelveMonkeys' BMP writer, for one, takes only 4-byte ABGR images).
   */
  static Optional<ImageWriter> writer(ImageFormat format, ImageTypeSpecifier type) {
    Iterator<ImageWriterSpi> spis =
        Registered.REGISTRY.getServiceProviders(
            ImageWriterSpi.class,
            spi ->
                handles((ImageReaderWriterSpi) spi, format)
                    && ((ImageWriterSpi) spi).canEncodeImage(type),
            true);
    return first(spis).map(Plugins::createWriter);
  }

  private static IIORegistry register() {
    IIORegistry registry = IIORegistry.getDefaultInstance();
    List<ImageReaderSpi> readers =
        List.of(new TIFFImageReaderSpi(), new JPEGImageReaderSpi(), new BMPImageReaderSpi());
    List<ImageWriterSpi> writers =
        List.of(new TIFFImageWriterSpi(), new JPEGImageWriterSpi(), new BMPImageWriterSpi());
    for (ImageReaderSpi spi : readers) {
      prefer(registry, ImageReaderSpi.class, spi);
    }
    for (ImageWriterSpi spi : writers) {
      prefer(registry, ImageWriterSpi.class, spi);
    }
    return registry;
  }

  /**
   * Registers {@code ours} unless an instance of its class is already there, then orders it before
   * every other provider of one of its formats.
   */
  private static <T extends ImageReaderWriterSpi> void prefer(
      IIORegistry registry, Class<T> category, T ours) {
    T registered = category.cast(registry.getServiceProviderByClass(ours.getClass()));
    if (registered == null) {
      registry.registerServiceProvider(ours, category);
      registered = ours;
    }
    Iterator<T> all = registry.getServiceProviders(category, false);
    while (all.hasNext()) {
      T other = all.next();
      if (other != registered && sharesFormat(other, registered)) {
        registry.unsetOrdering(category, other, registered);
        registry.setOrdering(category, registered, other);
      }
    }
  }

  private static boolean sharesFormat(ImageReaderWriterSpi a, ImageReaderWriterSpi b) {
    List<String> names = lowerCase(b.getFormatNames());
    return lowerCase(a.getFormatNames()).stream().anyMatch(names::contains);
  }

  private static boolean handles(ImageReaderWriterSpi spi, ImageFormat format) {
    return lowerCase(spi.getFormatNames()).contains(format.imageIoName());
  }

  private static List<String> lowerCase(String[] names) {
    return Arrays.stream(names).map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  private static <T> Optional<T> first(Iterator<T> it) {
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  private static ImageReader createReader(ImageReaderSpi spi) {
    try {
      return spi.createReaderInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a reader from " + spi, e);
    }
  }

  private static ImageWriter createWriter(ImageWriterSpi spi) {
    try {
      return spi.createWriterInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a writer from " + spi, e);
    }
  }
}
