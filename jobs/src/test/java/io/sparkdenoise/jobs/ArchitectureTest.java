/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.sparkdenoise.jobs.cli.SparkDenoise;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structure of core and jobs (docs/ARCHITECTURE.md, "Layers inside jobs"), checked on the
 * compiled main classes so that it stays true. Inside jobs, each layer imports only what stands
 * below it:
 *
 * <ol>
 *   <li>the launcher: {@code cli} (picocli, the one {@code main}) and the commands that chain other
 *       jobs, {@code demo} and {@code notebook};
 *   <li>the jobs, one package each, none importing another;
 *   <li>what they share: {@code contracts} (one per table), {@code executor}, {@code spark}, {@code
 *       config} and the root package;
 *   <li>core.
 * </ol>
 *
 * <p>DL4J and ND4J stay in core's {@code model} and {@code nativesetup}, the oneDNN shim and the
 * jobs' {@code train}; packages form no cycles; defaults live in reference.conf, not in constants.
 */
class ArchitectureTest {
  private static final String JOBS = "io.sparkdenoise.jobs";
  private static final List<String> LAUNCHER = List.of("cli", "compare", "demo", "notebook");
  private static final List<String> JOB_PACKAGES =
      List.of("ingest", "pairs", "train", "score", "denoise", "pages", "report", "tables");
  private static final List<String> SHARED = List.of("contracts", "executor", "spark", "config");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.sparkdenoise", "org.nd4j.nativeblas");
  }

  @Test
  void eachLayerOfJobsUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Launcher")
        .definedBy(packages(LAUNCHER))
        .layer("Jobs")
        .definedBy(packages(JOB_PACKAGES))
        .layer("Shared")
        .definedBy(concat(packages(SHARED), JOBS))
        .layer("Core")
        .definedBy("io.sparkdenoise.core..", "io.sparkdenoise.onednn..")
        .whereLayer("Launcher")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Jobs")
        .mayOnlyBeAccessedByLayers("Launcher")
        .whereLayer("Shared")
        .mayOnlyBeAccessedByLayers("Launcher", "Jobs")
        .whereLayer("Core")
        .mayOnlyBeAccessedByLayers("Launcher", "Jobs", "Shared")
        .check(classes);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ingest", "pairs", "train", "score", "denoise", "pages", "report", "tables"})
  void noJobImportsAnotherJob(String job) {
    String[] others =
        JOB_PACKAGES.stream()
            .filter(other -> !other.equals(job))
            .map(p -> JOBS + "." + p + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(JOBS + "." + job + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("what two jobs share moves down, to contracts, executor, spark or core")
        .check(classes);
  }

  @Test
  void dl4jAndNd4jStayInTheModelTheNativeSetupTheShimAndTraining() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "io.sparkdenoise.core.model..",
            "io.sparkdenoise.core.nativesetup..",
            "io.sparkdenoise.onednn..",
            "org.nd4j.nativeblas..",
            JOBS + ".train..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
        .because("everything else sees core.model.TrainedNetwork, so another engine can run it")
        .check(classes);
  }

  @Test
  void coreNeverSeesSparkOrHadoop() {
    noClasses()
        .that()
        .resideInAPackage("io.sparkdenoise.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", JOBS + "..")
        .check(classes);
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("io.sparkdenoise.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theLauncherIsTheOnlyMain() {
    methods()
        .that()
        .haveName("main")
        .and()
        .areStatic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(JOBS + "..")
        .should()
        .beDeclaredIn(SparkDenoise.class)
        .because("spark-submit and bin/spark-denoise run SparkDenoise COMMAND")
        .check(classes);
  }

  @Test
  void defaultsLiveInReferenceConfNotInConstants() {
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(JOBS + "..")
        .should()
        .haveNameMatching(".*_DEFAULT")
        .because("reference.conf is the one place a default is written")
        .check(classes);
  }

  private static String[] packages(List<String> names) {
    return names.stream().map(name -> JOBS + "." + name + "..").toArray(String[]::new);
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
