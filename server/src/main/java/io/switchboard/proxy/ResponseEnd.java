package io.switchboard.proxy;

import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a data-plane response, however it comes: ended normally, or closed by the client (or a
 * reset stream) before that. It owns the response's close and end handlers, which Vert.x keeps one of
 * each, so that several parts of one request can act on them: the relay cancels the upstream request
 * when the client goes away, the request's {@link HeldBytes} go back either way. One per {@link Call};
 * actions run once, on the response's event loop.
 */
public final class ResponseEnd {
  private final List<Runnable> clientGone = new ArrayList<>(2);
  private final List<Runnable> done = new ArrayList<>(2);
  private boolean over;
  private HeldBytes held;

  private ResponseEnd() {
  }

  /** Watches {@code response}: takes over its close and end handlers. */
  static ResponseEnd watch(HttpServerResponse response) {
    ResponseEnd end = new ResponseEnd();
    response.closeHandler(v -> end.finish(!response.ended()));
    response.endHandler(v -> end.finish(false));
    return end;
  }

  /**
   * The request's account of {@code limits}, opened on the first call and given back when the response is
   * over: its body, then what is captured of its response.
   */
  HeldBytes hold(BodyLimits limits) {
    if (held == null) {
      held = new HeldBytes(limits);
      onDone(held::releaseAll);
    }
    return held;
  }

  /** The request's account, or null before its body was read through {@link BodyReader}. */
  HeldBytes held() {
    return held;
  }

  /** Runs {@code action} if the client goes away before the response ended. */
  void onClientGone(Runnable action) {
    clientGone.add(action);
  }

  /** Runs {@code action} when the response is over, ended or not. */
  void onDone(Runnable action) {
    if (over) {
      action.run();
    } else {
      done.add(action);
    }
  }

  private void finish(boolean gone) {
    if (over) {
      return;
    }
    over = true;
    if (gone) {
      clientGone.forEach(Runnable::run);
    }
    done.forEach(Runnable::run);
  }
}
