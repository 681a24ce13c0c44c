package org.bihuan.platform.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A JSON body is UTF-8 (RFC 8259) and only well-formed UTF-8 (RFC 3629): Jackson's byte parser
 * decodes overlong forms ({@code C0 AF} as '/') and encoded surrogates ({@code ED A0 80}) without
 * complaint. This stream checks every byte as it passes, so the body is read once (decision 0095).
 */
final class StrictUtf8 extends FilterInputStream {

  /** Continuation bytes still expected, and the range the next one must fall in. */
  private int need;

  private int low = 0x80;
  private int high = 0xBF;
  private long offset;

  StrictUtf8(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      end();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n < 0) {
      end();
    }
    for (int i = 0; i < n; i++) {
      check(buf[off + i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes are checked too (read them).
    long done = 0;
    byte[] buf = new byte[512];
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  private void check(int b) throws JsonParseException {
    if (need == 0) {
      if (b < 0x80) {
        // ASCII
      } else if (b >= 0xC2 && b <= 0xDF) {
        expect(1, 0x80, 0xBF);
      } else if (b == 0xE0) {
        expect(2, 0xA0, 0xBF);
      } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
        expect(2, 0x80, 0xBF);
      } else if (b == 0xED) {
        expect(2, 0x80, 0x9F);
      } else if (b == 0xF0) {
        expect(3, 0x90, 0xBF);
      } else if (b >= 0xF1 && b <= 0xF3) {
        expect(3, 0x80, 0xBF);
      } else if (b == 0xF4) {
        expect(3, 0x80, 0x8F);
      } else {
        fail(b);
      }
    } else {
      if (b < low || b > high) {
        fail(b);
      }
      need--;
      low = 0x80;
      high = 0xBF;
    }
    offset++;
  }

  private void expect(int n, int lo, int hi) {
    need = n;
    low = lo;
    high = hi;
  }

  private void end() throws JsonParseException {
    if (need > 0) {
      need = 0;
      throw new JsonParseException(
          (JsonParser) null, "The body ends inside a UTF-8 sequence (byte " + offset + ").");
    }
  }

  private void fail(int b) throws JsonParseException {
    need = 0;
    throw new JsonParseException(
        (JsonParser) null,
        String.format(
            "The body is not well-formed UTF-8: byte 0x%02X at offset %d (overlong, surrogate or"
                + " truncated sequence).",
            b, offset));
  }

  /** Puts the check in front of every byte source the JSON factory reads. */
  static final class Decorator extends InputDecorator {
    @Override
    public InputStream decorate(IOContext ctxt, InputStream in) {
      return new StrictUtf8(in);
    }

    @Override
    public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) {
      return new StrictUtf8(new ByteArrayInputStream(src, offset, length));
    }

    @Override
    public Reader decorate(IOContext ctxt, Reader r) {
      // Characters are already decoded; SafeText checks what they hold.
      return r;
    }
  }
}
