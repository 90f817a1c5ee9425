/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.compare;

import io.sparkdenoise.core.filter.IdentityDenoiser;
import io.sparkdenoise.core.plan.Split;
import io.sparkdenoise.core.provenance.BuildInfo;
import io.sparkdenoise.jobs.Stopwatch;
import io.sparkdenoise.jobs.contracts.MetricsRun;
import io.sparkdenoise.jobs.report.CompareReport;
import io.sparkdenoise.jobs.score.ScoreJob;
import io.sparkdenoise.jobs.score.ScoreResult;
import io.sparkdenoise.jobs.train.TrainJob;
import io.sparkdenoise.jobs.train.TrainResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code compare} command's work: for each preset and loss in turn, the train job into {@code
 * <output>/models/<preset>-<loss>} and the score job into run {@code <preset>-<loss>} of {@code
 * <output>/metrics} (the test split by default), then {@link CompareReport} into {@code
 * <output>/report.html}. The runs go one after another in one Spark application, so on a cluster
 * each has all the executors for itself, and each output is committed atomically as its job commits
 * it: a comparison stopped half way keeps the runs it finished, and running it again replaces them.
 */
public final class CompareJob {
  private static final Logger LOG = LoggerFactory.getLogger(CompareJob.class);

  private CompareJob() {}

  /**
   * Trains, scores and reports every run.
   *
   * @throws IOException when the pairs table cannot be used or an output cannot be committed
   */
  public static CompareResult run(SparkSession spark, CompareConfig config) throws IOException {
    var watch = Stopwatch.start();
    List<CompareReport.Run> done = new ArrayList<>();
    int n = 0;
    for (CompareConfig.Run run : config.runs()) {
      LOG.info("compare: {} ({} of {})", run.name(), ++n, config.runs().size());
      TrainResult trained = TrainJob.run(spark, run.train());
      ScoreResult scored = ScoreJob.run(spark, run.score());
      done.add(
          new CompareReport.Run(
              run.name(),
              run.preset().id(),
              run.loss().id(),
              trained.output(),
              scored.output(),
              scored.methods().get(MetricsRun.MODEL_METHOD),
              scored.methods().get(IdentityDenoiser.NAME),
              trained.epochs().size(),
              trained.committed().epoch(),
              trained.seconds()));
    }
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Pairs table", config.pairs());
    facts.put("Splits scored", Split.labels(config.runs().get(0).score().splits()));
    facts.put("Train seed", Long.toString(config.runs().get(0).train().training().seed()));
    facts.put("Code revision", BuildInfo.gitRevision());
    Path report = CompareReport.write(spark, config.report(), done, facts);
    return new CompareResult(done, report.toString(), watch.roundedSeconds());
  }
}
