package org.bihuan.platform.idempotency;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Stores the exact bytes of an answer given under an Idempotency-Key before sending them, so a
 * retry that arrives right after the answer already finds it.
 */
@Provider
public class IdempotentAnswerCapture implements WriterInterceptor {

  @Inject IdempotencyKeys keys;

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
    IdempotencyFilter.store(keys, a, body);
    client.write(body);
    context.setOutputStream(client);
  }
}
