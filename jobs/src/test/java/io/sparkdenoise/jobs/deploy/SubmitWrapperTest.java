/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import static io.sparkdenoise.jobs.deploy.ProjectFiles.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.cli.SparkDenoise;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.spark.SparkDefaults;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/bin/submit and the examples that use it, run with --dry-run: the spark-submit command they
 * print names a job class that exists, the jar the build makes (or the image holds), the profile
 * the job then reads, and hands every Spark setting of that profile to spark-submit in a properties
 * file the launcher rendered from the HOCON profile.
 */
class SubmitWrapperTest {
  private static final String SUBMIT = "deploy/bin/submit";
  private static final String K8S_MASTER = "k8s://https://api.example.com:6443";
  private static final String IMAGE = "registry.example.com/spark-denoise:0.1.0";

  @TempDir Path dir;

  private static List<String> dryRun(Map<String, String> env, String... args) throws Exception {
    Scripts.Run run = Scripts.script(SUBMIT, env, args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<List<String>> commands = run.commands();
    assertThat(commands).hasSize(1);
    return commands.get(0);
  }

  private static String after(List<String> command, String option) {
    int i = command.indexOf(option);
    assertThat(i).as(option + " in " + command).isNotNegative();
    return command.get(i + 1);
  }

  /**
   * The Spark properties a command gives spark-submit: those of its --properties-file, then its
   * --conf values (the last one of a key winning), as spark-submit merges them.
   */
  private static SortedMap<String, String> confs(List<String> command) throws IOException {
    SortedMap<String, String> confs =
        SparkDefaults.read(Path.of(after(command, "--properties-file")));
    for (int i = 0; i < command.size() - 1; i++) {
      if (command.get(i).equals("--conf")) {
        String kv = command.get(i + 1);
        confs.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
      }
    }
    return confs;
  }

  /** The spark.settings of a conf/ profile, as the jobs read them (includes resolved). */
  private static SortedMap<String, String> profile(String name) {
    Path file = ROOT.resolve("conf").resolve(name);
    return SparkOptions.from(ConfigLayers.load(Optional.of(file), List.of())).settings();
  }

  /** The application's arguments: everything after the jar. */
  private static List<String> appArgs(List<String> command, String jar) {
    return command.subList(command.lastIndexOf(jar) + 1, command.size());
  }

  /** The jar the build writes for a shaded classifier, e.g. {@code bin}. */
  private static String buildJar(String classifier) {
    String name = "spark-denoise-jobs-" + ProjectFiles.version() + "-" + classifier + ".jar";
    assertThat(ProjectFiles.buildJars()).contains(name);
    return ROOT.resolve("jobs/target").resolve(name).toString();
  }

  /** The one main class every submission runs: the launcher, whose first argument is a command. */
  private static void assertRunsTheLauncher(List<String> command) {
    assertThat(after(command, "--class")).isEqualTo(SparkDenoise.class.getName());
  }

  /** The launcher command of a submission: the first argument after the jar. */
  private static String launcherCommand(List<String> command) {
    return command.get(command.indexOf("--class") + 3);
  }

  @Test
  void submitsTrainToYarnInClusterModeWithTheCudaJarAndTheGpuProfile() throws Exception {
    List<String> command =
        dryRun(
            Map.of(),
            "--target",
            "yarn",
            "--gpu",
            "--dry-run",
            "--queue",
            "gpu",
            "train",
            "--pairs",
            "hdfs:///p",
            "--output",
            "hdfs:///m");

    assertThat(command.get(0)).isEqualTo("spark-submit");
    assertThat(after(command, "--master")).isEqualTo("yarn");
    assertThat(after(command, "--deploy-mode")).isEqualTo("cluster");
    assertThat(after(command, "--queue")).isEqualTo("gpu");
    assertRunsTheLauncher(command);
    String jar = buildJar("bin-cuda");
    assertThat(command).contains(jar);
    assertThat(confs(command)).containsAllEntriesOf(profile("yarn-gpu.conf"));
    assertThat(confs(command))
        .containsEntry("spark.executor.resource.gpu.amount", "1")
        .containsEntry("spark.executor.extraClassPath", "__app__.jar");
    List<String> shipped = List.of(after(command, "--files").split(","));
    assertThat(shipped)
        .containsExactly(
            ROOT.resolve("conf/yarn.conf").toString(),
            ROOT.resolve("conf/yarn-gpu.conf").toString(),
            ROOT.resolve("deploy/gpu/discover-gpus.sh").toString());
    assertThat(confs(command).get("spark.executor.resource.gpu.discoveryScript"))
        .isEqualTo("./discover-gpus.sh");
    assertThat(appArgs(command, jar))
        .containsExactly(
            "train", "--config", "yarn-gpu.conf", "--pairs", "hdfs:///p", "--output", "hdfs:///m");
  }

  @Test
  void submitsScoreToKubernetesWithTheImagesJarAndProfile() throws Exception {
    List<String> command =
        dryRun(
            Map.of("SPARK_DENOISE_K8S_MASTER", K8S_MASTER),
            "--target",
            "k8s",
            "--image",
            IMAGE,
            "--dry-run",
            "score",
            "--model",
            "s3a://b/m");

    assertThat(after(command, "--master")).isEqualTo(K8S_MASTER);
    assertThat(after(command, "--deploy-mode")).isEqualTo("cluster");
    assertRunsTheLauncher(command);
    String jar = "local:///opt/spark-denoise/lib/spark-denoise-jobs-bin.jar";
    assertThat(command).contains(jar);
    assertThat(confs(command))
        .containsAllEntriesOf(profile("k8s.conf"))
        .containsEntry("spark.kubernetes.container.image", IMAGE)
        .containsEntry("spark.kubernetes.namespace", "spark-denoise")
        .containsEntry("spark.executor.extraClassPath", jar.substring("local://".length()));
    assertThat(appArgs(command, jar))
        .containsExactly(
            "score", "--config", "/opt/spark-denoise/conf/k8s.conf", "--model", "s3a://b/m");
  }

  @Test
  void submitsAnyCommandThroughTheLauncherToAStandaloneMasterInClientMode() throws Exception {
    List<String> command =
        dryRun(
            Map.of("SPARK_HOME", "/opt/spark"),
            "--target",
            "standalone",
            "--master",
            "spark://127.0.0.1:7077",
            "--dry-run",
            "sql",
            "--config",
            "my.conf",
            "select 1");

    assertThat(command.get(0)).isEqualTo("/opt/spark/bin/spark-submit");
    assertThat(after(command, "--deploy-mode")).isEqualTo("client");
    assertRunsTheLauncher(command);
    String jar = buildJar("bin");
    assertThat(after(command, "--driver-class-path")).isEqualTo(jar);
    assertThat(confs(command)).containsAllEntriesOf(profile("standalone.conf"));
    assertThat(appArgs(command, jar)).containsExactly("sql", "--config", "my.conf", "select 1");
  }

  @Test
  void refusesWhatCannotWorkInOneLineWithExitCode2() throws Exception {
    Scripts.Run client =
        Scripts.script(SUBMIT, Map.of(), "--target", "yarn", "--deploy-mode", "client", "train");
    Scripts.Run noImage =
        Scripts.script(SUBMIT, Map.of(), "--target", "k8s", "--master", K8S_MASTER, "train");
    Scripts.Run noTarget = Scripts.script(SUBMIT, Map.of(), "train");

    assertThat(client.exitCode()).isEqualTo(2);
    assertThat(client.err())
        .isEqualTo(
            "submit: yarn runs in cluster mode only (the jar reaches the executors' class"
                + " path as __app__.jar)\n");
    assertThat(noImage.exitCode()).isEqualTo(2);
    assertThat(noImage.err())
        .isEqualTo(
            "submit: k8s: --image (or SPARK_DENOISE_IMAGE) is required, see deploy/docker/\n");
    assertThat(noTarget.err()).isEqualTo("submit: no profile " + ROOT.resolve("conf/.conf") + "\n");
  }

  @Test
  void theYarnPipelineExampleSubmitsIngestPairsTrainAndScore() throws Exception {
    Scripts.Run run =
        Scripts.script(
            "deploy/yarn/pipeline.sh", Map.of("SPARK_DENOISE_INPUT", "hdfs:///in/**"), "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<List<String>> commands = run.commands();
    commands.forEach(SubmitWrapperTest::assertRunsTheLauncher);
    assertThat(commands)
        .extracting(SubmitWrapperTest::launcherCommand)
        .containsExactly("ingest", "pairs", "train", "score");
    assertThat(commands.get(1)).contains("--images", "hdfs:///spark-denoise/corpus/images");
  }

  @Test
  void theGpuExamplesReachGpuNodesByResourceSchedulingOrNodeLabel() throws Exception {
    Scripts.Run yarn =
        Scripts.script(
            "deploy/yarn/train-gpu.sh", Map.of("SPARK_DENOISE_NODE_LABEL", "gpu"), "--dry-run");
    Scripts.Run k8s =
        Scripts.script(
            "deploy/k8s/submit-train.sh",
            Map.of("SPARK_DENOISE_K8S_MASTER", K8S_MASTER, "SPARK_DENOISE_IMAGE", IMAGE),
            "--dry-run",
            "--gpu");

    assertThat(yarn.exitCode()).as(yarn.err()).isZero();
    assertThat(confs(yarn.commands().get(0)))
        .containsEntry("spark.yarn.executor.nodeLabelExpression", "gpu")
        .containsEntry("spark.yarn.am.nodeLabelExpression", "gpu")
        .containsEntry("spark.driver.resource.gpu.amount", "1");
    assertThat(k8s.exitCode()).as(k8s.err()).isZero();
    List<String> command = k8s.commands().get(0);
    assertThat(confs(command))
        .containsAllEntriesOf(profile("k8s-gpu.conf"))
        .containsEntry("spark.executor.resource.gpu.vendor", "nvidia.com");
    assertThat(command).contains("local:///opt/spark-denoise/lib/spark-denoise-jobs-bin-cuda.jar");
  }

  @Test
  void theClustersSparkDefaultsComeFirstAndTheProfileWins() throws Exception {
    Path confDir = Files.createDirectories(dir.resolve("spark-conf"));
    Files.writeString(
        confDir.resolve("spark-defaults.conf"),
        "spark.eventLog.enabled true\nspark.executor.memory=1g\n",
        StandardCharsets.UTF_8);

    List<String> command =
        dryRun(
            Map.of("SPARK_CONF_DIR", confDir.toString()),
            "--target",
            "standalone",
            "--master",
            "spark://127.0.0.1:7077",
            "--dry-run",
            "ingest");

    assertThat(confs(command))
        .containsEntry("spark.eventLog.enabled", "true")
        .containsEntry("spark.executor.memory", "4g")
        .containsAllEntriesOf(profile("standalone.conf"));
  }

  @Test
  void aProfileMayUseAnyHoconIncludesSeveralSettingsALineAndTheEnvironment() throws Exception {
    Path profile = dir.resolve("mine.conf");
    Files.writeString(
        profile,
        "include file(\""
            + ROOT.resolve("conf/standalone.conf")
            + "\")\n"
            + "spark.settings {\n"
            + "  \"spark.executor.memory\" = 6g, spark.eventLog.dir = ${EVENT_DIR}/spark\n"
            + "  \"spark.driver.extraJavaOptions\" = \"-Da=1 \"\"-Db=2\"\n"
            + "}\n",
        StandardCharsets.UTF_8);

    List<String> command =
        dryRun(
            Map.of("EVENT_DIR", "hdfs:///logs"),
            "--target",
            "standalone",
            "--master",
            "spark://127.0.0.1:7077",
            "--config",
            profile.toString(),
            "--dry-run",
            "ingest");

    assertThat(confs(command))
        .containsEntry("spark.executor.memory", "6g")
        .containsEntry("spark.eventLog.dir", "hdfs:///logs/spark")
        .containsEntry("spark.driver.extraJavaOptions", "-Da=1 -Db=2")
        .containsEntry("spark.executor.cores", "2");
  }
}
