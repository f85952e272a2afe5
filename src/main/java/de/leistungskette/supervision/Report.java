package de.leistungskette.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A report of the page "Berichte": tables (the first is the main one), one chart, a note. Each
 * table can be downloaded as CSV the way Excel opens it in Germany: UTF-8 with BOM, semicolons,
 * decimal comma.
 */
public record Report(String id, String title, String note, List<Table> tables, Chart chart) {

  public enum Type { TEXT, NUMBER, PERCENT }

  public record Column(String key, String label, Type type) {}

  public record Table(String title, List<Column> columns, List<Map<String, Object>> rows) {}

  public record Dataset(String label, List<Number> data) {}

  public record Chart(String type, List<String> labels, List<Dataset> datasets, boolean stacked) {}

  /** The table as CSV bytes for Excel (UTF-8 with BOM, ";" between fields, German decimal comma). */
  public static byte[] csv(Table table) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(String.join(";", table.columns().stream().map(column -> field(column.label())).toList())).append("\r\n");
    for (Map<String, Object> row : table.rows()) {
      csv.append(String.join(";", table.columns().stream().map(column -> field(format(row.get(column.key()))))
          .toList())).append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Numbers German (1234,5), nothing for null. */
  static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
    return value.toString();
  }

  private static String field(String text) {
    return text.contains(";") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
