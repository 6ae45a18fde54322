package ir.bashgah.imports.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.imports.domain.memberimport.Columns;
import ir.bashgah.imports.domain.memberimport.ImportStatus;
import ir.bashgah.imports.domain.memberimport.MemberImport;
import ir.bashgah.imports.domain.memberimport.MemberImports;
import ir.bashgah.imports.domain.memberimport.OpeningAmount;
import ir.bashgah.imports.domain.memberimport.Sheet;
import ir.bashgah.imports.domain.memberimport.Sheets;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.members.api.MemberSieve;
import ir.bashgah.members.api.NewMembers;
import ir.bashgah.members.api.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Processes an uploaded member file in the background (M1, L7, P10): one thread reads and checks the
 * rows (parsing, validation, encryption: CPU work) while a writer thread stores full batches (database
 * work), so both cores are busy. The file is never in memory whole; a batch at a time is. The import
 * ends DONE, or FAILED when the file turns out unreadable part way (rows of batches already written
 * stay imported, and the counts say how many). One audit entry sums it up.
 */
@ApplicationScoped
public class RunMemberImport {
  private static final Logger LOG = Logger.getLogger(RunMemberImport.class.getName());
  private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

  @Inject NewMembers newMembers;
  @Inject ImportWriter writer;
  @Inject MemberImports imports;
  @Inject Transactions tx;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Sheets sheets;

  @Inject
  @ConfigProperty(name = "bashgah.import.batch.size", defaultValue = "1000")
  int batchSize;

  @Inject
  @ConfigProperty(name = "bashgah.import.writers", defaultValue = "2")
  int writers;

  /** Starts processing on {@code executor}, with writers from {@code threads}; both are the container's, looked up on the request thread. */
  void submit(MemberImport memberImport, Path file, ExecutorService executor, ThreadFactory threads) {
    executor.execute(TenantContext.capture(() -> run(memberImport, file, threads)));
  }

