package org.bihuan.problem.importing;

/**
 * The one way a file becomes problems: its text ({@link DocumentText}), then its outline ({@link
 * OutlineParser}). The import endpoint and the import-accuracy benchmark both read through it, so
 * the benchmark measures what an import does.
 */
public final class DocumentReader {

  /** The document's text (its fingerprint is taken of it) and what was read out of it. */
  public record Reading(String text, ParsedDocument document) {}

  private final DocumentText documents;
  private final OutlineParser parser = new OutlineParser();

  public DocumentReader(DocumentText documents) {
    this.documents = documents;
  }

  /** Reads a file sent as {@code mediaType}; refusals are {@code ApiProblem}s (4xx). */
  public Reading read(byte[] body, String mediaType) {
    String text = documents.read(body == null ? new byte[0] : body, mediaType);
    return new Reading(text, parser.parse(text));
  }
}
