package org.bihuan.platform.idempotency;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Stores the exact bytes of an answer given under an Idempotency-Key before sending them, so a
 * retry that arrives right after the answer already finds it.
 *
 * <p>Not a global provider: {@link IdempotentWrites} puts it on write methods only, never on GETs.
 * Any writer interceptor on a method takes its answers off the direct serialisation path (through
 * an interceptor context and an extra copy), which cost every GET a share of its time for nothing
 * (docs/decisions/0167). A class registered by a dynamic feature is created by RESTEasy, not by
 * CDI, so the store is looked up when an answer is kept rather than injected.
 */
public class IdempotentAnswerCapture implements WriterInterceptor {

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(IdempotencyFilter.ANSWER) instanceof IdempotencyFilter.Answer a)) {
      context.proceed();
      return;
    }
    context.removeProperty(IdempotencyFilter.ANSWER);
    OutputStream client = context.getOutputStream();
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    context.setOutputStream(copy);
    context.proceed();
    byte[] body = copy.toByteArray();
    IdempotencyFilter.store(CDI.current().select(IdempotencyKeys.class).get(), a, body);
    client.write(body);
    context.setOutputStream(client);
  }
}
