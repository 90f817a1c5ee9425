/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import io.sparkdenoise.core.ingest.Sha256;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Font files that pages are drawn in besides the JVM's logical fonts, which on Debian are all
 * DejaVu: a model trained on one type design alone mistakes the strokes of another for dirt. The
 * files (TrueType or OpenType) are grouped into families by the family name inside them, and each
 * file's style is read from its face name (bold or demi; italic or oblique), so a family's bold
 * face is its own bold file where there is one.
 *
 * <p>Holds the files' bytes, so it travels to Spark executors that do not have the files, and pages
 * drawn with it are the same on any machine; the fonts are loaded once per instance, on first use.
 * Equal when the files' bytes are.
 */
public final class FontFiles implements Serializable {
  /** No font files: pages use the logical fonts only. */
  public static final FontFiles NONE = new FontFiles(List.of());

  private static final long serialVersionUID = 1L;

  private final List<Source> files;
  private final String digest;
  private transient volatile List<Typeface> families;

  private FontFiles(List<Source> files) {
    this.files = List.copyOf(files);
    this.digest = sha256(this.files);
  }

  /**
   * The fonts in {@code files}, in the given order, each loaded once here to check it.
   *
   * @throws IllegalArgumentException naming the file Java cannot read as a font
   */
  public static FontFiles of(List<Source> files) {
    FontFiles fonts = new FontFiles(files);
    fonts.families();
    return fonts;
  }

  /**
   * The SHA-256 of the files' SHA-256s in order (hex, one a line), hex: what a corpus records to
   * name its fonts.
   */
  public String digest() {
    return digest;
  }

  /** The families, sorted by name: the order pages draw them from. */
  List<Typeface> families() {
    List<Typeface> loaded = families;
    if (loaded == null) {
      loaded = load(files);
      families = loaded;
    }
    return loaded;
  }

  private static List<Typeface> load(List<Source> files) {
    Map<String, Font[]> byFamily = new TreeMap<>();
    for (Source file : files) {
      Font font = read(file);
      Font[] faces = byFamily.computeIfAbsent(font.getFamily(Locale.ROOT), f -> new Font[4]);
      int style = style(font);
      if (faces[style] == null) {
        faces[style] = font;
      }
    }
    List<Typeface> families = new ArrayList<>();
    byFamily.forEach(
        (name, faces) -> {
          if (faces[Font.PLAIN] == null) {
            faces[Font.PLAIN] = firstGiven(faces);
          }
          families.add(Typeface.loaded(name, faces));
        });
    return List.copyOf(families);
  }

  private static Font read(Source file) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file.bytes()));
    } catch (FontFormatException e) {
      throw new IllegalArgumentException(
          file.name() + " is not a TrueType or OpenType font: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The style a face's name says: "Liberation Serif Bold Italic", "URWBookman-Demi", ... */
  static int style(Font font) {
    String face = font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT);
    int style = Font.PLAIN;
    if (face.contains("bold") || face.contains("demi")) {
      style |= Font.BOLD;
    }
    if (face.contains("italic") || face.contains("oblique")) {
      style |= Font.ITALIC;
    }
    return style;
  }

  private static Font firstGiven(Font[] faces) {
    for (Font face : faces) {
      if (face != null) {
        return face;
      }
    }
    throw new IllegalStateException("a family without faces");
  }

  private static String sha256(List<Source> files) {
    StringBuilder each = new StringBuilder();
    for (Source file : files) {
      each.append(Sha256.hex(file.bytes())).append('\n');
    }
    return Sha256.hex(each.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * One font file: the name errors give (its path, say) and its whole content, TrueType or
   * OpenType. The name is not part of the pages it draws.
   *
   * @param name what to call the file in messages
   * @param bytes the file's bytes
   */
  public record Source(String name, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FontFiles f && f.digest.equals(digest);
  }

  @Override
  public int hashCode() {
    return digest.hashCode();
  }

  @Override
  public String toString() {
    return files.size() + " font files, sha256 " + digest;
  }
}
