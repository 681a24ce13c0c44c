package org.bihuan.problem.importing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * Counts a stream's decoded bytes into nothing ({@link PdfRawStreams}), refusing (413) past the
 * stream's cap or past the cap of all the PDF's streams together; {@link Capped} keeps an
 * intermediate stage of a filter chain in memory up to the same cap.
 */
final class PdfStreamSink extends OutputStream {
  final long number;
  final String what;
  final long cap;
  long count;
  private final long before;
  private final ImportLimits limits;
  private final long deadline;

  /**
   * The sink of object {@code number}'s stream ({@code what} it is) decoded under {@code cap}
   * bytes, {@code before} the bytes the PDF's streams decoded before it.
   */
  PdfStreamSink(
      long number, String what, long cap, long before, ImportLimits limits, long deadline) {
    this.number = number;
    this.what = what;
    this.cap = cap;
    this.before = before;
    this.limits = limits;
    this.deadline = deadline;
  }

  void add(long n) {
    count += n;
    if (count > cap) {
      throw limits.tooLarge(
          "Object " + number + " of the PDF (" + what + ") decodes to more than " + cap + " bytes");
    }
    if (before + count > PdfRawStreams.MAX_TOTAL_BYTES) {
      throw limits.tooLarge(
          "The streams of the PDF decode to more than "
              + PdfRawStreams.MAX_TOTAL_BYTES
              + " bytes together");
    }
    if ((count & 0xFFFFF) < n) {
      limits.withinTime(deadline);
    }
  }

  @Override
  public void write(int b) {
    add(1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    add(len);
  }

  /** An intermediate stage of a chain, kept in memory up to the same cap. */
  static final class Capped extends ByteArrayOutputStream {
    private final PdfStreamSink sink;

    Capped(PdfStreamSink sink) {
      this.sink = sink;
    }

    @Override
    public void write(int b) {
      check(1);
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      check(len);
      super.write(b, off, len);
    }

    private void check(int n) {
      if (count + (long) n > sink.cap) {
        sink.add(count + (long) n); // refuses as the stream's own size would
      }
    }
  }
}
