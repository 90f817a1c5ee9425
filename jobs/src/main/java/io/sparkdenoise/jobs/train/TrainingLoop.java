/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.train;

import io.sparkdenoise.core.model.Dl4jNetwork;
import io.sparkdenoise.core.provenance.Provenance;
import io.sparkdenoise.core.training.CheckpointNames;
import io.sparkdenoise.core.training.EarlyStopping;
import io.sparkdenoise.core.training.StoppingState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The epoch loop both engines share: fit an epoch, score the validation pairs, update the early
 * stopping, keep a copy of the best network, checkpoint when due; from the first epoch or from
 * after a resumed checkpoint's. With early stopping the network handed back is the best epoch's,
 * otherwise the last one's. Driver only; not thread-safe.
 */
final class TrainingLoop {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);

  private final TrainConfig config;
  private final Validation validation;
  private final Optional<Checkpoints> checkpoints;
  private final Provenance provenance;

  TrainingLoop(
      TrainConfig config,
      Validation validation,
      Optional<Checkpoints> checkpoints,
      Provenance provenance) {
    this.config = config;
    this.validation = validation;
    this.checkpoints = checkpoints;
    this.provenance = provenance;
  }

  /** Trains the epochs after {@code resumed}'s (or all of them) with {@code engine}. */
  Trained run(EpochTrainer engine, Optional<Resumed> resumed) throws IOException {
    EarlyStopping stopping = config.earlyStopping();
    List<EpochMetrics> history = new ArrayList<>();
    StoppingState state = StoppingState.initial();
    Dl4jNetwork best = null;
    int done = 0;
    if (resumed.isPresent()) {
      history.addAll(resumed.get().state().history());
      state = resumed.get().state().stopping();
      best = resumed.get().best();
      done = resumed.get().state().epoch();
    }
    boolean stopped = stopping.shouldStop(state);
    for (int epoch = done + 1; epoch <= config.epochs() && !stopped; epoch++) {
      EpochTrainer.Fitted fitted = engine.fit(epoch);
      Validation.Score score = validation.score(engine.network());
      if (stopping.enabled()) {
        state = stopping.observe(state, epoch, monitored(score));
        if (state.bestEpoch() == epoch) {
          best = engine.network().copy();
        }
      }
      history.add(metrics(epoch, fitted, score, stopping.enabled() ? state.bestEpoch() : 0));
      stopped = stopping.shouldStop(state);
      if (stopped) {
        LOG.info(
            "train: stopping early after epoch {}, {} epochs without improving {} on epoch {}",
            epoch,
            state.epochsSinceBest(),
            stopping.monitor().id(),
            state.bestEpoch());
      }
      boolean last = stopped || epoch == config.epochs();
      if (checkpoints.isPresent()
          && CheckpointNames.due(epoch, config.checkpointing().every(), last)) {
        CheckpointState saved = new CheckpointState(epoch, engine.examples(), history, state);
        Dl4jNetwork bestCopy = state.bestEpoch() == epoch ? null : best;
        checkpoints.get().write(saved, engine.network(), bestCopy, provenance);
      }
    }
    Dl4jNetwork committed = stopping.enabled() && best != null ? best : engine.network();
    return new Trained(
        committed,
        history,
        engine.examples(),
        stopping.enabled() ? state.bestEpoch() : 0,
        stopped,
        done,
        Optional.empty());
  }

  private double monitored(Validation.Score score) {
    return switch (config.earlyStopping().monitor()) {
      case VAL_LOSS -> score.loss();
      case VAL_PSNR -> score.psnr();
      case VAL_SSIM -> score.ssim();
    };
  }

  private static EpochMetrics metrics(
      int epoch, EpochTrainer.Fitted fitted, Validation.Score score, int bestEpoch) {
    return new EpochMetrics(
        epoch,
        fitted.trainLoss(),
        score.loss(),
        score.psnr(),
        score.ssim(),
        fitted.imagesPerSecond(),
        fitted.seconds(),
        fitted.learningRate(),
        bestEpoch);
  }
}
