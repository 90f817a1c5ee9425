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

import io.sparkdenoise.jobs.cli.SparkDenoise;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.config.ConfigReader;
import io.sparkdenoise.jobs.spark.SparkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every file under deploy/ and conf/ stays true to the build: manifests and profiles parse, every
 * class, jar, profile and project file they name exists, no secret is written into them, and the
 * Dockerfiles build on the official Spark image and run as a non-root user. Generic: files added
 * later (e.g. deploy/nightly/) are checked the same way.
 */
class DeployFilesTest {
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\bio\\.sparkdenoise(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_]*");
  private static final Pattern JAR_NAME =
      Pattern.compile("spark-denoise-jobs[A-Za-z0-9._-]*\\.jar");
  private static final Pattern IMAGE_PATH =
      Pattern.compile(Pattern.quote(IMAGE_HOME) + "[A-Za-z0-9._/-]*[A-Za-z0-9_-]");
  private static final Pattern PROJECT_PATH =
      Pattern.compile("(?<![\\w/.$-])((?:conf|deploy|bench|bin)/[A-Za-z0-9._/-]*[A-Za-z0-9_-])");
  private static final Pattern INCLUDE =
      Pattern.compile("^\\s*include\\s+\"([^\"]+)\"", Pattern.MULTILINE);
  private static final Pattern MAX_PHYSICAL =
      Pattern.compile("-Dorg\\.bytedeco\\.javacpp\\.maxphysicalbytes=(\\S+)");
  private static final Set<String> OPERATOR_KINDS =
      Set.of("SparkApplication", "ScheduledSparkApplication");

  @Test
  void everyYamlManifestParsesAndEverySparkApplicationIsComplete() {
    List<Path> manifests = filesEndingWith(".yaml", ".yml");
    assertThat(manifests).isNotEmpty();
    for (Path file : manifests) {
      int documents = 0;
      for (Object document : new Yaml().loadAll(read(file))) {
        documents++;
        assertThat(document).as(relative(file)).isInstanceOf(Map.class);
        Map<String, Object> manifest = map(document);
        assertThat(manifest).as(relative(file)).containsKeys("apiVersion", "kind", "metadata");
        if (OPERATOR_KINDS.contains(manifest.get("kind"))) {
          assertSparkApplication(relative(file), manifest);
        }
      }
      assertThat(documents).as(relative(file)).isPositive();
    }
  }

  private static void assertSparkApplication(String file, Map<String, Object> manifest) {
    assertThat(manifest.get("apiVersion")).as(file).isEqualTo("sparkoperator.k8s.io/v1beta2");
    Map<String, Object> spec = map(manifest.get("spec"));
    if ("ScheduledSparkApplication".equals(manifest.get("kind"))) {
      assertThat(spec).as(file).containsKeys("schedule", "template");
      spec = map(spec.get("template"));
    }
    assertThat(spec.get("type")).as(file).isEqualTo("Java");
    assertThat(spec.get("mode")).as(file).isEqualTo("cluster");
    assertThat(spec.get("sparkVersion")).as(file).isEqualTo(ProjectFiles.property("spark.version"));
    assertThat(spec).as(file).containsKeys("image", "mainClass", "mainApplicationFile", "driver");
    String jar = (String) spec.get("mainApplicationFile");
    assertThat(jar).as(file).startsWith("local://" + IMAGE_HOME + "lib/");
    Map<String, Object> conf = map(spec.get("sparkConf"));
    assertThat(conf.get("spark.executor.extraClassPath"))
        .as(file + ": the jar on the executors' system class path (DL4J's oneDNN check)")
        .isEqualTo(jar.substring("local://".length()));
    for (String role : List.of("driver", "executor")) {
      Map<String, Object> pod = map(spec.get(role));
      Map<String, Object> security = map(pod.get("securityContext"));
      assertThat(security.get("runAsNonRoot")).as(file + " " + role).isEqualTo(true);
    }
  }

  @Test
  void everyHoconProfileParsesWithItsIncludesAndHoldsOnlySparkProperties() {
    List<Path> profiles = filesEndingWith(".conf");
    assertThat(profiles).extracting(p -> p.getFileName().toString()).contains("local.conf");
    for (Path file : profiles) {
      ConfigReader config = ConfigLayers.load(Optional.of(file), List.of());
      SparkOptions spark = SparkOptions.from(config);
      assertThat(spark.settings()).as(relative(file)).isNotNull();
      Matcher include = INCLUDE.matcher(read(file));
      while (include.find()) {
        assertThat(file.resolveSibling(include.group(1))).as(relative(file)).isRegularFile();
      }
    }
  }

