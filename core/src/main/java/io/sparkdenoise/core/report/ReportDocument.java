/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A self-contained HTML document: a title, a subtitle, a table of contents and the sections. The
 * file needs nothing else to display: the style sheet is inline, images are {@code data:} URIs, and
 * there are no scripts, fonts or links to other files. Its Content-Security-Policy says so too
 * ({@value #CONTENT_SECURITY_POLICY}), so a browser would refuse (and report) anything else.
 * Immutable.
 *
 * @param title the document title
 * @param subtitle a line under the title
 * @param sections the sections, with distinct ids
 * @param footer the text at the end, e.g. what made the document
 */
public record ReportDocument(String title, String subtitle, List<Section> sections, String footer) {
  /** Only inline styles and {@code data:} images: nothing is fetched and nothing runs. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:0 1.5rem;\
      color:#1a1a1a;line-height:1.45}
      header{border-bottom:2px solid #0072b2;margin-bottom:1rem}
      h1{margin:1.2rem 0 .2rem}
      .subtitle{color:#555;margin-top:0}
      nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}
      section{margin:2rem 0}
      h2{border-bottom:1px solid #ddd;padding-bottom:.2rem}
      table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}
      caption{text-align:left;font-weight:600;padding:.3rem 0}
      th,td{border:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}
      th{background:#f3f6f9}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      td{overflow-wrap:anywhere}
      figure{margin:1rem 0}
      figure img{max-width:100%;height:auto;border:1px solid #eee}
      figcaption{color:#555;font-size:.9rem}
      .note{background:#fff8e1;border-left:4px solid #e69f00;padding:.4rem .8rem}
      dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
      dt{font-weight:600}
      dd{margin:0;overflow-wrap:anywhere}
      footer{color:#777;font-size:.8rem;border-top:1px solid #ddd;margin:2rem 0;padding-top:.5rem}
      """;

  /** Checks the fields, that section ids are distinct, and copies the sections. */
  public ReportDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(footer, "footer");
    sections = List.copyOf(sections);
    Set<String> ids = new HashSet<>();
    for (Section section : sections) {
      if (!ids.add(section.id())) {
        throw new IllegalArgumentException("section id '" + section.id() + "' is used twice");
      }
    }
  }

  /** The whole document as HTML. */
  public String html() {
    Html html = new Html();
    html.trusted("<!DOCTYPE html>\n");
    html.open("html", "lang", "en").newline().open("head").newline();
    html.open("meta", "charset", "utf-8").newline();
    html.open("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY)
        .newline();
    html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline();
    html.element("title", title).newline();
    html.open("style").trusted(STYLE).close("style").newline();
    html.close("head").newline().open("body").newline();
    html.open("header").element("h1", title).element("p", subtitle, "class", "subtitle");
    html.open("nav").open("ul");
    for (Section section : sections) {
      html.open("li").element("a", section.title(), "href", "#" + section.id()).close("li");
    }
    html.close("ul").close("nav").close("header").newline().open("main").newline();
    for (Section section : sections) {
      section.render(html);
    }
    html.close("main").newline().element("footer", footer).newline();
    html.close("body").newline().close("html").newline();
    return html.toString();
  }
}
