package org.bihuan.platform.http;

import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * The requests read on one connection and the answers written on it to their end: whether a request
 * is still owed its answer, which a handler that gives up on the connection ({@link BodyDeadline},
 * {@link BrokenChunks}) must then write itself before closing.
 */
final class OwedAnswers {

  private long requests;
  private long answered;

  /** Whether an answer's head has been written and its end not yet. */
  private boolean answering;

  /** Counts a request whose head is read. */
  void read(Object msg) {
    if (msg instanceof HttpRequest) {
      requests++;
    }
  }

  /** Counts what is written: an answer's head begins it, its last content ends it. */
  void written(Object msg) {
    if (msg instanceof HttpResponse) {
      answering = true;
    }
    if (msg instanceof LastHttpContent) {
      answering = false;
      answered++;
    }
  }

  /** Whether a request read is not answered, and no answer to it has begun. */
  boolean owed() {
    return !answering && answered < requests;
  }

  /**
   * Counts the one request under way on a connection handed over after its head was read; whether
   * none had been counted (the handler was installed only now).
   */
  boolean underWay() {
    if (requests != 0) {
      return false;
    }
    requests = 1;
    return true;
  }
}
