/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One piece of a report section: all of its text is escaped when rendered. */
public sealed interface Block {
  /** Renders the block into {@code html}. */
  void render(Html html);

  /**
   * A paragraph of text.
   *
   * @param text the text
   */
  record Paragraph(String text) implements Block {
    /** Checks the text. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public void render(Html html) {
      html.element("p", text).newline();
    }
  }

  /**
   * A note: text about what a section cannot show and why (e.g. a run scored without images).
   *
   * @param text the text
   */
  record Note(String text) implements Block {
    /** Checks the text. */
    public Note {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public void render(Html html) {
      html.element("p", text, "class", "note").newline();
    }
  }

  /**
   * A table with a header row; numeric-looking cells are right-aligned by the style sheet's {@code
   * num} class when {@code numeric} says so for their column.
   *
   * @param caption the caption above the table
   * @param headers the column names
   * @param rows the cells, one list per row, as many as the headers
   * @param numeric for each column, whether it holds numbers
   */
  record Table(String caption, List<String> headers, List<List<String>> rows, List<Boolean> numeric)
      implements Block {
    /** Checks the shape and copies the lists. */
    public Table {
      Objects.requireNonNull(caption, "caption");
      headers = List.copyOf(headers);
      numeric = List.copyOf(numeric);
      if (numeric.size() != headers.size()) {
        throw new IllegalArgumentException(
            "table '"
                + caption
                + "' has "
                + headers.size()
                + " headers and "
                + numeric.size()
                + " column kinds");
      }
      List<List<String>> copy = new ArrayList<>();
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException(
              "table '"
                  + caption
                  + "' has a row of "
                  + row.size()
                  + " cells for "
                  + headers.size()
                  + " columns");
        }
        copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
      }
      rows = Collections.unmodifiableList(copy);
    }

    @Override
    public void render(Html html) {
      html.open("table").newline().element("caption", caption).open("thead").open("tr");
      for (int c = 0; c < headers.size(); c++) {
        html.element("th", headers.get(c), cellClass(c));
      }
      html.close("tr").close("thead").newline().open("tbody").newline();
      for (List<String> row : rows) {
        html.open("tr");
        for (int c = 0; c < row.size(); c++) {
          html.element("td", row.get(c) == null ? "" : row.get(c), cellClass(c));
        }
        html.close("tr").newline();
      }
      html.close("tbody").close("table").newline();
    }

    private String[] cellClass(int column) {
      return numeric.get(column) ? new String[] {"class", "num"} : new String[0];
    }
  }

  /**
   * A PNG figure with its caption; the image is inlined as a {@code data:} URI.
   *
   * @param png the PNG bytes
   * @param alt the image's text alternative
   * @param caption the caption under the image
   */
  record Figure(byte[] png, String alt, String caption) implements Block {
    /** Checks the fields and copies the bytes. */
    public Figure {
      Objects.requireNonNull(alt, "alt");
      Objects.requireNonNull(caption, "caption");
      if (png.length == 0) {
        throw new IllegalArgumentException("figure '" + caption + "' has no image bytes");
      }
      png = png.clone();
    }

    @Override
    public byte[] png() {
      return png.clone();
    }

    @Override
    public void render(Html html) {
      html.open("figure")
          .open("img", "src", Html.pngDataUri(png), "alt", alt)
          .element("figcaption", caption)
          .close("figure")
          .newline();
    }
  }

  /**
   * Named values as a definition list, e.g. a run's id, model and inputs.
   *
   * @param facts the values by name, in display order
   */
  record Facts(Map<String, String> facts) implements Block {
    /** Copies the facts, keeping their order. */
    public Facts {
      facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    @Override
    public void render(Html html) {
      html.open("dl").newline();
      facts.forEach(
          (name, value) ->
              html.element("dt", name).element("dd", value == null ? "" : value).newline());
      html.close("dl").newline();
    }
  }
}
