package org.bihuan.report.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bihuan.platform.time.OrganisationClock;

/**
 * A streamed ledger export: opens a read-only, repeatable-read transaction before the response
 * starts (so its positions can go into the headers) and reads every row through a server-side
 * cursor while the response body is written.
 */
@ApplicationScoped
public class LedgerExport {

  static final int FETCH_SIZE = 1000;

  @Inject AgroalDataSource dataSource;
  @Inject LedgerRows ledgerRows;
  @Inject OrganisationClock clock;

  public ZoneId zone() {
    return clock.zone();
  }

  public Open open() {
    try {
      Connection c = dataSource.getConnection();
      try {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        return new Open(c, ProjectionState.read(c));
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the report projection", e);
    }
  }

  /** An open export snapshot; closing it ends the transaction and returns the connection. */
  public final class Open implements AutoCloseable {
    private final Connection connection;
    private final ProjectionState.Positions positions;

    Open(Connection connection, ProjectionState.Positions positions) {
      this.connection = connection;
      this.positions = positions;
    }

    public ProjectionState.Positions positions() {
      return positions;
    }

    public void rows(ReportFilter f, LocalDate today, LedgerRows.RowSink sink)
        throws SQLException, IOException {
      ledgerRows.rows(connection, f, today, 0, 0, FETCH_SIZE, sink);
    }

    @Override
    public void close() throws IOException {
      try {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
        connection.close();
      } catch (SQLException e) {
        throw new IOException("Cannot end the export's transaction", e);
      }
    }
  }
}
