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
 * sandbox}), and only a type of a short list of safe ones as itself, every other one as {@code
 * application/octet-stream} (docs/decisions/0257). An evidence file uploaded as text/html was
 * served back as text/html, i.e. as a page of our origin.
 */
public final class Attachment {

  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

  /**
   * The media types served as they were given (docs/decisions/0257): pictures, PDF, office
   * documents, plain text and CSV, archives, common audio and video. Every other type is served as
   * {@code application/octet-stream}: a list of types to block (HTML, SVG, script…) missed {@code
   * multipart/x-mixed-replace} and whatever a browser learns to render next.
   */
  static final Set<String> SAFE_TYPES =
      Set.of(
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "image/bmp",
          "image/tiff",
          "application/pdf",
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/vnd.oasis.opendocument.presentation",
          "application/vnd.ms-works",
          "text/plain",
          "text/csv",
          "application/zip",
          "application/x-zip-compressed",
          "application/x-7z-compressed",
          "application/vnd.rar",
          "application/x-rar-compressed",
          "application/gzip",
          "audio/mpeg",
          "audio/mp4",
          "audio/wav",
          "video/mp4",
          "video/quicktime",
          "application/octet-stream");

  private Attachment() {}

  /** 200 with {@code content} as a download named {@code filename}, of {@code mediaType}. */
  public static Response download(byte[] content, String mediaType, String filename) {
    return download((Object) content, content.length, mediaType, filename);
  }

  /**
   * The same download of a file sent as it is read, with back-pressure ({@link
   * StreamedFileWriter}), so that a large file is never held in memory whole (docs/decisions/0258,
   * 0259).
   */
  public static Response download(StreamedFile body, String mediaType, String filename) {
    return download((Object) body, body.length(), mediaType, filename);
  }

  private static Response download(Object body, long length, String mediaType, String filename) {
    return Response.ok(body)
        .type(servedType(mediaType))
        .header("Content-Disposition", disposition(filename))
        .header("Content-Length", length)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .build();
  }

  /**
   * The media type the bytes are served with: the stored one when it is one of {@link #SAFE_TYPES}
   * (without parameters but a text type's known charset), else {@code application/octet-stream}.
   */
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
    String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
    if (!SAFE_TYPES.contains(essence)) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (essence.startsWith("text/") && charset != null) {
      try {
        return essence + "; charset=" + java.nio.charset.Charset.forName(charset.strip()).name();
      } catch (IllegalArgumentException e) {
        return essence;
      }
    }
    return essence;
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
