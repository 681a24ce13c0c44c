package org.bihuan.problem.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The sha256 of a document's normalised text, so that the same document imported again is
 * recognised even when it was saved anew: Unicode compatibility forms folded (NFKC: full-width
 * digits and punctuation), line endings and the whitespace around lines ignored, blank lines
 * dropped.
 */
public final class DocumentFingerprint {

  private DocumentFingerprint() {}

  public static String of(String text) {
    String normalised =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .collect(Collectors.joining("\n"));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
