package org.bihuan.rectification.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.UUID;
import org.bihuan.platform.http.StreamedFile;

/**
 * An evidence file's bytes read from PostgreSQL a piece at a time as they are sent
 * (docs/decisions/0258, 0259): a download holds one piece in memory, not the file.
 */
@ApplicationScoped
public class EvidenceBytes {

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
   * The file as a {@link StreamedFile}: each piece read by its own statement when it is to be sent
   * (no transaction is held while the client reads; docs/decisions/0258, 0259).
   */
  public StreamedFile file(UUID evidenceId, long length) {
    return new StreamedFile() {
      @Override
      public long length() {
        return length;
      }

      @Override
      public byte[] read(long offset, int count) throws IOException {
        return chunk(evidenceId, offset, count);
      }
    };
  }

  private byte[] chunk(UUID evidenceId, long from, int count) throws IOException {
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
      throw new IOException("Cannot read evidence " + evidenceId + " at byte " + from, e);
    }
  }
}