  @Test
  void everyProfileCapsNativeMemoryJustUnderWhatItsContainerMayUse() {
    for (Path file : filesEndingWith(".conf")) {
      SortedMap<String, String> spark =
          SparkOptions.from(ConfigLayers.load(Optional.of(file), List.of())).settings();
      for (String role : List.of("executor", "driver")) {
        String options = spark.get("spark." + role + ".extraJavaOptions");
        if (options == null || !spark.containsKey("spark." + role + ".memoryOverhead")) {
          continue;
        }
        long heap = bytes(spark.get("spark." + role + ".memory"));
        long container = heap + bytes(spark.get("spark." + role + ".memoryOverhead"));
        Matcher limit = MAX_PHYSICAL.matcher(options);
        assertThat(limit.find())
            .as(relative(file) + " " + role + ": maxphysicalbytes set")
            .isTrue();
        assertThat(bytes(limit.group(1)))
            .as(relative(file) + " " + role + ": JavaCPP's limit between heap and container")
            .isGreaterThan(heap)
            .isLessThan(container);
      }
    }
  }

  /** Spark's and JavaCPP's sizes: a number with an optional k, m or g. */
  private static long bytes(String size) {
    Matcher m = Pattern.compile("(\\d+)([kmg]?)").matcher(size.toLowerCase(java.util.Locale.ROOT));
    assertThat(m.matches()).as(size).isTrue();
    int shift = "kmg".indexOf(m.group(2).isEmpty() ? "x" : m.group(2));
    return Long.parseLong(m.group(1)) << (shift < 0 ? 0 : 10 * (shift + 1));
  }

  @Test
  void everyClassNamedExists() {
    Set<String> named = new TreeSet<>();
    for (Path file : ProjectFiles.deployAndConfFiles()) {
      Matcher m = CLASS_NAME.matcher(read(file));
      while (m.find()) {
        named.add(m.group());
      }
    }
    assertThat(named).contains(SparkDenoise.class.getName());
    for (String name : named) {
      assertThat(exists(name)).as(name + " (named under deploy/ or conf/)").isTrue();
    }
  }

  @Test
  void everySubmissionRunsTheLauncher() {
    Pattern submitted =
        Pattern.compile("(?:--class|mainClass:)\\s+\"?(io\\.sparkdenoise\\.[\\w.]+)");
    List<Path> files = new ArrayList<>(ProjectFiles.deployAndConfFiles());
    ProjectFiles.walk(ROOT.resolve("bench")).stream()
        .filter(f -> f.getFileName().toString().endsWith(".sh"))
        .forEach(files::add);
    Map<String, String> mains = new TreeMap<>();
    for (Path file : files) {
      Matcher m = submitted.matcher(read(file));
      while (m.find()) {
        mains.put(relative(file) + ": " + m.group(), m.group(1));
      }
    }
    assertThat(mains)
        .isNotEmpty()
        .allSatisfy(
            (where, main) -> assertThat(main).as(where).isEqualTo(SparkDenoise.class.getName()));
  }

  @Test
  void everyJarNamedIsOneTheBuildMakesOrAnImageHolds() {
    Set<String> build = ProjectFiles.buildJars();
    assertThat(build)
        .contains("spark-denoise-jobs-" + ProjectFiles.version() + "-bin.jar")
        .hasSize(2);
    Set<String> images = imageFiles();
    for (Path file : ProjectFiles.deployAndConfFiles()) {
      String text =
          file.getFileName().toString().startsWith("Dockerfile")
              ? String.join("\n", Dockerfile.parse(read(file)).all("COPY"))
              : read(file);
      Matcher m = JAR_NAME.matcher(text);
      while (m.find()) {
        // VERSION: how the docs write the project version
        String jar = m.group().replace("VERSION", ProjectFiles.version());
        assertThat(build.contains(jar) || images.contains("lib/" + jar))
            .as(
                relative(file)
                    + " names "
                    + jar
                    + ": neither built ("
                    + build
                    + ") nor in an image")
            .isTrue();
      }
    }
  }

  @Test
  void everyImagePathAndProjectFileNamedExists() {
    Set<String> images = imageFiles();
    for (Path file : ProjectFiles.deployAndConfFiles()) {
      String text = read(file);
      Matcher image = IMAGE_PATH.matcher(text);
      while (image.find()) {
        String inImage = image.group().substring(IMAGE_HOME.length());
        assertThat(
                images.contains(inImage)
                    || images.stream().anyMatch(f -> f.startsWith(inImage + "/")))
            .as(relative(file) + " names " + image.group() + ", which no Dockerfile puts there")
            .isTrue();
      }
      Matcher project = PROJECT_PATH.matcher(text);
      while (project.find()) {
        assertThat(ROOT.resolve(project.group(1)))
            .as(relative(file) + " names " + project.group(1))
            .exists();
      }
    }
  }

  @Test
  void noSecretIsWrittenIntoAnyDeployOrConfFile() {
    for (Path file : ProjectFiles.deployAndConfFiles()) {
      assertThat(SecretScanner.scan(read(file))).as(relative(file)).isEmpty();
    }
  }

