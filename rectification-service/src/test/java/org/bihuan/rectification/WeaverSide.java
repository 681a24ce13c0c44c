package org.bihuan.rectification;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * What the tests' stand-ins for 泛微 e-cology share: its RSA key pair, whose public half it hands out
 * at regist (spk) and with which it reads the secret and userid headers, and its JSON answers.
 */
public final class WeaverSide {

  private WeaverSide() {}

  /** A fresh 2048-bit key pair, as 泛微 makes one per registration. */
  public static KeyPair keys() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  /** The public key as regist's spk: base64 of its X.509 encoding. */
  public static String spk(KeyPair keys) {
    return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  /** What 泛微 reads from an RSA-encrypted header (base64), or null when it cannot. */
  public static String decrypt(KeyPair keys, String base64) {
    try {
      Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      c.init(Cipher.DECRYPT_MODE, keys.getPrivate());
      return new String(c.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8);
    } catch (Exception | Error e) {
      return null;
    }
  }

  /** 泛微 answers every call 200 with a JSON body; success or failure is in the body. */
  public static void answer(HttpExchange x, String json) throws IOException {
    byte[] out = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    x.sendResponseHeaders(200, out.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(out);
    }
  }
}
