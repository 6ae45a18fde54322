package ir.bashgah.app.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand on a socket, for requests no well-behaved client library sends: a body
 * announced but never sent, a body streamed in chunks without end, bytes a client would escape.
 */
final class RawHttp {
  record Answer(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private final String host;
  private final int port;

  RawHttp(URL deployment) {
    this.host = "127.0.0.1";
    this.port = deployment.getPort();
  }

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}, then reads the answer. */
  Answer send(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(body);
        out.flush();
      } catch (SocketException e) {
        // The server answered and closed before taking the whole body, as it should for a body too large.
      }
      return read(socket.getInputStream());
    }
  }

  /** Streams {@code total} bytes of JSON-looking filler in chunks of 64 KB, stopping early if the server closes. */
  Answer sendChunked(String head, long total) throws IOException {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nHost: " + host + ":" + port + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      chunk[0] = '[';
      try {
        for (long sent = 0; sent < total; sent += chunk.length) {
          out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
          chunk[0] = ' ';
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (SocketException e) {
        // closed by the server after its answer
      }
      return read(socket.getInputStream());
    }
  }

  /**
   * Reads one answer: the head, then as many bytes as its Content-Length says (or up to the end of
   * the stream without one). Not to the end of the stream: a server that still expects the rest of a
   * body it refused may keep the connection open until its idle timeout.
   */
  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) >= 0) {
      head.write(b);
      matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String headText = head.toString(StandardCharsets.ISO_8859_1).trim();
    int status = headText.length() >= 12 ? Integer.parseInt(headText.substring(9, 12)) : -1;
    Answer headOnly = new Answer(status, headText, "");
    String length = headOnly.header("Content-Length");
    byte[] body;
    try {
      body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
    } catch (SocketException e) {
      body = new byte[0];
    }
    return new Answer(status, headText, new String(body, StandardCharsets.UTF_8));
  }
}
