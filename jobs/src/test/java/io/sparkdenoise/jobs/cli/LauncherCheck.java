/*
 * Copyright 2026 The spark-denoise authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.sparkdenoise.jobs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParseResult;

/**
 * Runs a launcher command line through the real parser and commands up to the point where its job
 * would start, and no further: picocli parses it, and a Spark job command (one with {@code
 * --config}/{@code --conf}) also resolves and checks its configuration layers. No session starts
 * and no input is read; a command that starts no Spark job is only parsed, and one with a
 * configuration but no job ({@code conf}) runs. For the tests that keep the documented command
 * lines (README, BENCHMARKS, docs/, deploy/) runnable.
 */
public final class LauncherCheck {
  private LauncherCheck() {}

  /**
   * What the launcher made of a command line.
   *
   * @param exitCode 0 when it would start (or, for a command without a job, parsed), else the
   *     launcher's exit code
   * @param err what it printed on stderr: the one-line refusal
   */
  public record Outcome(int exitCode, String err) {
    /** Whether the command line was accepted. */
    public boolean accepted() {
      return exitCode == 0;
    }
  }

  /** Checks {@code args}, a command and its arguments as the launcher gets them. */
  public static Outcome check(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        SparkDenoise.commandLine(new Console(new PrintWriter(out), new PrintWriter(err)));
    cli.setExecutionStrategy(LauncherCheck::untilTheJobStarts);
    int code = cli.execute(args.toArray(String[]::new));
    return new Outcome(code, err.toString().strip());
  }

  /** The launcher's command names, e.g. {@code train} (not those of subcommands' subcommands). */
  public static Set<String> commands() {
    Console console =
        new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    return new TreeSet<>(SparkDenoise.commandLine(console).getSubcommands().keySet());
  }

  private static int untilTheJobStarts(ParseResult parsed) {
    if (CommandLine.printHelpIfRequested(parsed)) {
      return 0;
    }
    List<CommandLine> chain = parsed.asCommandLineList();
    CommandLine leaf = chain.get(chain.size() - 1);
    if (!(leaf.getCommand() instanceof Callable<?> command) || !startsAJob(leaf)) {
      return 0;
    }
    Object[] returned = {0};
    try {
      // a command with a configuration but no job (conf) runs to its end
      boolean started = SparkJobs.reachesSession(() -> returned[0] = command.call());
      return started ? 0 : (Integer) returned[0];
    } catch (Exception e) {
      throw new ExecutionException(leaf, String.valueOf(e.getMessage()), e);
    }
  }

  private static boolean startsAJob(CommandLine command) {
    return command.getCommandSpec().mixins().values().stream()
        .anyMatch(mixin -> mixin.userObject() instanceof JobOptions);
  }
}
