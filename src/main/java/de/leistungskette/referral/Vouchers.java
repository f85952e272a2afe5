package de.leistungskette.referral;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Running numbers for vouchers from a database sequence ({@code LK_VOUCHER_SEQ}): unique across
 * all nodes on one database, never reused (a rolled-back referral leaves a gap, as a torn-up paper
 * voucher would).
 */
@Component
public class Vouchers implements InitializingBean {

  private final DataSource dataSource;
  private String nextValue;

  public Vouchers(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** On start-up: the sequence exists, and how this database asks it for the next number. */
  @Override
  public void afterPropertiesSet() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE SEQUENCE IF NOT EXISTS LK_VOUCHER_SEQ");
      nextValue = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
          ? "SELECT nextval('lk_voucher_seq')" : "SELECT NEXT VALUE FOR LK_VOUCHER_SEQ";
    }
  }

  public long next() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      try (ResultSet next = statement.executeQuery(nextValue)) {
        next.next();
        return next.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Gutscheinnummer konnte nicht vergeben werden: " + e.getMessage(), e);
    }
  }
}