  private void run(MemberImport memberImport, Path file, ThreadFactory threads) {
    long id = memberImport.id();
    Instant started = clock.instant();
    String outcome = null;
    Timing timing = new Timing();
    try {
      tx.runInNew(() -> imports.started(id, started));
      ImportWriter.Writing writing = new ImportWriter.Writing(id, "opening balance, import " + id, CallContext.actor().name(), started);
      outcome = process(memberImport, file, threads, writing, timing);
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "Import " + id + " of tenant " + TenantContext.schema() + " stopped by an unexpected error", e);
      outcome = "Stopped by an unexpected error; the rows counted as imported are imported, the others are not";
    } finally {
      finish(memberImport, outcome, started, timing);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warning("Import " + id + ": could not delete its temporary file: " + e.getMessage());
      }
    }
  }

  /** Reads and writes the whole file; answers null when it was read to the end, else why it stopped. */
  private String process(MemberImport memberImport, Path file, ThreadFactory threads, ImportWriter.Writing writing, Timing timing) {
    BlockingQueue<ImportBatch> queue = new ArrayBlockingQueue<>(Math.max(1, writers));
    AtomicReference<Throwable> writeFailure = new AtomicReference<>();
    List<Thread> writerThreads = new ArrayList<>();
    for (int i = 0; i < Math.max(1, writers); i++) {
      Thread t = threads.newThread(TenantContext.capture(() -> drain(queue, writing, writeFailure, timing)));
      t.setName("member-import-" + memberImport.id() + "-writer-" + i);
      writerThreads.add(t);
      t.start();
    }
    String stopped = null;
    Reader reader = new Reader(newMembers.sieve(LocalDate.now(clock.withZone(IRAN))), batchSize, batch -> {
      if (writeFailure.get() != null) {
        throw new Sheet.Stop();
      }
      long waiting = System.nanoTime();
      put(queue, batch);
      timing.readerWaited.addAndGet(System.nanoTime() - waiting);
    });
    try {
      sheets.of(memberImport.kind()).read(file, reader);
      if (writeFailure.get() == null) {
        reader.flush();
      }
    } catch (Sheet.BrokenFile e) {
      // rows read before the break are written; the rest of the file is not
      if (writeFailure.get() == null) {
        reader.flush();
      }
      stopped = e.getMessage();
    } catch (Problem p) {
      stopped = p.detail();
    } finally {
      for (int i = 0; i < writerThreads.size(); i++) {
        put(queue, ImportBatch.END);
      }
      for (Thread t : writerThreads) {
        join(t);
      }
    }
    Throwable failure = writeFailure.get();
    if (failure != null) {
      LOG.log(Level.SEVERE, "Import " + memberImport.id() + " of tenant " + TenantContext.schema() + ": writing a batch failed", failure);
      return "Stopped by an unexpected error while writing; the rows counted as imported are imported, the others are not";
    }
    return stopped;
  }

  private void drain(BlockingQueue<ImportBatch> queue, ImportWriter.Writing writing, AtomicReference<Throwable> failure, Timing timing) {
    while (true) {
      ImportBatch batch = take(queue);
      if (batch == ImportBatch.END) {
        return;
      }
      if (failure.get() != null) {
        continue;
      }
      long writing0 = System.nanoTime();
      try {
        writer.write(writing, batch);
        timing.writing.addAndGet(System.nanoTime() - writing0);
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    }
  }

  /**
   * Where the time went, for the log line that tunes batch size and writers: the reader waiting for a
   * free writer means the database side is the bottleneck; writers idle mean reading and checking is.
   */
  private static final class Timing {
    final AtomicLong writing = new AtomicLong();
    final AtomicLong readerWaited = new AtomicLong();
  }

  private void finish(MemberImport memberImport, String failure, Instant started, Timing timing) {
    Instant finished = clock.instant();
    ImportStatus status = failure == null ? ImportStatus.DONE : ImportStatus.FAILED;
    tx.runInNew(() -> {
      imports.finished(memberImport.id(), status, failure, finished);
      MemberImport done = imports.byId(memberImport.id()).orElseThrow();
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("file", String.valueOf(done.fileName()));
      after.put("status", status.name());
      after.put("rowsRead", done.rowsRead());
      after.put("imported", done.imported());
      after.put("failed", done.failed());
      audit.record("MEMBER.IMPORT", "member-import", Long.toString(done.id()), null, after);
      long millis = Math.max(1, Duration.between(started, finished).toMillis());
      LOG.info(() -> "{\"event\":\"member-import\",\"tenant\":\"" + TenantContext.schema() + "\",\"import\":" + done.id() + ",\"status\":\"" + status
          + "\",\"rowsRead\":" + done.rowsRead() + ",\"imported\":" + done.imported() + ",\"failed\":" + done.failed() + ",\"millis\":" + millis
          + ",\"rowsPerSecond\":" + done.rowsRead() * 1000 / millis + ",\"writers\":" + writers + ",\"batchSize\":" + batchSize
          + ",\"writingMillis\":" + timing.writing.get() / 1_000_000 + ",\"readerWaitedMillis\":" + timing.readerWaited.get() / 1_000_000 + "}");
    });
  }

  private static void put(BlockingQueue<ImportBatch> queue, ImportBatch batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while handing over a batch", e);
    }
  }

  private static ImportBatch take(BlockingQueue<ImportBatch> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ImportBatch.END;
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Turns the file's rows into checked batches; a full batch goes to {@code sink}. */
  static final class Reader implements Sheet.Rows {
    private final MemberSieve sieve;
    private final int batchSize;
    private final Consumer<ImportBatch> sink;
    private Columns columns;
    private ImportBatch batch = new ImportBatch();

    Reader(MemberSieve sieve, int batchSize, Consumer<ImportBatch> sink) {
      this.sieve = sieve;
      this.batchSize = batchSize;
      this.sink = sink;
    }

    @Override
    public void header(long row, List<String> cells) {
      columns = Columns.of(cells);
    }

    @Override
    public void row(long row, List<String> cells) {
      Map<String, String> values = columns.values(cells);
      List<RowProblem> problems = new ArrayList<>();
      long points = amount(row, "openingPoints", values.remove("openingPoints"), problems);
      long credit = amount(row, "openingCredit", values.remove("openingCredit"), problems);
      MemberSieve.Checked checked = sieve.check(row, values);
      problems.addAll(checked.problems());
      if (problems.isEmpty()) {
        batch.accept(checked.member(), points, credit);
      } else {
        batch.refuse(problems);
      }
      if (batch.members.size() >= batchSize || batch.rowsRead >= batchSize * 4L) {
        flush();
      }
    }

    void flush() {
      if (!batch.isEmpty()) {
        ImportBatch full = batch;
        batch = new ImportBatch();
        sink.accept(full);
      }
    }

    private static long amount(long row, String field, String text, List<RowProblem> problems) {
      return OpeningAmount.parse(text).orElseGet(() -> {
        problems.add(new RowProblem(row, field, OpeningAmount.rule()));
        return 0L;
      });
    }
  }
}
