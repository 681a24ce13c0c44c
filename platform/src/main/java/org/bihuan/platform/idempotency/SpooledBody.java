package org.bihuan.platform.idempotency;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * A multipart body that a write with an Idempotency-Key carries, written to a temporary file as it
 * is read and hashed on the way, its boundary left out (docs/decisions/0250): the fingerprint is
 * the one the whole body in memory gave, and the form parser then reads the file. The body was read
 * into memory whole and copied three times more to leave the boundary out — about 85 MB for one
 * upload of 20 MB, so four uploads at once exhausted a heap of 384 MB.
 */
final class SpooledBody {

  private static final int PIECE = 64 * 1024;

  private final Path file;

  private SpooledBody(Path file) {
    this.file = file;
  }

  /**
   * Reads {@code body} to its end into a new temporary file, feeding {@code sha} with its bytes
   * without the occurrences of {@code boundary} (as {@code String.replace(boundary, "")} on the
   * body read as ISO-8859-1 did). The file is deleted when reading fails.
   */
  static SpooledBody of(InputStream body, String boundary, MessageDigest sha) throws IOException {
    Path file = Files.createTempFile("bihuan-upload-", ".part");
    try (OutputStream out = Files.newOutputStream(file)) {
      Without without = new Without(boundary, sha);
      byte[] piece = new byte[PIECE];
      for (int n; (n = body.read(piece)) >= 0; ) {
        out.write(piece, 0, n);
        without.update(piece, n);
      }
      without.end();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new SpooledBody(file);
  }

  /** The body again, from the file; the file is deleted when this stream is closed. */
  InputStream open() throws IOException {
    return new FilterInputStream(Files.newInputStream(file)) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          delete();
        }
      }
    };
  }

  /** Deletes the file; nothing when it is gone already. */
  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  /**
   * Feeds a digest with a stream of bytes from which every occurrence of a pattern is left out,
   * leftmost first and not overlapping (Knuth–Morris–Pratt: the bytes of a partial match are held
   * back until it fails or completes).
   */
  static final class Without {
    private final byte[] pattern;
    private final int[] fallback;
    private final MessageDigest sha;
    private int matched;

    Without(String pattern, MessageDigest sha) {
      boolean latin1 = pattern.chars().allMatch(c -> c <= 0xff);
      // a boundary that is no ISO-8859-1 text never occurred in the body read as ISO-8859-1
      this.pattern = latin1 ? pattern.getBytes(StandardCharsets.ISO_8859_1) : new byte[0];
      this.sha = sha;
      fallback = new int[this.pattern.length];
      for (int i = 1, k = 0; i < this.pattern.length; i++) {
        while (k > 0 && this.pattern[i] != this.pattern[k]) {
          k = fallback[k - 1];
        }
        if (this.pattern[i] == this.pattern[k]) {
          k++;
        }
        fallback[i] = k;
      }
    }

    void update(byte[] bytes, int length) {
      if (pattern.length == 0) {
        sha.update(bytes, 0, length);
        return;
      }
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        while (matched > 0 && b != pattern[matched]) {
          int keep = fallback[matched - 1];
          sha.update(pattern, 0, matched - keep);
          matched = keep;
        }
        if (b == pattern[matched]) {
          if (++matched == pattern.length) {
            matched = 0; // an occurrence: left out
          }
        } else {
          sha.update(b);
        }
      }
    }

    /** The bytes of a partial match at the end are part of the body. */
    void end() {
      sha.update(pattern, 0, matched);
      matched = 0;
    }
  }
}
