package de.leistungskette.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response that reaches the client only when {@link #sendTo} is called: nothing is flushed or
 * committed before. Status and headers are set on the real response (still uncommitted), the body
 * is kept. {@link EngineRequestGuard} answers a changing request only after its transaction has
 * committed, so what a client was told is done is in the database.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private ServletOutputStream stream;
  private PrintWriter writer;

  BufferedResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new BufferStream(buffer);
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
    }
    return writer;
  }

  @Override
  public void sendError(int status) {
    setStatus(status);
  }

  @Override
  public void sendError(int status, String message) {
    setStatus(status);
  }

  @Override
  public void flushBuffer() {
    // kept until sendTo
  }

  @Override
  public boolean isCommitted() {
    return false;
  }

  @Override
  public void resetBuffer() {
    buffer.reset();
  }

  /** Forgets status, headers and body, also what the writer still holds (the answer is replaced). */
  @Override
  public void reset() {
    if (writer != null) {
      writer.flush();
    }
    buffer.reset();
    super.reset();
  }

  @Override
  public void setContentLength(int length) {
    // set by sendTo
  }

  @Override
  public void setContentLengthLong(long length) {
    // set by sendTo
  }

  /** Sends status, headers and body to the client. */
  void sendTo(HttpServletResponse response) throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (buffer.size() > 0) {
      response.setContentLength(buffer.size());
      response.getOutputStream().write(buffer.toByteArray());
    }
    response.flushBuffer();
  }
}
