/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.core.model;

import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * How the learning rate changes with the epoch (counted from 0): constant, step decay ({@code lr *
 * factor^floor(epoch / every)}) or exponential decay ({@code lr * factor^epoch}). Immutable.
 *
 * @param kind the shape of the schedule
 * @param factor the decay factor, in (0, 1]; 1 for {@link Kind#CONSTANT}
 * @param everyEpochs epochs between steps, at least 1; 1 unless {@link Kind#STEP}
 */
public record LearningRateSchedule(Kind kind, double factor, int everyEpochs) {
  /** Schedule shapes. */
  public enum Kind {
    /** The same rate every epoch. */
    CONSTANT,
    /** Multiplied by the factor every {@code everyEpochs} epochs. */
    STEP,
    /** Multiplied by the factor every epoch. */
    EXPONENTIAL
  }

  /** Checks the factor and the step length. */
  public LearningRateSchedule {
    if (kind == null) {
      throw new IllegalArgumentException("schedule kind must be given, got null");
    }
    if (!(factor > 0 && factor <= 1)) {
      throw new IllegalArgumentException("decay factor must be in (0, 1], got " + factor);
    }
    if (everyEpochs < 1) {
      throw new IllegalArgumentException("epochs per step must be at least 1, got " + everyEpochs);
    }
  }

  /** The same rate throughout. */
  public static LearningRateSchedule constant() {
    return new LearningRateSchedule(Kind.CONSTANT, 1, 1);
  }

  /** {@code lr * factor^floor(epoch / everyEpochs)}. */
  public static LearningRateSchedule step(double factor, int everyEpochs) {
    return new LearningRateSchedule(Kind.STEP, factor, everyEpochs);
  }

  /** {@code lr * factor^epoch}. */
  public static LearningRateSchedule exponential(double factor) {
    return new LearningRateSchedule(Kind.EXPONENTIAL, factor, 1);
  }

  /** The rate in a 0-based epoch for an initial rate. */
  public double rateAt(double initial, int epoch) {
    return switch (kind) {
      case CONSTANT -> initial;
      case STEP -> initial * Math.pow(factor, Math.floorDiv(epoch, everyEpochs));
      case EXPONENTIAL -> initial * Math.pow(factor, epoch);
    };
  }

  ISchedule toDl4j(double initial) {
    return switch (kind) {
      case CONSTANT -> new StepSchedule(ScheduleType.EPOCH, initial, 1, 1);
      case STEP -> new StepSchedule(ScheduleType.EPOCH, initial, factor, everyEpochs);
      case EXPONENTIAL -> new ExponentialSchedule(ScheduleType.EPOCH, initial, factor);
    };
  }
}
