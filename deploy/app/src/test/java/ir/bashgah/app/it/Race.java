package ir.bashgah.app.it;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Calls sent at the same moment, so that a race test races: each call has a thread of its own, every
 * thread waits at a start gate until all of them are ready, and the gate releases them together. Without
 * the gate the first threads may be done before the last ones start, and a test that should prove "no
 * matter how they overlap" would prove nothing about overlap.
 */
final class Race {
  private Race() {}

  /** Runs {@code call.apply(0 .. n-1)} on n threads released together; the answers in the order of i. */
  static <T> List<T> run(int n, IntFunction<T> call) throws Exception {
    List<Callable<T>> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      calls.add(() -> call.apply(index));
    }
    return run(calls);
  }

  /**
   * Sends a request as docs/integration.md tells a till to: a 503 ({@code busy}, two tills changed the
   * same member at the same moment and nothing was stored) is sent again with the same key and body.
   * Without a pause: the other till's transaction is over by the time the answer arrives.
   */
  static Response asATill(Supplier<Response> request) {
    Response answer = request.get();
    for (int attempt = 1; attempt < 20 && answer.statusCode() == 503; attempt++) {
      answer = request.get();
    }
    return answer;
  }

  /** Runs every call on a thread of its own, released together; the answers in the order of the calls. */
  static <T> List<T> run(List<Callable<T>> calls) throws Exception {
    CyclicBarrier gate = new CyclicBarrier(calls.size());
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> running = new ArrayList<>();
      for (Callable<T> call : calls) {
        running.add(pool.submit(() -> {
          // Bounded, so that a thread that never arrives fails the test instead of hanging it.
          gate.await(60, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> f : running) {
        try {
          answers.add(f.get(5, TimeUnit.MINUTES));
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
