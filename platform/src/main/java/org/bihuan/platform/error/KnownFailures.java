package org.bihuan.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.bihuan.platform.input.SupportedDates;

/**
 * Failures from deep inside a transaction or the form parser that still have a clear meaning for
 * the client: a refusal raised while a body was read, a multipart body that cannot be read, a
 * concurrent update, the database out of reach, a transaction rolled back on its timeout, and the
 * SQL states behind the input checks. {@link ProblemMapping} answers them; anything else is a 500.
 */
final class KnownFailures {

  private KnownFailures() {}

  /** Failures from deep inside a transaction that still have a clear meaning for the client. */
  static ApiProblem translate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // First, so that a refusal raised while a body was read (e.g. over the body limit) is not
      // taken for the reader's own failure below.
      if (t instanceof ApiProblem p) {
        return p;
      }
    }
    if (whileReadingAForm(e)) {
      if (e instanceof java.io.IOException) {
        return ApiProblem.badRequest(
            "The multipart/form-data body could not be read: it is truncated or malformed.");
      }
      if (tooManyParts(e)) {
        return ApiProblem.badRequest(
            "The multipart/form-data body has too many parts: " + e.getMessage() + ".");
      }
      if (unreadablePartType(e)) {
        return ApiProblem.badRequest(
            "A part of the multipart/form-data body declares a Content-Type that cannot be read"
                + " (no media type, or an unknown charset).");
      }
      return ApiProblem.badRequest(
          "The multipart/form-data body is malformed (its boundary, a part's headers or a part's"
              + " transfer encoding): "
              + e.getClass().getSimpleName()
              + ".");
    }
    // The whole chain first: a commit whose flush failed throws the transaction manager's
    // RollbackException around the cause (a version conflict, a unique value taken meanwhile),
    // which must not be taken for the rollback of a transaction that outlived its timeout.
    for (Throwable t : chain(e)) {
      ApiProblem known = causeOf(t);
      if (known != null) {
        return known;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (rolledBackUnasked(t)) {
        // The transaction outlived its timeout (a very large sync or import on a starved machine)
        // and the transaction manager rolled it back: nothing was written, and the same request
        // may well succeed later.
        return ApiProblem.unavailable(
                "The request took longer than its transaction may last and was rolled back;"
                    + " nothing was changed. Retry later.")
            .header("Retry-After", "30");
      }
    }
    return null;
  }

  /**
   * The failure, its causes, and what each of them suppressed (a transaction manager may attach the
   * failure of a commit's flush either way), each once.
   */
  private static java.util.List<Throwable> chain(Throwable e) {
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.List<Throwable> out = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      out.add(t);
      for (Throwable s : t.getSuppressed()) {
        for (Throwable c = s; c != null && seen.add(c); c = c.getCause()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** What one failure of the chain means for the client, or null. */
  private static ApiProblem causeOf(Throwable t) {
    if (t instanceof OptimisticLockException
        || t.getClass().getSimpleName().equals("StaleObjectStateException")) {
      return ApiProblem.conflict(
          "concurrent-update",
          "The resource was changed by someone else at the same time; read it again and retry.");
    }
    if (!(t instanceof SQLException sql)) {
      return null;
    }
    if (databaseUnreachable(sql)) {
      return databaseDown();
    }
    if (sql.getSQLState() == null) {
      return null;
    }
    return switch (sql.getSQLState()) {
      case "23505" ->
          ApiProblem.conflict("duplicate", "An item with the same unique value already exists.");
      case "40001", "40P01" ->
          ApiProblem.conflict(
              "concurrent-update", "The change collided with a concurrent change; retry it.");
      case "22001" -> ApiProblem.badRequest("A value is longer than allowed.");
      // Safety nets behind StrictJson/SafeText, which name the field before this happens.
      case "22021", "22P05" ->
          ApiProblem.badRequest("A text value holds a character that cannot be stored.");
      case "22008", "22007" ->
          ApiProblem.badRequest(
              "A date is outside " + SupportedDates.MIN + " to " + SupportedDates.MAX + ".");
      default -> null;
    };
  }

  /**
   * The database is down, restarting or refusing connections: the client may retry later, and
   * nothing was committed (a transaction that cannot reach the database cannot commit).
   */
  static boolean databaseUnreachable(SQLException sql) {
    String state = sql.getSQLState();
    if (state != null) {
      // 08: connection exceptions; 57P01-57P03: admin/crash shutdown, cannot connect now;
      // 53300: too many connections.
      return state.startsWith("08")
          || state.equals("57P01")
          || state.equals("57P02")
          || state.equals("57P03")
          || state.equals("53300");
    }
    // The connection pool (Agroal) gives up waiting for a connection without a SQLState.
    String message = sql.getMessage();
    return message != null && message.startsWith("Acquisition timeout");
  }

  /**
   * The commit found its transaction no longer active (the transaction reaper rolled it back after
   * its timeout), or the database cancelled a statement on its timeout (57014).
   */
  private static boolean rolledBackUnasked(Throwable t) {
    return t.getClass().getName().equals("jakarta.transaction.RollbackException")
        || (t instanceof SQLException sql && "57014".equals(sql.getSQLState()));
  }

  static ApiProblem databaseDown() {
    return ApiProblem.unavailable(
            "The database is not reachable at the moment; nothing was changed. Retry later.")
        .header("Retry-After", "5");
  }

  /**
   * A failure of RESTEasy Reactive's form parser, which reads a multipart body before any resource
   * code runs: a plain IOException on a truncated body, a RuntimeException "Param limit of 1000 was
   * exceeded" from FormData.add on too many parts, an IllegalArgumentException on a part's
   * Content-Type that is no media type, a RuntimeException around an UnsupportedEncodingException
   * on an unknown charset, and runtime exceptions of its own on other malformed bodies (an empty
   * boundary, a part header without a colon, a base64 part that is not base64). All are the body's
   * fault, not the service's; only failures with a frame of the parser count.
   */
  static boolean whileReadingAForm(Throwable e) {
    if (e instanceof JsonProcessingException
        || !(e instanceof java.io.IOException || e instanceof RuntimeException)) {
      return false;
    }
    for (StackTraceElement frame : e.getStackTrace()) {
      String c = frame.getClassName();
      if (c.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
          || c.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
        return true;
      }
    }
    return false;
  }

  /** A part's Content-Type that is no media type, or names an unknown charset. */
  private static boolean unreadablePartType(Throwable e) {
    boolean decoding =
        e.getStackTrace().length > 0
            && e.getStackTrace()[0].getClassName().startsWith("java.util.Base64");
    return (e instanceof IllegalArgumentException && !decoding)
        || (e instanceof RuntimeException
            && e.getCause() instanceof java.io.UnsupportedEncodingException);
  }

  private static boolean tooManyParts(Throwable e) {
    return e instanceof RuntimeException
        && e.getMessage() != null
        && e.getMessage().startsWith("Param limit of ");
  }
}
