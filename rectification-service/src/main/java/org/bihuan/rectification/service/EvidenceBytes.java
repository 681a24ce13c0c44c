package org.bihuan.rectification.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An evidence file's bytes read from PostgreSQL a mebibyte at a time and written on as they come
 * (docs/decisions/0258): a download holds one chunk in memory, not the file, however many are
 * served at once.
 */
@ApplicationScoped
public class EvidenceBytes {

  /** Bytes read by one statement. */
  static final int CHUNK = 1 << 20;

  @Inject AgroalDataSource dataSource;

  /** The file's exact length, or empty when it has no bytes stored. */
  public OptionalLong length(UUID evidenceId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select octet_length(content) from evidence_content where evidence_id = ?")) {
      ps.setObject(1, evidenceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the length of evidence " + evidenceId, e);
    }
  }

  /**
   * Writes the first {@code length} bytes of the file to {@code out}, chunk by chunk, each read by
   * its own statement (no transaction is held while the client reads).
   */
  public void write(UUID evidenceId, long length, OutputStream out) throws IOException {
    for (long at = 0; at < length; at += CHUNK) {
      byte[] chunk = chunk(evidenceId, at, (int) Math.min(CHUNK, length - at));
      if (chunk.length == 0) {
        throw new IOException("Evidence " + evidenceId + " ended at byte " + at + " of " + length);
      }
      out.write(chunk);
    }
    out.flush();
  }

  private byte[] chunk(UUID evidenceId, long from, int count) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select substring(content from ? for ?) from evidence_content"
                    + " where evidence_id = ?")) {
      ps.setInt(1, Math.toIntExact(from + 1)); // SQL positions count from 1; a bytea is < 1 GB
      ps.setInt(2, count);
      ps.setObject(3, evidenceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getBytes(1) : new byte[0];
      }
    } catch (SQLException e) {
      throw new UncheckedIOException(
          new IOException("Cannot read evidence " + evidenceId + " at byte " + from, e));
    }
  }
}
