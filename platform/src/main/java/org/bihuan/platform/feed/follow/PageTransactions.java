package org.bihuan.platform.feed.follow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.Session;

/** Runs one page's work in a transaction of its own, committed or rolled back whole. */
@FunctionalInterface
public interface PageTransactions {

  /** Work on the transaction's connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  <T> T inNewTransaction(Work<T> work);

  /**
   * A new JTA transaction on the EntityManager's connection: an applier may use JDBC on the given
   * connection and the EntityManager (or @Transactional beans) alike, all in the one transaction.
   */
  static PageTransactions jta(EntityManager em) {
    return new PageTransactions() {
      @Override
      public <T> T inNewTransaction(Work<T> work) {
        return QuarkusTransaction.requiringNew()
            .call(() -> em.unwrap(Session.class).doReturningWork(work::run));
      }
    };
  }

  /** A plain JDBC transaction on a connection of its own, for appliers that only use JDBC. */
  static PageTransactions jdbc(DataSource dataSource) {
    return new PageTransactions() {
      @Override
      public <T> T inNewTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
          c.setAutoCommit(false);
          try {
            T result = work.run(c);
            c.commit();
            return result;
          } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          }
        } catch (SQLException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }
    };
  }
}
