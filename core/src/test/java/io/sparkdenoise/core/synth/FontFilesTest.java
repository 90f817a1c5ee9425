/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontFilesTest {
  private static final FontFiles MONO_BOLD = FontFiles.of(List.of(fixture()));
  private static final DocumentPages PAGES = new DocumentPages(11, 150, 400, 300);

  @Test
  void aFileIsGroupedIntoItsFamilyWithTheStyleItsFaceNameSays() {
    List<Typeface> families = MONO_BOLD.families();

    assertThat(families).hasSize(1);
    assertThat(families.get(0).name()).isEqualTo("Liberation Mono");
    Font bold = families.get(0).font(Font.BOLD, 20f);
    assertThat(bold.getFontName()).isEqualTo("Liberation Mono Bold");
    assertThat(bold.getSize2D()).isEqualTo(20f);
    assertThat(FontFiles.style(bold)).isEqualTo(Font.BOLD);
    // the family has no plain file: its plain face is the bold one, not a logical font
    assertThat(families.get(0).font(Font.PLAIN, 12f).getFontName())
        .isEqualTo("Liberation Mono Bold");
  }

  @Test
  void pagesDrawnAlsoInTheFilesDifferFromTheLogicalFontsAndRepeat() {
    DocumentPages withFonts = PAGES.withFonts(MONO_BOLD);

    int differing = 0;
    for (int i = 0; i < 6; i++) {
      RenderedPage page = withFonts.renderWithText(i);
      assertThat(withFonts.renderWithText(i).image()).isEqualTo(page.image());
      assertThat(page.text()).isNotBlank();
      differing += page.image().equals(PAGES.render(i)) ? 0 : 1;
    }
    assertThat(differing).isGreaterThan(0);
    assertThat(PAGES.withFonts(FontFiles.NONE).render(3)).isEqualTo(PAGES.render(3));
  }

  @Test
  void theFontsTravelWithTheirBytesAndDrawTheSamePagesAfterSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(MONO_BOLD);
    }
    FontFiles copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (FontFiles) in.readObject();
    }

    assertThat(copy).isEqualTo(MONO_BOLD);
    assertThat(copy.digest()).isEqualTo(MONO_BOLD.digest()).hasSize(64);
    assertThat(PAGES.withFonts(copy).render(2)).isEqualTo(PAGES.withFonts(MONO_BOLD).render(2));
  }

  @Test
  void aFileThatIsNotAFontIsRefusedByItsName() {
    FontFiles.Source text =
        new FontFiles.Source("notes.txt", "not a font".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> FontFiles.of(List.of(fixture(), text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("notes.txt is not a TrueType or OpenType font");
  }

  static FontFiles.Source fixture() {
    try (InputStream in =
        FontFilesTest.class.getResourceAsStream("/fonts/LiberationMono-Bold.ttf")) {
      return new FontFiles.Source("LiberationMono-Bold.ttf", in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
