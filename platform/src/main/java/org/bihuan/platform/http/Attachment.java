package org.bihuan.platform.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * How a file that someone uploaded is served back (docs/decisions/0059): always as a download
 * ({@code Content-Disposition: attachment} with an ASCII fallback in {@code filename} and the exact
 * UTF-8 name in {@code filename*}, RFC 6266 / RFC 5987, so Chinese names arrive intact), never
 * sniffed ({@code X-Content-Type-Options: nosniff}), sandboxed ({@code Content-Security-Policy:
 * sandbox}), and a type a browser would run or render as a page (HTML, SVG, XML, JavaScript) as
 * {@code application/octet-stream}. An evidence file uploaded as text/html was served back as
 * text/html, i.e. as a page of our origin.
 */
public final class Attachment {

  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

  private static final Set<String> ACTIVE_SUBTYPES =
      Set.of(
          "html",
          "xhtml+xml",
          "xml",
          "svg+xml",
          "javascript",
          "ecmascript",
          "x-javascript",
          "x-ecmascript",
          "jscript",
          "livescript",
          "vbscript",
          "x-shockwave-flash",
          "rdf+xml",
          "xslt+xml",
          "mathml+xml",
          "vnd.wap.xhtml+xml");

  private Attachment() {}

  /** 200 with {@code content} as a download named {@code filename}, of {@code mediaType}. */
  public static Response download(byte[] content, String mediaType, String filename) {
    return Response.ok(content)
        .type(servedType(mediaType))
        .header("Content-Disposition", disposition(filename))
        .header("Content-Length", content.length)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .build();
  }

  /** The media type the bytes are served with: the stored one unless a browser would run it. */
  public static String servedType(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
    MediaType type;
    try {
      type = MediaType.valueOf(mediaType.strip());
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    if (ACTIVE_SUBTYPES.contains(subtype)
        || subtype.endsWith("+xml")
        || subtype.contains("script")
        || subtype.contains("html")) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
    return type.getType() + "/" + type.getSubtype();
  }

  /** {@code attachment; filename="…"; filename*=UTF-8''…} for any name. */
  public static String disposition(String filename) {
    return "attachment; filename=\""
        + asciiFallback(filename)
        + "\"; filename*=UTF-8''"
        + encode(filename);
  }

  static String encode(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && ATTR_CHARS.indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  static String asciiFallback(String value) {
    StringBuilder sb = new StringBuilder();
    for (char c : value.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    return sb.toString();
  }
}
