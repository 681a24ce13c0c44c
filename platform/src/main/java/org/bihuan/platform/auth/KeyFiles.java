package org.bihuan.platform.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys in PEM files, read from the file system or, failing that, the class path. */
public final class KeyFiles {

  private KeyFiles() {}

  /** A PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}, as openssl genpkey writes it). */
  public static PrivateKey privateKey(String location) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(location)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(location + " is not a PKCS#8 RSA private key", e);
    }
  }

  /** An X.509 public key ({@code -----BEGIN PUBLIC KEY-----}). */
  public static PublicKey publicKey(String location) {
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(location)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(location + " is not an RSA public key", e);
    }
  }

  private static byte[] der(String location) {
    String pem = new String(read(location), StandardCharsets.US_ASCII);
    return Base64.getMimeDecoder()
        .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
  }

  private static byte[] read(String location) {
    try {
      Path file = Path.of(location);
      if (Files.isRegularFile(file)) {
        return Files.readAllBytes(file);
      }
      String resource = location.startsWith("/") ? location.substring(1) : location;
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("No key file at " + location);
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the key file " + location, e);
    }
  }
}
