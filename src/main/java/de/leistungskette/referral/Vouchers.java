package de.leistungskette.referral;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Running numbers for vouchers from a database sequence ({@code LK_VOUCHER_SEQ}): unique across
 * all nodes on one database, never reused (a rolled-back referral leaves a gap, as a torn-up paper
 * voucher would).
 */
@Component
public class Vouchers {

  private final DataSource dataSource;
  private volatile Boolean postgres;

  public Vouchers(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long next() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if (postgres == null) {
        postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        statement.execute("CREATE SEQUENCE IF NOT EXISTS LK_VOUCHER_SEQ");
      }
      try (ResultSet next = statement.executeQuery(postgres
          ? "SELECT nextval('lk_voucher_seq')" : "SELECT NEXT VALUE FOR LK_VOUCHER_SEQ")) {
        next.next();
        return next.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Gutscheinnummer konnte nicht vergeben werden: " + e.getMessage(), e);
    }
  }
}
