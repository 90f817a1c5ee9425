/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.deploy;

import static io.sparkdenoise.jobs.deploy.ProjectFiles.IMAGE_HOME;
import static io.sparkdenoise.jobs.deploy.ProjectFiles.ROOT;
import static io.sparkdenoise.jobs.deploy.ProjectFiles.map;
import static io.sparkdenoise.jobs.deploy.ProjectFiles.read;
import static io.sparkdenoise.jobs.deploy.ProjectFiles.relative;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.jobs.cli.LauncherCheck;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.deploy.DocumentedCommands.Found;
import io.sparkdenoise.jobs.deploy.DocumentedCommands.Program;
import io.sparkdenoise.jobs.spark.ObjectStores;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Every job command line the project shows runs as written, up to the point where its job would
 * start: the launcher, spark-submit and deploy/bin/submit lines of README.md, BENCHMARKS.md and the
 * Markdown under docs/ and deploy/, the arguments of the spark-operator manifests, and what the
 * deploy scripts submit (run with --dry-run, or with a spark-submit that records its arguments).
 * Each goes through the launcher's own parser and commands ({@link LauncherCheck}): a documented
 * command that does not parse, or whose configuration is refused, fails here. Placeholders such as
 * {@code DIR} or {@code hdfs:///...} are fine as long as they parse; nothing is read or started.
 */
class DocumentedCommandLinesTest {
  /** The job classes deploy files may name, and the launcher command each one runs. */
  private static final String LAUNCHER_CLASS = "io.sparkdenoise.jobs.cli.SparkDenoise";

  /** spark-submit options that take no value. */
  private static final Set<String> SUBMIT_FLAGS = Set.of("--verbose", "-v", "--supervise");

  /**
   * Deploy scripts that submit jobs but are not run here: their command lines run for real
   * elsewhere.
   */
  private static final Map<String, String> RUN_ELSEWHERE =
      Map.of(
          "deploy/bin/submit", "the wrapper itself: the scripts and README lines that use it are",
          "deploy/local-cluster/e2e.sh", "runs every job on a local cluster in ExecutorKillIT");

  private static final Pattern SUBMITS_A_JOB =
      Pattern.compile(
          "io\\.sparkdenoise\\.jobs\\.[a-z]+\\.[A-Z]|\"\\$submit\"|bin/spark-denoise\\b");

  private static final String K8S_MASTER = "k8s://https://api.example.com:6443";
  private static final String IMAGE = "registry.example.com/spark-denoise:0.1.0";

  @TempDir Path dir;

  @Test
  void everyCommandLineInTheDocsRunsUpToItsJob() throws Exception {
    List<Path> docs =
        new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md")));
    docs.addAll(ProjectFiles.docs());
    ProjectFiles.deployAndConfFiles().stream()
        .filter(f -> f.getFileName().toString().endsWith(".md"))
        .forEach(docs::add);
    List<Found> found = new ArrayList<>();
    for (Path doc : docs) {
      found.addAll(DocumentedCommands.in(doc));
    }

    assertThat(found)
        .extracting(Found::program)
        .contains(Program.LAUNCHER, Program.SPARK_SUBMIT, Program.SUBMIT);
    assertThat(found).filteredOn(f -> f.where().startsWith("BENCHMARKS.md")).isNotEmpty();
    assertThat(found).filteredOn(f -> f.where().startsWith("docs/")).isNotEmpty();
    List<String> refused = new ArrayList<>();
    for (Found command : found) {
      switch (command.program()) {
        case LAUNCHER -> check(command.where(), command.words(), refused);
        case SPARK_SUBMIT -> check(command.where(), jobArgs(command.words()), refused);
        case SUBMIT -> {
          List<String> args = new ArrayList<>(List.of("--dry-run"));
          args.addAll(command.words());
          Scripts.Run run =
              Scripts.script("deploy/bin/submit", Map.of(), args.toArray(String[]::new));
          assertThat(run.exitCode()).as(command.where() + ": " + run.err()).isZero();
          for (List<String> submitted : run.commands()) {
            check(command.where(), jobArgs(submitted.subList(1, submitted.size())), refused);
          }
        }
      }
    }
    assertThat(refused).isEmpty();
  }

  @Test
  void theArgumentsOfEverySparkApplicationManifestRunUpToItsJob() {
    List<String> refused = new ArrayList<>();
    int applications = 0;
    for (Path file : ProjectFiles.deployAndConfFiles()) {
      if (!file.getFileName().toString().matches(".*\\.ya?ml")) {
        continue;
      }
      for (Object document : new Yaml().loadAll(read(file))) {
        Object kind = map(document).get("kind");
        if (!"SparkApplication".equals(kind) && !"ScheduledSparkApplication".equals(kind)) {
          continue;
        }
        Map<String, Object> spec = map(map(document).get("spec"));
        if (spec.containsKey("template")) {
          spec = map(spec.get("template"));
        }
        applications++;
        List<String> arguments = new ArrayList<>();
        for (Object argument : (List<?>) spec.getOrDefault("arguments", List.of())) {
          arguments.add(String.valueOf(argument));
        }
        check(
            relative(file),
            launcherArgs(relative(file), (String) spec.get("mainClass"), arguments),
            refused);
      }
    }
    assertThat(applications).isGreaterThanOrEqualTo(4);
    assertThat(refused).isEmpty();
  }

  @Test
  void everyJobTheDeployScriptsSubmitRunsUpToItsJob() throws Exception {
    Map<String, List<List<String>>> submitted = new LinkedHashMap<>();
    submitted.put(
        "deploy/yarn/pipeline.sh",
        dryRun("deploy/yarn/pipeline.sh", Map.of("SPARK_DENOISE_INPUT", "hdfs:///in/**")));
    submitted.put("deploy/yarn/train-gpu.sh", dryRun("deploy/yarn/train-gpu.sh", Map.of()));
    submitted.put(
        "deploy/k8s/submit-train.sh",
        dryRun(
            "deploy/k8s/submit-train.sh",
            Map.of("SPARK_DENOISE_K8S_MASTER", K8S_MASTER, "SPARK_DENOISE_IMAGE", IMAGE)));
    submitted.put("deploy/nightly/denoise-nightly.sh", List.of(theCrontabsNightlyRun()));

    Set<String> scripts = new TreeSet<>(submitted.keySet());
    scripts.addAll(RUN_ELSEWHERE.keySet());
    assertThat(scripts)
        .as("scripts that submit jobs: check them here or say where they run")
        .isEqualTo(scriptsThatSubmitJobs());
    assertThat(submitted.get("deploy/yarn/pipeline.sh")).hasSize(4);
    List<String> refused = new ArrayList<>();
    submitted.forEach(
        (script, commands) ->
            commands.forEach(
                command -> check(script, jobArgs(command.subList(1, command.size())), refused)));
    assertThat(refused).isEmpty();
  }

  @Test
  void aCommandLineTheLauncherRefusesFailsTheCheck() {
    List<String> refused = new ArrayList<>();

    check(
        "unknown option",
        List.of("train", "--pairs", "p", "--output", "m", "--loss", "mse"),
        refused);
    check(
        "bad value",
        List.of("train", "--pairs", "p", "--output", "m", "--conf", "train.epochs=many"),
        refused);
    check(
        "fine",
        List.of("train", "--pairs", "p", "--output", "m", "--conf", "train.loss=mse"),
        refused);

    assertThat(refused).hasSize(2);
    assertThat(refused.get(0))
        .startsWith("unknown option: train --pairs p --output m --loss mse")
        .contains("Unknown options: '--loss', 'mse'");
    assertThat(refused.get(1)).contains("train.epochs must be an integer, got 'many'");
  }

  /**
   * Checks one launcher command line; a refusal goes to {@code refused} with where it was found.
   * {@code COMMAND} (a documented placeholder) stands for every command.
   */
  private static void check(String where, List<String> args, List<String> refused) {
    if (!args.isEmpty() && args.get(0).equals("COMMAND")) {
      for (String command : LauncherCheck.commands()) {
        List<String> each = new ArrayList<>(args);
        each.set(0, command);
        check(where, each, refused);
      }
      return;
    }
    List<String> local = onThisCheckout(args);
    LauncherCheck.Outcome outcome = LauncherCheck.check(local);
    if (!outcome.accepted()) {
      refused.add(
          where
              + ": "
              + String.join(" ", args)
              + "\n  -> exit "
              + outcome.exitCode()
              + ": "
              + outcome.err());
    } else if (writesToAnObjectStore(local) && !acceptsObjectStores(local)) {
      refused.add(
          where
              + ": "
              + String.join(" ", args)
              + "\n  -> its output is on an object store, which its configuration refuses ("
              + ObjectStores.MODE
              + ")");
    }
  }

  private static boolean writesToAnObjectStore(List<String> args) {
    int output = args.indexOf("--output");
    if (output < 0 || output + 1 >= args.size()) {
      return false;
    }
    String scheme = URI.create(args.get(output + 1)).getScheme();
    return scheme != null && ObjectStores.SCHEMES.contains(scheme);
  }

  /** Whether the command's --config and --conf let its job commit to an object store. */
  private static boolean acceptsObjectStores(List<String> args) {
    Optional<Path> config = Optional.empty();
    List<String> overrides = new ArrayList<>();
    for (int k = 0; k + 1 < args.size(); k++) {
      if (args.get(k).equals("--config")) {
        config = Optional.of(Path.of(args.get(k + 1)));
      } else if (args.get(k).equals("--conf")) {
        overrides.add(args.get(k + 1));
      }
    }
    return ObjectStores.RENAME.equals(
        SparkOptions.from(ConfigLayers.load(config, overrides)).settings().get(ObjectStores.MODE));
  }

  /**
   * {@code args} with the {@code --config} file found in this checkout: the images hold conf/ under
   * {@value ProjectFiles#IMAGE_HOME}, YARN gets a profile by its bare name (shipped with --files),
   * and relative paths are the project root's.
   */
  private static List<String> onThisCheckout(List<String> args) {
    List<String> local = new ArrayList<>(args);
    for (int k = 0; k + 1 < local.size(); k++) {
      if (local.get(k).equals("--config")) {
        String path = local.get(k + 1);
        Path file = Path.of(path);
        if (path.startsWith(IMAGE_HOME)) {
          file = ROOT.resolve(path.substring(IMAGE_HOME.length()));
        } else if (!file.isAbsolute()) {
          file = (file.getNameCount() == 1 ? ROOT.resolve("conf") : ROOT).resolve(file);
        }
        local.set(k + 1, file.toString());
      }
    }
    return local;
  }

  /** The launcher command line a spark-submit command line runs (its words after spark-submit). */
  private static List<String> jobArgs(List<String> submit) {
    String mainClass = null;
    int k = 0;
    while (k < submit.size() && submit.get(k).startsWith("-")) {
      String option = submit.get(k);
      if (option.equals("--class")) {
        mainClass = submit.get(k + 1);
      }
      k += SUBMIT_FLAGS.contains(option) || option.contains("=") ? 1 : 2;
    }
    assertThat(k).as("a jar in " + submit).isLessThan(submit.size());
    return launcherArgs(String.join(" ", submit), mainClass, submit.subList(k + 1, submit.size()));
  }

  /** The launcher's arguments of a submission; every submission runs the one entry point. */
  private static List<String> launcherArgs(String where, String mainClass, List<String> args) {
    assertThat(mainClass).as(where + ": main class").isEqualTo(LAUNCHER_CLASS);
    return args;
  }

  private static List<List<String>> dryRun(String script, Map<String, String> env)
      throws Exception {
    Scripts.Run run = Scripts.script(script, env, "--dry-run");
    assertThat(run.exitCode()).as(script + ": " + run.err()).isZero();
    return run.commands();
  }

  /**
   * The spark-submit command deploy/nightly/denoise-nightly.sh runs for the line of its
   * crontab.example, recorded by a spark-submit that only writes down its arguments.
   */
  private List<String> theCrontabsNightlyRun() throws Exception {
    List<String> line =
        ShellWords.commands(read(ROOT.resolve("deploy/nightly/crontab.example")), Map.of()).stream()
            .filter(words -> !words.get(0).contains("="))
            .findFirst()
            .orElseThrow();
    assertThat(line.get(5)).isEqualTo(IMAGE_HOME + "bin/denoise-nightly.sh");
    Scripts.executable(
        Files.createDirectories(dir.resolve("spark/bin")).resolve("spark-submit"),
        "#!/usr/bin/env bash\nprintf '%s\\0' \"$@\" > \"$SPARK_HOME/argv\"\n");
    Scripts.Run run =
        Scripts.script(
            "deploy/nightly/denoise-nightly.sh",
            Map.of(
                "SPARK_HOME", dir.resolve("spark").toString(),
                "SPARK_DENOISE_LOCK", dir.resolve("lock").toString(),
                "SPARK_DENOISE_LOG_DIR", dir.resolve("logs").toString()),
            line.subList(6, line.size()).toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> command = new ArrayList<>(List.of("spark-submit"));
    command.addAll(
        List.of(Files.readString(dir.resolve("spark/argv"), StandardCharsets.UTF_8).split("\0")));
    return command;
  }

  /** The deploy scripts whose code (not comments) names a job class, the launcher or submit. */
  private static Set<String> scriptsThatSubmitJobs() {
    Set<String> scripts = new TreeSet<>();
    for (Path script : ProjectFiles.shellScripts()) {
      try (Stream<String> lines = read(script).lines()) {
        if (lines
            .filter(l -> !l.strip().startsWith("#"))
            .anyMatch(l -> SUBMITS_A_JOB.matcher(l).find())) {
          scripts.add(relative(script));
        }
      }
    }
    return scripts;
  }
}
