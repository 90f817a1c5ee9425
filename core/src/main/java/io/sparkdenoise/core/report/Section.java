/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.report;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A titled section of a report; its id is the anchor of the table of contents and what tests look
 * for, so it comes from code.
 *
 * @param id the element id, lower-case letters, digits and '-', starting with a letter
 * @param title the heading
 * @param blocks the content, in order
 */
public record Section(String id, String title, List<Block> blocks) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  /** Checks the id and copies the blocks. */
  public Section {
    Objects.requireNonNull(title, "title");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("section id must match " + ID + ", got '" + id + "'");
    }
    blocks = List.copyOf(blocks);
  }

  /** Renders the section. */
  void render(Html html) {
    html.open("section", "id", id).newline().element("h2", title).newline();
    for (Block block : blocks) {
      block.render(html);
    }
    html.close("section").newline();
  }
}