  @Test
  void theSecretScannerFindsCredentialsAndLetsReferencesThrough() {
    assertThat(SecretScanner.scan("spark.hadoop.fs.s3a.secret.key=wJalrXUtnFEMI/K7MDENG\n"))
        .containsExactly("line 1: spark.hadoop.fs.s3a.secret.key has a literal value");
    assertThat(SecretScanner.scan("x\n  password: hunter22\n"))
        .containsExactly("line 2: password has a literal value");
    assertThat(SecretScanner.scan("\"spark.ssl.keyStorePassword\" = \"changeit\""))
        .containsExactly("line 1: spark.ssl.keyStorePassword has a literal value");
    assertThat(SecretScanner.scan("key = AKIAIOSFODNN7EXAMPLE")).hasSize(1);
    assertThat(SecretScanner.scan("-----BEGIN RSA PRIVATE KEY-----")).hasSize(1);
    assertThat(SecretScanner.scan("uri: s3a://admin:pa55word@minio:9000/bucket")).hasSize(1);
    assertThat(
            SecretScanner.scan(
                "spark.hadoop.fs.s3a.secret.key=${S3_SECRET}\ntoken: $TOKEN\n"
                    + "secretRef:\n  name: spark-denoise-object-store\n"
                    + "# credentials come from the environment\n"))
        .isEmpty();
  }

  @Test
  void dockerfilesBuildOnTheOfficialSparkImageOfTheBuildAndRunAsANonRootUser() {
    List<Path> dockerfiles = ProjectFiles.dockerfiles();
    assertThat(dockerfiles).hasSizeGreaterThanOrEqualTo(2);
    String spark = ProjectFiles.property("spark.version");
    String scala = ProjectFiles.property("scala.binary.version");
    for (Path file : dockerfiles) {
      Dockerfile docker = Dockerfile.parse(read(file));
      assertThat(docker.finalBase())
          .as(relative(file))
          .isEqualTo("spark:" + spark + "-scala" + scala + "-java17-ubuntu");
      String user = docker.user().split(":")[0];
      assertThat(user)
          .as(relative(file) + ": numeric, so runAsNonRoot can check it")
          .matches("\\d+");
      assertThat(Integer.parseInt(user)).as(relative(file)).isPositive();
      for (List<String> copy : docker.contextCopies()) {
        for (String source : copy.subList(0, copy.size() - 1)) {
          boolean built =
              source.startsWith("jobs/target/")
                  && (ProjectFiles.buildJars().contains(Path.of(source).getFileName().toString())
                      || ProjectFiles.buildDirectories().contains(Path.of(source).toString()));
          assertThat(built || Files.exists(ROOT.resolve(source)))
              .as(
                  relative(file)
                      + " copies "
                      + source
                      + ", which neither the build nor the checkout has")
              .isTrue();
        }
      }
    }
  }

  @Test
  void everyImageHasTesseractsEnglishDataForOcrInScoreAndDenoise() {
    for (Path file : ProjectFiles.dockerfiles()) {
      assertThat(Dockerfile.parse(read(file)).all("RUN"))
          .as(relative(file))
          .anySatisfy(
              run -> assertThat(run).contains("apt-get install").contains("tesseract-ocr-eng"));
    }
  }

  @Test
  void everyShellScriptParsesAndIsExecutable() throws Exception {
    List<Path> scripts = ProjectFiles.shellScripts();
    assertThat(scripts).extracting(ProjectFiles::relative).contains("deploy/bin/submit");
    for (Path script : scripts) {
      Process p =
          new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(relative(script) + ": " + out).isZero();
      assertThat(Files.isExecutable(script)).as(relative(script) + " is executable").isTrue();
    }
  }

  /** Paths under {@value ProjectFiles#IMAGE_HOME} that some Dockerfile's COPY puts there. */
  private static Set<String> imageFiles() {
    Set<String> files = new TreeSet<>();
    for (Path file : ProjectFiles.dockerfiles()) {
      for (List<String> copy : Dockerfile.parse(read(file)).contextCopies()) {
        String destination = copy.get(copy.size() - 1);
        if (!destination.startsWith(IMAGE_HOME)) {
          continue;
        }
        String inImage = destination.substring(IMAGE_HOME.length());
        if (inImage.endsWith("/")) {
          for (String source : copy.subList(0, copy.size() - 1)) {
            for (Path f : ProjectFiles.walk(ROOT.resolve(source))) {
              files.add(inImage + ROOT.resolve(source).relativize(f));
            }
          }
        } else {
          files.add(inImage);
        }
      }
    }
    return files;
  }

  private static List<Path> filesEndingWith(String... suffixes) {
    List<Path> found = new ArrayList<>();
    for (Path file : ProjectFiles.deployAndConfFiles()) {
      for (String suffix : suffixes) {
        if (file.getFileName().toString().endsWith(suffix)) {
          found.add(file);
        }
      }
    }
    return found;
  }

  /** A class on this test's class path, or the source of one in a module jobs does not see. */
  private static boolean exists(String className) {
    try {
      Class.forName(className, false, DeployFilesTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      String source = "src/main/java/" + className.replace('.', '/') + ".java";
      return Stream.of("cluster", "bench")
          .anyMatch(module -> Files.isRegularFile(ROOT.resolve(module).resolve(source)));
    }
  }
}
