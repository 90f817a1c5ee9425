/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.ingest;

import io.sparkdenoise.core.ingest.Outcome;
import io.sparkdenoise.core.ingest.Rejection;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * Tagged rows pulled one record at a time from a {@link Source}, so that a task holds one record's
 * rows in memory, not a whole file's. The source is opened on the first call and closed when it is
 * exhausted; a failure to open it is one {@code unreadable} reject row. Not thread-safe.
 */
final class LazyRows implements Iterator<Row> {
  /** Outcomes of consecutive records; {@code null} at the end. */
  interface Source extends Closeable {
    /** The next record's outcome, or null after the last. */
    Outcome next();
  }

  /** Opens a {@link Source}. */
  interface Opener {
    /** Opens the source. */
    Source open() throws IOException;
  }

  private final Opener opener;
  private final Function<Exception, Rejection> openFailure;
  private final Deque<Row> buffer = new ArrayDeque<>();
  private Source source;
  private boolean finished;

  /** Rows of the source {@code opener} opens; {@code openFailure} describes a failure to open. */
  LazyRows(Opener opener, Function<Exception, Rejection> openFailure) {
    this.opener = opener;
    this.openFailure = openFailure;
  }

  /** A source of one rejection. */
  static Source single(Rejection rejection) {
    boolean[] given = {false};
    return new Source() {
      @Override
      public Outcome next() {
        if (given[0]) {
          return null;
        }
        given[0] = true;
        return Outcome.rejected(rejection);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && !finished) {
      fill();
    }
    return !buffer.isEmpty();
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    return buffer.removeFirst();
  }

  private void fill() {
    if (source == null) {
      try {
        source = opener.open();
      } catch (IOException | RuntimeException e) {
        finished = true;
        buffer.add(TaggedRows.rejected(openFailure.apply(e)));
        return;
      }
    }
    Outcome outcome = source.next();
    if (outcome == null) {
      finished = true;
      try {
        source.close();
      } catch (IOException e) {
        // every row was read; a failing close loses nothing
      }
      return;
    }
    buffer.addAll(TaggedRows.of(outcome));
  }
}
