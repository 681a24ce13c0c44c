package org.bihuan.platform.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An answer made once and sent as it is before Quarkus REST (docs/decisions/0302, 0304): the
 * status, the headers in the order Quarkus REST sends them — the length first, then the answer's
 * own — and the body. Names and values are kept as ASCII sequences Netty writes as they are, the
 * body as a buffer each answer slices: sending a kept answer builds nothing, a 304 least of all.
 */
public final class KeptAnswer {

  private final int status;
  private final CharSequence[] head;
  private final Buffer body;

  private KeptAnswer(int status, CharSequence[] head, Buffer body) {
    this.status = status;
    this.head = head;
    this.body = body;
  }

  /** {@code answer} as Quarkus REST sends it: its headers rendered by its own header delegates. */
  public static KeptAnswer of(RestResponse<byte[]> answer) {
    List<CharSequence> head = new ArrayList<>();
    byte[] bytes = answer.getEntity();
    if (bytes != null) {
      head.add(HttpHeaderNames.CONTENT_LENGTH);
      head.add(ascii(Integer.toString(bytes.length)));
    }
    answer
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              for (String value : values) {
                head.add(ascii(name));
                head.add(ascii(value));
              }
            });
    return new KeptAnswer(
        answer.getStatus(),
        head.toArray(CharSequence[]::new),
        bytes == null ? null : Buffer.buffer(bytes));
  }

  int status() {
    return status;
  }

  /** The value of the header {@code name} as sent (its first), or null. */
  String header(String name) {
    for (int i = 0; i < head.length; i += 2) {
      if (head[i].toString().equalsIgnoreCase(name)) {
        return head[i + 1].toString();
      }
    }
    return null;
  }

  /** Text Netty writes as it is when it is ASCII; any other is kept as a string. */
  private static CharSequence ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7e) {
        return text;
      }
    }
    return HttpHeaders.createOptimized(text);
  }

  /** Sends it: the status, the kept headers, the kept body (a slice of it). */
  void send(HttpServerResponse out) {
    out.setStatusCode(status);
    for (int i = 0; i < head.length; i += 2) {
      out.putHeader(head[i], head[i + 1]);
    }
    if (body == null) {
      out.end();
    } else {
      out.end(body);
    }
  }
}
