package de.leistungskette.security;

import jakarta.servlet.http.HttpServletRequest;

/** The path a request asks for, decoded and normalised by the servlet container (no {@code ..}, no {@code ;}). */
final class RequestPaths {

  private RequestPaths() {}

  static String of(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }
}
