/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import io.sparkdenoise.core.codec.ImageDecodeException;
import io.sparkdenoise.core.nativesetup.NativeSetupException;
import io.sparkdenoise.core.ocr.OcrUnavailableException;
import io.sparkdenoise.jobs.config.RefusedSettingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The {@code spark-denoise} launcher: one program, one subcommand per task. Every failure the user
 * can cause ends as one line on stderr and a non-zero exit code, never a stack trace: {@value
 * #EXIT_USAGE} for bad arguments, {@value #EXIT_INPUT} for input that cannot be used (missing or
 * undecodable files, a machine the ND4J backend cannot run on, or one without the OCR language data
 * a job needs, even when found on an executor), {@value #EXIT_INTERNAL} for our own bugs (logged in
 * full).
 *
 * <p>It is the only entry point: {@code bin/spark-denoise}, {@code spark-submit --class
 * io.sparkdenoise.jobs.cli.SparkDenoise JAR COMMAND ARGS...} and the deploy/ manifests all run
 * {@link #main}, so a job is reached through its command and nothing below the launcher has a
 * {@code main} of its own.
 */
@Command(
    name = SparkDenoise.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = SparkDenoise.Version.class,
    description =
        "Denoising autoencoders and image-quality tables at cluster scale on Apache Spark.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Exit codes: 0 success, " + SparkDenoise.EXIT_INPUT + " unusable input, ",
      "  "
          + SparkDenoise.EXIT_USAGE
          + " bad arguments, "
          + SparkDenoise.EXIT_INTERNAL
          + " internal error."
    })
public final class SparkDenoise implements Runnable {
  /** The program's name, as users type it. */
  public static final String NAME = "spark-denoise";

  /** Exit code for input that cannot be used. */
  public static final int EXIT_INPUT = 1;

  /** Exit code for bad arguments. */
  public static final int EXIT_USAGE = 2;

  /** Exit code for an internal error. */
  public static final int EXIT_INTERNAL = 3;

  private static final Logger LOG = LoggerFactory.getLogger(SparkDenoise.class);

  private SparkDenoise() {}

  /** Runs the launcher and exits with its code. */
  @SuppressWarnings("checkstyle:RegexpSinglelineJava")
  public static void main(String[] args) {
    System.exit(run(args, Console.system()));
  }

  /** Runs one command line and returns its exit code; what {@link #main} does, without exiting. */
  public static int run(String[] args, Console console) {
    return commandLine(console).execute(args);
  }

  /** The launcher's parser with every command, talking to {@code console}. */
  static CommandLine commandLine(Console console) {
    CommandLine cli = new CommandLine(new SparkDenoise());
    for (Object command : commands(console)) {
      cli.addSubcommand(command);
    }
    cli.setDefaultValueProvider(new ReferenceDefaults());
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.setParameterExceptionHandler((e, a) -> usageError(e, console));
    cli.setExecutionExceptionHandler((e, c, p) -> executionError(e, console));
    return cli;
  }

  private static List<Object> commands(Console console) {
    return List.of(
        new MetricsCommand(console),
        new NoiseCommand(console),
        new IngestCommand(console),
        new PairsCommand(console),
        new TrainCommand(console),
        new ScoreCommand(console),
        new DenoiseCommand(console),
        new SqlCommand(console),
        TablesCommand.commandLine(console),
        new ReportCommand(console),
        new CompareCommand(console),
        new NotebookCommand(console),
        new DemoCommand(console),
        new ModelCommand(console),
        // documents: clean page corpora
        new PagesCommand(console),
        new BackendCommand(console),
        // deploy: a profile's Spark settings for spark-submit (deploy/bin/submit)
        new ConfCommand(console),
        // cluster: data for deploy/local-cluster/e2e.sh and the load runs
        new GlyphsCommand(console));
  }

  @Override
  public void run() {
    throw new ParameterException(new CommandLine(this), "a command is required");
  }

  private static int usageError(ParameterException e, Console console) {
    String command = e.getCommandLine().getCommandName();
    String help = NAME.equals(command) ? NAME + " --help" : NAME + " " + command + " --help";
    console.error(e.getMessage() + " (see " + help + ")");
    return EXIT_USAGE;
  }

  private static int executionError(Exception e, Console console) {
    if (e instanceof UsageException || e instanceof RefusedSettingException) {
      console.error(e.getMessage());
      return EXIT_USAGE;
    }
    Optional<NativeSetupException> machine = causeOfType(e, NativeSetupException.class);
    if (machine.isPresent()) {
      console.error(machine.get().getMessage());
      return EXIT_INPUT;
    }
    Optional<OcrUnavailableException> ocr = causeOfType(e, OcrUnavailableException.class);
    if (ocr.isPresent()) {
      console.error(ocr.get().getMessage());
      return EXIT_INPUT;
    }
    if (e instanceof ImageDecodeException d) {
      console.error(d.failure().code() + ": " + d.getMessage());
      return EXIT_INPUT;
    }
    if (e instanceof NoSuchFileException n) {
      console.error("no such file: " + n.getFile());
      return EXIT_INPUT;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      console.error(e.getMessage());
      return EXIT_INPUT;
    }
    LOG.error("internal error", e);
    console.error("internal error: " + e);
    return EXIT_INTERNAL;
  }

  /**
   * The first throwable of {@code type} in the cause chain of {@code e}: an executor's exception
   * reaches the driver as the cause of Spark's job failure.
   */
  static <T extends Throwable> Optional<T> causeOfType(Throwable e, Class<T> type) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SparkDenoise.class.getPackage().getImplementationVersion();
      return new String[] {NAME + " " + (v == null ? "(development build)" : v)};
    }
  }
}
