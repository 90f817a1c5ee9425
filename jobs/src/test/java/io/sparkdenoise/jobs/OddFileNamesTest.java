/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkdenoise.core.codec.EncodeOptions;
import io.sparkdenoise.core.codec.ImageCodec;
import io.sparkdenoise.core.fixtures.SyntheticImages;
import io.sparkdenoise.jobs.config.ConfigLayers;
import io.sparkdenoise.jobs.denoise.DenoiseConfig;
import io.sparkdenoise.jobs.denoise.DenoiseJob;
import io.sparkdenoise.jobs.denoise.DenoiseResult;
import io.sparkdenoise.jobs.executor.FileUris;
import io.sparkdenoise.jobs.ingest.IngestConfig;
import io.sparkdenoise.jobs.ingest.IngestJob;
import io.sparkdenoise.jobs.ingest.IngestResult;
import io.sparkdenoise.jobs.score.ScoreFixtures;
import io.sparkdenoise.jobs.spark.LocalHdfs;
import io.sparkdenoise.jobs.spark.SharedSpark;
import io.sparkdenoise.jobs.spark.SparkOptions;
import io.sparkdenoise.jobs.spark.SparkSessions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Any file name a scan archive may hold is ingested and denoised like any other: names with spaces,
 * {@code # % " < > \ :} and the rest of URI syntax, percent signs that look like escapes, any
 * Unicode (combining marks, right-to-left scripts, characters beyond the BMP), leading dashes, and
 * names as long as the file system allows (255 bytes), in the input's root and in a sub-directory
 * with an odd name of its own; on the local file system and on HDFS (which refuses {@code :} in
 * names). Names starting with {@code .} or {@code _} are hidden, as everywhere in Spark, and not
 * generated.
 *
 * <p>jqwik runs these properties, outside JUnit Jupiter's extensions: the class starts its own
 * Spark session (the shared fixture's settings), HDFS and model once, and each try is one small
 * tree of 16 x 16 pages, ingested once and denoised once.
 */
class OddFileNamesTest {
  private static final int MAX_NAME_BYTES = 255;
  private static final String EXTENSION = ".png";
  private static final int SIDE = 16;
  private static final List<String> PLAIN =
      List.of("a", "b", "z", "K", "0", "7", "scan", "page", ".", "_", "-");
  private static final List<String> RESERVED =
      List.of(
          " ", "#", "%", "%20", "%2F", "%%", "\"", "<", ">", "\\", "?", "*", "[", "]", "{", "}",
          "@", "!", "$", "&", "'", "(", ")", "+", ",", ";", "=", "~", "^", "`", "|");
  private static final List<String> UNICODE =
      List.of("é", "e\u0301", "ß", "Ж", "日本", "عربي", "😀", "\u00a0", "Ω");

  private static final LocalHdfs HDFS = new LocalHdfs();
  private static SparkSession spark;
  private static boolean ownSession;
  private static Path base;
  private static String model;
  private static int tries;

  @BeforeContainer
  static void start() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Files.createDirectories(tmp);
    base = Files.createTempDirectory(tmp, "odd-names");
    ownSession = SparkSession.getActiveSession().isEmpty();
    spark =
        SparkSessions.create(
            new SparkOptions(
                Optional.of("local[2]"),
                "odd-file-names",
                new TreeMap<>(SharedSpark.settings(tmp))));
    HDFS.start();
    model = ScoreFixtures.modelDir(base.resolve("model")).toString();
  }

  @AfterContainer
  static void stop() throws IOException {
    HDFS.stop();
    if (ownSession) {
      spark.stop();
      SparkSession.clearActiveSession();
      SparkSession.clearDefaultSession();
    }
  }

  @Property(tries = 3)
  void everyPageOnALocalDiskIsIngestedAndDenoisedWhateverItsName(
      @ForAll("localTrees") List<String> files) throws IOException {
    Path root = base.resolve("scans #" + ++tries + " 100% ü");
    for (int i = 0; i < files.size(); i++) {
      Path file = root.resolve(files.get(i));
      Files.createDirectories(file.getParent());
      Files.write(file, page(i));
    }
    Path out = base.resolve("out " + tries);

    runAndCheck(root.toString(), out.resolve("tables").toString(), out + "/denoised", files);

    try (Stream<Path> mirrored = Files.walk(out.resolve("denoised/files"))) {
      Set<String> names =
          mirrored
              .filter(Files::isRegularFile)
              .map(p -> out.resolve("denoised/files").relativize(p).toString())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(names).containsExactlyInAnyOrderElementsOf(files);
    }
  }

  @Property(tries = 2)
  void everyPageOnHdfsIsIngestedAndDenoisedWhateverItsName(@ForAll("hdfsTrees") List<String> files)
      throws IOException {
    org.apache.hadoop.fs.Path root =
        new org.apache.hadoop.fs.Path(HDFS.root() + "/scans #" + ++tries + " 100% ü");
    FileSystem fs = HDFS.fileSystem();
    for (int i = 0; i < files.size(); i++) {
      try (OutputStream out = fs.create(FileUris.child(root, files.get(i)))) {
        out.write(page(i));
      }
    }
    String out = HDFS.root() + "/out " + tries;

    runAndCheck(root.toString(), out + "/tables", out + "/denoised", files);

    org.apache.hadoop.fs.Path mirror = new org.apache.hadoop.fs.Path(out + "/denoised/files");
    Set<String> names = new TreeSet<>();
    RemoteIterator<LocatedFileStatus> listed = fs.listFiles(mirror, true);
    while (listed.hasNext()) {
      names.add(relative(mirror, FileUris.uri(listed.next().getPath())));
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(files);
  }

  /** Ingests and denoises the tree at {@code root}: every file is one row, none is rejected. */
  private static void runAndCheck(String root, String tables, String denoised, List<String> files)
      throws IOException {
    IngestResult ingested =
        IngestJob.run(
            spark,
            IngestConfig.from(
                ConfigLayers.load(
                    Optional.empty(),
                    List.of(IngestConfig.INPUT + "=" + root, IngestConfig.OUTPUT + "=" + tables))));
    assertThat(
            spark.read().parquet(tables + "/rejects").select("message").collectAsList().stream()
                .map(row -> row.getString(0)))
        .as("rejected by ingest")
        .isEmpty();
    assertThat(ingested.rows()).isEqualTo(files.size());
    org.apache.hadoop.fs.Path rootPath = new org.apache.hadoop.fs.Path(root);
    List<String> sources = new ArrayList<>();
    for (Row row : spark.read().parquet(tables + "/images").select("source_uri").collectAsList()) {
      sources.add(relative(rootPath, row.getString(0)));
    }
    assertThat(sources).containsExactlyInAnyOrderElementsOf(files);

    DenoiseResult result =
        DenoiseJob.run(
            spark,
            DenoiseConfig.from(
                ConfigLayers.load(
                    Optional.empty(),
                    List.of(
                        DenoiseConfig.MODEL + "=" + model,
                        DenoiseConfig.INPUT + "=" + root,
                        DenoiseConfig.OUTPUT + "=" + denoised,
                        DenoiseConfig.TILE_SIZE + "=64"))));
    assertThat(result.rejected()).as("rejected by denoise").isZero();
    assertThat(result.processed()).isEqualTo(files.size());
  }

  /** The path of {@code uri} below {@code root}, nothing encoded. */
  private static String relative(org.apache.hadoop.fs.Path root, String uri) {
    String prefix = root.toUri().getPath() + "/";
    String path = URI.create(uri).getPath();
    assertThat(path).startsWith(prefix);
    return path.substring(prefix.length());
  }

  private static byte[] page(int seed) {
    return ImageCodec.encode(
        SyntheticImages.smoothGray("page", SIDE, SIDE, seed), EncodeOptions.png());
  }

  @Provide
  Arbitrary<List<String>> localTrees() {
    return trees(true);
  }

  @Provide
  Arbitrary<List<String>> hdfsTrees() {
    return trees(false);
  }

  /** 3 to 8 files, each in the root or in one odd sub-directory. */
  private static Arbitrary<List<String>> trees(boolean colons) {
    Arbitrary<String> directory = stems(colons).map(stem -> stem + " dir");
    Arbitrary<String> file =
        Arbitraries.frequencyOf(
            Tuple.of(4, stems(colons).map(stem -> stem + EXTENSION)),
            Tuple.of(1, stems(colons).map(OddFileNamesTest::longest)));
    return Combinators.combine(directory, file.list().uniqueElements().ofMinSize(3).ofMaxSize(8))
        .as(
            (dir, names) -> {
              List<String> paths = new ArrayList<>();
              for (int i = 0; i < names.size(); i++) {
                paths.add(i % 2 == 0 ? names.get(i) : dir + "/" + names.get(i));
              }
              return paths;
            })
        .filter(paths -> paths.stream().distinct().count() == paths.size());
  }

  /** A name without its extension: maybe a leading dash, then pieces of every kind. */
  private static Arbitrary<String> stems(boolean colons) {
    List<String> reserved = new ArrayList<>(RESERVED);
    if (colons) {
      reserved.add(":");
    }
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(PLAIN)),
            Tuple.of(3, Arbitraries.of(reserved)),
            Tuple.of(2, Arbitraries.of(UNICODE)));
    Arbitrary<String> dash = Arbitraries.of("", "", "-", "--");
    return Combinators.combine(dash, piece.list().ofMinSize(1).ofMaxSize(10))
        .as((d, pieces) -> d + String.join("", pieces))
        .map(stem -> stem.startsWith(".") || stem.startsWith("_") ? "x" + stem : stem);
  }

  /** The stem repeated, whole code points only, to the longest name the file system allows. */
  private static String longest(String stem) {
    StringBuilder name = new StringBuilder();
    int[] points = stem.codePoints().toArray();
    int bytes = EXTENSION.length();
    for (int i = 0; ; i++) {
      String next = Character.toString(points[i % points.length]);
      int more = next.getBytes(StandardCharsets.UTF_8).length;
      if (bytes + more > MAX_NAME_BYTES) {
        return name.append(EXTENSION).toString();
      }
      name.append(next);
      bytes += more;
    }
  }
}
