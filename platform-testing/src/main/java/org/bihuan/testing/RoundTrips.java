package org.bihuan.testing;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The round trips a test application makes to PostgreSQL: each time one of its connections sends
 * after it has received, a request starts that the driver then waits for. Every statement, batch or
 * commit that goes to the server counts, whether Hibernate or plain JDBC sent it (Hibernate's
 * statistics see only its own statements). {@link RealPostgres} has the driver open every
 * connection of a test application through {@link Sockets}.
 */
public final class RoundTrips {

  /**
   * The tally's system property: kept where every copy of this class finds it (the driver may load
   * its socket factory in another class loader of the test application than the test's), as text,
   * since code that reads every system property expects text (Narayana failed to start on an
   * AtomicLong there). The properties' table is synchronized, so each increment is atomic.
   */
  private static final String KEY = RoundTrips.class.getName();

  private RoundTrips() {}

  /** The round trips all connections of this JVM made so far. */
  public static long count() {
    Object n = System.getProperties().get(KEY);
    return n == null ? 0 : Long.parseLong((String) n);
  }

  /** The driver's socket factory ({@code socketFactory=}): plain sockets that count. */
  public static final class Sockets extends SocketFactory {

    @Override
    public Socket createSocket() {
      return new Counting();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return open(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort)
        throws IOException {
      return open(new InetSocketAddress(host, port), new InetSocketAddress(local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return open(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
        throws IOException {
      return open(new InetSocketAddress(host, port), new InetSocketAddress(local, localPort));
    }

    /** A counting socket bound to {@code local} when given, connected to {@code to}. */
    private static Socket open(InetSocketAddress to, InetSocketAddress local) throws IOException {
      Socket s = new Counting();
      if (local != null) {
        s.bind(local);
      }
      s.connect(to);
      return s;
    }
  }

  /** A socket that counts a round trip when it sends after receiving (or first sends). */
  private static final class Counting extends Socket {
    private volatile boolean received = true;

    @Override
    public InputStream getInputStream() throws IOException {
      return new FilterInputStream(super.getInputStream()) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          received = true;
          return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          int n = super.read(buf, off, len);
          received = true;
          return n;
        }
      };
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
      return new FilterOutputStream(super.getOutputStream()) {
        @Override
        public void write(int b) throws IOException {
          sent();
          out.write(b);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
          sent();
          out.write(buf, off, len);
        }
      };
    }

    private void sent() {
      if (received) {
        received = false;
        System.getProperties()
            .compute(
                KEY, (k, n) -> n == null ? "1" : String.valueOf(Long.parseLong((String) n) + 1));
      }
    }
  }
}
