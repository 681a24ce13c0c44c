package org.bihuan.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/2 request over cleartext with prior knowledge (h2c), its headers written by hand, for
 * what no HTTP/2 client sends: an {@code :authority} that makes no URI. The header block uses
 * literal fields only (no Huffman coding, no table); of the answer only what a test needs is read:
 * whether headers came or the stream was reset, and the body (a problem document says its status).
 */
public final class RawHttp2 {

  /** The answer to one request: whether its headers came, its body, whether it was reset. */
  public record Answer(boolean headers, String body, boolean reset) {}

  private RawHttp2() {}

  /** GETs {@code path} with {@code authority} as :authority, and {@code headers} (name, value…). */
  public static Answer get(URL root, String path, String authority, String... headers)
      throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      frame(out, 4, 0, 0, new byte[0]); // SETTINGS
      ByteArrayOutputStream block = new ByteArrayOutputStream();
      literal(block, ":method", "GET");
      literal(block, ":scheme", "http");
      literal(block, ":path", path);
      literal(block, ":authority", authority);
      for (int i = 0; i + 1 < headers.length; i += 2) {
        literal(block, headers[i], headers[i + 1]);
      }
      frame(out, 1, 0x5, 1, block.toByteArray()); // HEADERS, END_STREAM | END_HEADERS
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      boolean answered = false;
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      try {
        while (true) {
          int length = in.readUnsignedShort() << 8 | in.readUnsignedByte();
          int type = in.readUnsignedByte();
          int flags = in.readUnsignedByte();
          int stream = in.readInt() & 0x7fffffff;
          byte[] payload = new byte[length];
          in.readFully(payload);
          if (type == 4 && (flags & 1) == 0) {
            frame(out, 4, 1, 0, new byte[0]); // SETTINGS ACK
            out.flush();
          } else if (stream == 1 && type == 1) {
            answered = true;
            if ((flags & 1) != 0) {
              break;
            }
          } else if (stream == 1 && type == 0) {
            body.write(payload);
            if ((flags & 1) != 0) {
              break;
            }
          } else if (stream == 1 && type == 3 || type == 7) {
            return new Answer(answered, body.toString(StandardCharsets.UTF_8), true);
          }
        }
      } catch (EOFException | SocketTimeoutException e) {
        return new Answer(answered, body.toString(StandardCharsets.UTF_8), !answered);
      }
      return new Answer(answered, body.toString(StandardCharsets.UTF_8), false);
    }
  }

  private static void frame(OutputStream out, int type, int flags, int stream, byte[] payload)
      throws IOException {
    out.write(
        new byte[] {
          (byte) (payload.length >> 16),
          (byte) (payload.length >> 8),
          (byte) payload.length,
          (byte) type,
          (byte) flags,
          (byte) (stream >> 24),
          (byte) (stream >> 16),
          (byte) (stream >> 8),
          (byte) stream
        });
    out.write(payload);
  }

  /** A literal header field without indexing, new name (RFC 7541 6.2.2), no Huffman coding. */
  private static void literal(ByteArrayOutputStream block, String name, String value) {
    block.write(0);
    string(block, name.getBytes(StandardCharsets.UTF_8));
    string(block, value.getBytes(StandardCharsets.UTF_8));
  }

  private static void string(ByteArrayOutputStream block, byte[] bytes) {
    int length = bytes.length;
    if (length < 127) {
      block.write(length);
    } else {
      block.write(127);
      length -= 127;
      while (length >= 128) {
        block.write(length % 128 + 128);
        length /= 128;
      }
      block.write(length);
    }
    block.write(bytes, 0, bytes.length);
  }
}
