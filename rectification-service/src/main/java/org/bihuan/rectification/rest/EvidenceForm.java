package org.bihuan.rectification.rest;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.DispositionFilenames;
import org.bihuan.platform.http.UploadedFileNames;
import org.bihuan.platform.input.SafeText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.multipart.FileItem;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The multipart/form-data body of an evidence upload, read and checked in one place: exactly the
 * parts the contract names (this record is its schema), each at most once, each of its kind
 * (docs/decisions/0119, 0173). Anything else is a 400 naming the part; nothing is stored.
 */
@Schema(
    name = "EvidenceUpload",
    description =
        "multipart/form-data with exactly these parts, each at most once; any other part, a"
            + " repeated part, a 'file' without a filename, a 'description' sent as a file or"
            + " declared as another media type than text/plain is a 400 naming the"
            + " part.")
public record EvidenceForm(
    @Schema(
            type = SchemaType.STRING,
            format = "binary",
            required = true,
            description =
                "The evidence file: a file part with a filename (its last path segment is kept,"
                    + " 1 to 255 characters, not only dots, no control characters, not ending in"
                    + " a dot or a space) and 1 byte up"
                    + " to bihuan.evidence.max-bytes (20 MB by default; more answers 413). Its"
                    + " Content-Type is stored as the file's media type (application/octet-stream"
                    + " when absent or invalid).")
        java.io.File file,
    @Schema(hidden = true) long size,
    @Schema(hidden = true) String filename,
    @Schema(hidden = true) String mediaType,
    @Schema(
            maxLength = 1000,
            description =
                "What the file shows, at most 1000 characters: a text field, not a file, with no"
                    + " Content-Type or text/plain (charset UTF-8 or none); another media type"
                    + " is a 400.")
        String description) {

  static final String FILE = "file";
  static final String DESCRIPTION = "description";
  private static final List<String> PARTS = List.of(FILE, DESCRIPTION);

  /** Reads the form, refusing what the contract does not describe. */
  static EvidenceForm read(MultipartFormDataInput input, long maxBytes) {
    Map<String, Collection<FormValue>> parts = input == null ? Map.of() : input.getValues();
    for (Map.Entry<String, Collection<FormValue>> part : parts.entrySet()) {
      if (part.getKey() == null || part.getKey().isBlank()) {
        throw ApiProblem.badRequest(
            "A part of the form has no name: each part needs Content-Disposition: form-data;"
                + " name=\"file\" or name=\"description\".");
      }
      if (!PARTS.contains(part.getKey())) {
        throw ApiProblem.invalidField(
            part.getKey(), "is not a part of this form; its parts are 'file' and 'description'");
      }
      if (part.getValue().size() > 1) {
        throw ApiProblem.invalidField(
            part.getKey(), "is given more than once; one evidence file per request (0119)");
      }
    }
    FormValue file = only(parts, FILE);
    if (file == null) {
      throw ApiProblem.invalidField(FILE, "is required (a multipart part named 'file')");
    }
    if (!file.isFileItem()) {
      throw ApiProblem.invalidField(FILE, "must be a file part with a filename");
    }
    long size = sizeOf(file.getFileItem());
    if (size > maxBytes) {
      throw ApiProblem.tooLarge(
              "The file has " + size + " bytes; evidence files may have at most " + maxBytes)
          .with("maxBytes", maxBytes);
    }
    if (size == 0) {
      throw ApiProblem.invalidField(FILE, "is empty");
    }
    String name = filename(declaredName(file));
    String description = description(only(parts, DESCRIPTION));
    // The file stays where the form parser wrote it as it was read (a temporary file, its size
    // bounded by the body limit while reading); it is hashed and stored from there (0250).
    return new EvidenceForm(
        fileOf(file.getFileItem()), size, name, mediaTypeOf(contentType(file, FILE)), description);
  }

  private static FormValue only(Map<String, Collection<FormValue>> parts, String name) {
    Collection<FormValue> values = parts.get(name);
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }

  /**
   * The filename as the part's Content-Disposition gives it, quoted-string escapes undone and
   * {@code filename*} first ({@link DispositionFilenames}, docs/decisions/0257); the form parser's
   * reading (which stopped at an escaped quote) only when the header cannot be read.
   */
  private static String declaredName(FormValue file) {
    var headers = file.getHeaders();
    String disposition = headers == null ? null : headers.getFirst("Content-Disposition");
    if (disposition == null && headers != null) {
      for (var e : headers.entrySet()) {
        if ("content-disposition".equalsIgnoreCase(e.getKey()) && !e.getValue().isEmpty()) {
          disposition = e.getValue().get(0);
        }
      }
    }
    DispositionFilenames.Given given = DispositionFilenames.read(disposition);
    if (given.name() == null && given.unsupportedCharset() != null) {
      // said rather than left to the form parser's reading of it (0309)
      throw ApiProblem.invalidField(
          FILE,
          "filename* is in a charset that is not supported; send the name as"
              + " filename*=UTF-8''… or filename=\"…\"");
    }
    return given.name() != null ? given.name() : file.getFileName();
  }

  private static String filename(String given) {
    // the last path segment, length, characters and UTF-8: one rule for every upload (0119, 0300)
    String name = UploadedFileNames.lastSegment(given);
    if (name.isEmpty()) {
      throw ApiProblem.invalidField(FILE, "must carry a filename");
    }
    String problem = UploadedFileNames.problem(name);
    if (problem == null) {
      // its kind is checked by its extension (EvidenceKind): the name must end as it is saved
      problem = UploadedFileNames.endProblem(given);
    }
    if (problem != null) {
      throw ApiProblem.invalidField(FILE, "filename " + problem);
    }
    return name;
  }

  private static String description(FormValue part) {
    if (part == null) {
      return null;
    }
    String declared = contentType(part, DESCRIPTION);
    if (declared != null && !declared.isBlank() && !plainText(declared)) {
      throw ApiProblem.invalidField(
          DESCRIPTION, "must be text/plain (or carry no Content-Type), not " + shown(declared));
    }
    if (part.getFileName() != null) {
      throw ApiProblem.invalidField(DESCRIPTION, "must be a text field, not a file");
    }
    // The parser keeps a part as text only when it knows its type as text; text/plain spelt
    // otherwise (Text/Plain, a quoted charset) reaches here as bytes, which must be UTF-8.
    String text = part.isFileItem() ? text(part.getFileItem(), declared) : part.getValue();
    if (!part.isFileItem() && text != null && text.indexOf('\uFFFD') >= 0) {
      // As for the filename: the parser put U+FFFD where the bytes were not UTF-8, so what was
      // sent is lost; refused rather than stored as something else.
      throw ApiProblem.invalidField(DESCRIPTION, "is not valid UTF-8");
    }
    if (text != null && text.length() > 1000) {
      throw ApiProblem.invalidField(DESCRIPTION, "must have at most 1000 characters");
    }
    String unsafe = SafeText.problemInText(text);
    if (unsafe != null) {
      throw ApiProblem.invalidField(DESCRIPTION, unsafe);
    }
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * text/plain, whatever its case. The contract's encoding is UTF-8, but a part that declares
   * another charset (generated clients label ASCII text ISO-8859-1) is read in the charset it
   * declares.
   */
  private static boolean plainText(String declared) {
    MediaType type = parsed(declared);
    return type != null
        && "text".equalsIgnoreCase(type.getType())
        && "plain".equalsIgnoreCase(type.getSubtype());
  }

  /** A declared media type as the answer may repeat it: type, subtype and charset. */
  private static String shown(String declared) {
    MediaType type = parsed(declared);
    if (type != null) {
      String charset = charsetOf(type);
      String name =
          type.getType()
              + "/"
              + type.getSubtype()
              + (charset == null ? "" : "; charset=" + charset);
      if (name.length() <= 100 && SafeText.problemInLine(name) == null) {
        return name;
      }
    }
    return "an unreadable Content-Type";
  }

  private static MediaType parsed(String declared) {
    try {
      return MediaType.valueOf(declared.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String charsetOf(MediaType type) {
    for (Map.Entry<String, String> p : type.getParameters().entrySet()) {
      if (p.getKey().equalsIgnoreCase("charset")) {
        return p.getValue().replace("\"", "").strip();
      }
    }
    return null;
  }

  /** A text part the parser held as bytes: at most 4000 bytes, in its charset or UTF-8. */
  private static String text(FileItem item, String declared) {
    MediaType type = declared == null ? null : parsed(declared);
    String charset = type == null ? null : charsetOf(type);
    if (charset == null || charset.equalsIgnoreCase("UTF-8")) {
      return utf8(item);
    }
    if (sizeOf(item) > 4000) {
      throw ApiProblem.invalidField(DESCRIPTION, "must have at most 1000 characters");
    }
    try {
      return new String(bytesOf(item), java.nio.charset.Charset.forName(charset));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(DESCRIPTION, "declares an unknown charset " + shown(declared));
    }
  }

  private static String utf8(FileItem item) {
    if (sizeOf(item) > 4000) {
      throw ApiProblem.invalidField(DESCRIPTION, "must have at most 1000 characters");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytesOf(item)))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.invalidField(DESCRIPTION, "must be UTF-8 text");
    }
  }

  /**
   * The part's own Content-Type header, whatever the case of its name, with its blanks as HTTP
   * allows them (spaces and tabs, RFC 9110 OWS: {@code text/plain;\tcharset=utf-8}) written as one
   * space. A value that is not text — bytes the parser could not read as UTF-8, which it turns into
   * U+FFFD — or holds another control character is refused, naming the part (docs/decisions/0234):
   * what was sent is lost, and the value is stored and served back with every download.
   */
  private static String contentType(FormValue part, String name) {
    if (part.getHeaders() == null) {
      return null;
    }
    for (var header : part.getHeaders().entrySet()) {
      if (header.getKey().equalsIgnoreCase("Content-Type") && !header.getValue().isEmpty()) {
        String raw = header.getValue().get(0);
        if (raw == null) {
          return null;
        }
        if (raw.indexOf('\uFFFD') >= 0) {
          throw ApiProblem.invalidField(name, "part's Content-Type is not valid text (UTF-8)");
        }
        String value = OWS.matcher(raw).replaceAll(" ").strip();
        String unsafe = SafeText.problemInLine(value);
        if (unsafe != null) {
          throw ApiProblem.invalidField(name, "part's Content-Type " + unsafe);
        }
        return value;
      }
    }
    return null;
  }

  /** Blanks in a header value: spaces and horizontal tabs (RFC 9110 OWS), runs of them. */
  private static final java.util.regex.Pattern OWS = java.util.regex.Pattern.compile("[ \t]+");

  /** The longest Content-Type of a file part that is stored (type, subtype and parameters). */
  static final int MAX_MEDIA_TYPE = 255;

  private static String mediaTypeOf(String raw) {
    if (raw == null || raw.isBlank()) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
    if (raw.strip().length() > MAX_MEDIA_TYPE) {
      // it is stored and served back with every download (0229)
      throw ApiProblem.invalidField(
          FILE,
          "part's Content-Type has "
              + raw.strip().length()
              + " characters; at most "
              + MAX_MEDIA_TYPE
              + " are stored");
    }
    String unsafe = SafeText.problemInLine(raw);
    if (unsafe != null) {
      // it is stored and served back as the file's Content-Type
      throw ApiProblem.invalidField(FILE, "part's Content-Type " + unsafe);
    }
    try {
      return MediaType.valueOf(raw.strip()).toString();
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }

  private static long sizeOf(FileItem item) {
    try {
      return item.getFileSize();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read an uploaded file", e);
    }
  }

  /** Where the form parser wrote a file part (it writes every file part to a file). */
  private static java.io.File fileOf(FileItem item) {
    if (item.isInMemory() || item.getFile() == null) {
      throw new IllegalStateException("The form parser kept a file part in memory");
    }
    return item.getFile().toFile();
  }

  private static byte[] bytesOf(FileItem item) {
    try (InputStream in = item.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read an uploaded file", e);
    }
  }
}
