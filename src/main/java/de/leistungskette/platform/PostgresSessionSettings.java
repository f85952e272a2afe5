package de.leistungskette.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Settings of every PostgreSQL connection of the pool (an operator's own
 * {@code spring.datasource.hikari.connection-init-sql} is kept and nothing added):
 *
 * <ul>
 *   <li>{@code plan_cache_mode = force_custom_plan}: each query is planned with its values. The
 *       JDBC driver turns a statement run five times into a prepared one, and PostgreSQL then
 *       reuses a generic plan that knows neither the permission bits nor the ids; for the engine's
 *       authorization join that plan is the slow one ({@link DatabaseTuning}).</li>
 *   <li>{@code jit = off}: the engine's queries are short; compiling one to machine code took
 *       2 s where the query itself takes milliseconds.</li>
 * </ul>
 */
@Component
public class PostgresSessionSettings implements BeanPostProcessor {

  static final String INIT_SQL = "SET plan_cache_mode = force_custom_plan; SET jit = off";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(INIT_SQL);
    }
    return bean;
  }
}
