package org.bihuan.platform.http;

import java.io.IOException;

/**
 * A stored file served as it is read, a piece at a time (docs/decisions/0259): its exact length and
 * a way to read any piece of it. {@link StreamedFileWriter} sends it with back-pressure, so that a
 * download holds at most one piece however slowly its client reads.
 */
public interface StreamedFile {

  /** The file's exact length in bytes. */
  long length();

  /**
   * Up to {@code count} bytes from {@code offset}; blocking (called on a worker thread, never on
   * the event loop). Fewer than asked only at the end of the file; none means it ended early.
   */
  byte[] read(long offset, int count) throws IOException;
}
