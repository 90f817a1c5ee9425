/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String BREAKOUT = "\" onerror=\"alert(1)";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  @Test
  void escapesTheFiveCharactersThatMakeMarkup() {
    assertThat(Html.escape("a<b>&\"c\"'d'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
    assertThat(Html.escape("plain text, ünïcode")).isEqualTo("plain text, ünïcode");
  }

  @Test
  void writesMarkupFromCodeAndTextFromDataEscaped() {
    String html = new Html().open("td", "title", BREAKOUT).text(SCRIPT).close("td").toString();

    assertThat(html)
        .isEqualTo(
            "<td title=\"&quot; onerror=&quot;alert(1)\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>");
  }

  @Test
  void refusesElementAndAttributeNamesThatAreNotConstants() {
    assertThatThrownBy(() -> new Html().open("img onerror=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "HTML names must match [a-z][a-z0-9-]* (they come from code, never data), got 'img"
                + " onerror=x'");
    assertThatThrownBy(() -> new Html().open("a", "href"))
        .hasMessage("attributes of <a> come in name, value pairs, got 1");
  }

  @Test
  void aDocumentIsSelfContainedAndEscapesEveryPieceOfData() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("run " + SCRIPT, "file:/runs/" + SCRIPT);
    facts.put("empty", null);
    ReportDocument document =
        new ReportDocument(
            "Run " + SCRIPT,
            BREAKOUT,
            List.of(
                new Section("summary", "Summary", List.of(new Block.Facts(facts))),
                new Section(
                    "images",
                    "Images " + SCRIPT,
                    List.of(
                        new Block.Paragraph(SCRIPT),
                        new Block.Note("no " + SCRIPT),
                        new Block.Table(
                            SCRIPT,
                            List.of("image_id", "psnr_db"),
                            List.of(List.of(SCRIPT, "21.5")),
                            List.of(false, true)),
                        new Block.Figure(PNG, BREAKOUT, SCRIPT)))),
            "made by " + SCRIPT);

    String html = document.html();

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(html).doesNotContain("<script").doesNotContain("onerror=\"");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"
                + " img-src data:; style-src &#39;unsafe-inline&#39;\">");
    assertThat(html).contains("<section id=\"summary\">").contains("<section id=\"images\">");
    assertThat(html).contains("<a href=\"#images\">Images &lt;script&gt;");
    assertThat(html)
        .contains(
            "<img src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(PNG)
                + "\" alt=\"&quot; onerror=&quot;alert(1)\">");
    assertThat(html).contains("<td class=\"num\">21.5</td>").contains("<dd></dd>");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:|//)");
  }

  @Test
  void refusesRepeatedSectionIdsAndBadShapes() {
    Section a = new Section("a", "A", List.of());

    assertThatThrownBy(() -> new ReportDocument("t", "s", List.of(a, a), "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section id 'a' is used twice");
    assertThatThrownBy(() -> new Section("A b", "t", List.of()))
        .hasMessage("section id must match [a-z][a-z0-9-]*, got 'A b'");
    assertThatThrownBy(
            () ->
                new Block.Table("t", List.of("a", "b"), List.of(List.of("1")), List.of(true, true)))
        .hasMessage("table 't' has a row of 1 cells for 2 columns");
    assertThatThrownBy(() -> new Block.Table("t", List.of("a"), List.of(), List.of()))
        .hasMessage("table 't' has 1 headers and 0 column kinds");
    assertThatThrownBy(() -> new Block.Figure(new byte[0], "alt", "c"))
        .hasMessage("figure 'c' has no image bytes");
  }
}
