package de.leistungskette.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A request whose query parameter {@code name} is replaced by {@code value} (whatever the caller sent). */
final class QueryParameterRequest extends HttpServletRequestWrapper {

  private final Map<String, String[]> parameters;
  private final String queryString;

  QueryParameterRequest(HttpServletRequest request, String name, String value) {
    super(request);
    Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
    parameters.put(name, new String[] {value});
    this.parameters = Collections.unmodifiableMap(parameters);
    this.queryString = parameters.entrySet().stream()
        .flatMap(entry -> java.util.Arrays.stream(entry.getValue())
            .map(v -> encode(entry.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public String getQueryString() {
    return queryString;
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return parameters.get(name);
  }
}
