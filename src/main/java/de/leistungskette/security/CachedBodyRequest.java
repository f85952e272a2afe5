package de.leistungskette.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request whose body was read by a filter and is handed on (unchanged, or the empty JSON object
 * where none was sent).
 */
class CachedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private final String contentType;

  CachedBodyRequest(HttpServletRequest request, byte[] body) {
    this(request, body, request.getContentType());
  }

  /** The body with the content type it is handed on with (a body the filter put in place of none). */
  CachedBodyRequest(HttpServletRequest request, byte[] body, String contentType) {
    super(request);
    this.body = body;
    this.contentType = contentType;
  }

  @Override
  public String getContentType() {
    return contentType;
  }

  @Override
  public String getHeader(String name) {
    return "Content-Type".equalsIgnoreCase(name) ? contentType : super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    if (!"Content-Type".equalsIgnoreCase(name)) {
      return super.getHeaders(name);
    }
    return Collections.enumeration(contentType == null ? List.of() : List.of(contentType));
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
    if (contentType != null && names.stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
      names.add("Content-Type");
    }
    return Collections.enumeration(names);
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous only");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
