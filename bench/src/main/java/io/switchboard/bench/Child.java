package io.switchboard.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process the bench started (nginx, the gateway, wrk), pinned to one core with taskset and with
 * its output sent to a log file. Every child is stopped when the bench exits.
 */
final class Child {
  private static final List<Child> RUNNING = new ArrayList<>();
  private final String name;
  private final Process process;
  private final Path log;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Child::stopAll, "bench-children"));
  }

  private Child(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code command} pinned to {@code core} (no pinning when core is negative). */
  static Child start(String name, int core, List<String> command, Path log) {
    List<String> full = new ArrayList<>();
    if (core >= 0) {
      full.addAll(List.of("taskset", "-c", Integer.toString(core)));
    }
    full.addAll(command);
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      Child child = new Child(name, p, log);
      synchronized (RUNNING) {
        RUNNING.add(child);
      }
      return child;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  /** Runs a command to completion (bounded by timeoutMs) and returns its output. */
  static String run(String name, int core, List<String> command, Path log, long timeoutMs) {
    Child child = start(name, core, command, log);
    try {
      if (!child.process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
        child.stop();
        throw new IllegalStateException(name + " did not finish within " + timeoutMs + " ms");
      }
      return java.nio.file.Files.readString(log);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      child.forget();
    }
  }

  /** The pid of the program itself (taskset execs it, so the pid is the same). */
  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  String name() {
    return name;
  }

  File log() {
    return log.toFile();
  }

  /** SIGTERM, then SIGKILL after 10 s. */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    forget();
  }

  private void forget() {
    synchronized (RUNNING) {
      RUNNING.remove(this);
    }
  }

  static void stopAll() {
    List<Child> copy;
    synchronized (RUNNING) {
      copy = new ArrayList<>(RUNNING);
    }
    copy.forEach(Child::stop);
  }
}
