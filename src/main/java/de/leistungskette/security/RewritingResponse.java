package de.leistungskette.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A response that streams through unchanged, unless {@code capture} says (when the body starts)
 * that this answer is to be rewritten: then the body is kept and {@link #finish} writes the
 * rewritten body. Used for the engine's error answers ({@link GermanErrors}) and the webapps'
 * pages ({@link VersionHiding}), both small.
 */
class RewritingResponse extends HttpServletResponseWrapper {

  private final Predicate<HttpServletResponse> capture;

  private ByteArrayOutputStream buffer;
  private ServletOutputStream stream;
  private PrintWriter writer;

  RewritingResponse(HttpServletResponse response, Predicate<HttpServletResponse> capture) {
    super(response);
    this.capture = capture;
  }

  boolean captured() {
    return buffer != null;
  }

  private boolean capturing() {
    if (buffer == null && capture.test(this)) {
      buffer = new ByteArrayOutputStream();
    }
    return buffer != null;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!capturing()) {
      return super.getOutputStream();
    }
    if (stream == null) {
      stream = new BufferStream(buffer);
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!capturing()) {
      return super.getWriter();
    }
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
    }
    return writer;
  }

  @Override
  public void setContentLength(int length) {
    if (!capture.test(this)) {
      super.setContentLength(length);
    }
  }

  @Override
  public void setContentLengthLong(long length) {
    if (!capture.test(this)) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (buffer == null) {
      super.flushBuffer();
    }
  }

  /** Writes the captured body, rewritten, to the real response (nothing to do if none was captured). */
  void finish(UnaryOperator<byte[]> rewrite) throws IOException {
    if (buffer == null) {
      return;
    }
    if (writer != null) {
      writer.flush();
    }
    byte[] body = rewrite.apply(buffer.toByteArray());
    HttpServletResponse response = (HttpServletResponse) getResponse();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

}
