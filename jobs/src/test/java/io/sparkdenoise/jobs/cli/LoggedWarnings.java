/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * The warnings and errors logged (through log4j, where the launcher's logging goes) from {@link
 * #capture()} until {@link #close()}: what a user would see on stderr besides the launcher's own
 * line.
 */
final class LoggedWarnings implements AutoCloseable {
  private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
  private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
  private final AbstractAppender appender;

  private LoggedWarnings() {
    appender =
        new AbstractAppender(
            "warnings-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY) {
          @Override
          public void append(LogEvent event) {
            messages.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
          }
        };
    appender.start();
    context.getConfiguration().getRootLogger().addAppender(appender, Level.WARN, null);
    context.updateLoggers();
  }

  /** Starts capturing. */
  static LoggedWarnings capture() {
    return new LoggedWarnings();
  }

  /** What was logged at WARN or above so far, as {@code LEVEL message}. */
  List<String> messages() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }

  @Override
  public void close() {
    context.getConfiguration().getRootLogger().removeAppender(appender.getName());
    context.updateLoggers();
    appender.stop();
  }
}
