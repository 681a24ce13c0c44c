package org.bihuan.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receivers named by spellings of local addresses are refused (docs/decisions/0250). */
class ReceiverSpellingsTest {

  /** Each of these names the machine, its link or no one receiver. */
  static final List<String> REFUSED =
      List.of(
          "http://[fe80::1%eth0]/hook",
          "http://[fe80::1%25eth0]/hook",
          "http://[fe80::1%nosuchinterface9]/hook",
          "http://0x7f.1/hook",
          "http://0x7f000001/hook",
          "http://0177.0.0.1/hook",
          "http://017.0.0.1/hook",
          "http://2130706433/hook",
          "http://127.1/hook",
          "http://127.0.0.1./hook",
          "http://1.2.3.0x4/hook",
          "http://localhost./hook",
          "http://LocalHost./hook",
          "http://api.localhost/hook",
          "http://255.255.255.255/hook",
          "http://224.0.0.1/hook",
          "http://239.255.255.250:1900/hook",
          "http://[ff02::1]/hook",
          "http://[ff05::fb]/hook",
          "http://0.0.0.0/hook",
          "http://0/hook",
          "http://[::]/hook",
          "http://[::ffff:127.0.0.1]/hook",
          "http://[::ffff:7f00:1]/hook",
          "http://[::ffff:0:7f00:1]/hook",
          "http://[::127.0.0.1]/hook",
          "http://[64:ff9b::7f00:1]/hook",
          "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
          "http://[2002:7f00:1::]/hook",
          "http://[::ffff:169.254.169.254]/hook");

  @Test
  void everySpellingOfALocalAddressIsRefusedAtRegistrationOrBeforeTheCall() {
    for (String url : REFUSED) {
      String why;
      try {
        why = ReceiverAddresses.refusal(ReceiverUrls.receiverUrl(url), false);
      } catch (IllegalArgumentException e) {
        why = e.getMessage();
      }
      assertNotNull(why, url + " is refused");
      assertTrue(why.startsWith("names ") || why.startsWith("has "), url + ": " + why);
      // what was stored before this check is refused before each call, as written
      assertNotNull(ReceiverAddresses.refusal(URI.create(url), false), url + " is not called");
    }
  }

  @Test
  void spellingsResolversReadDifferentlyAreRefusedEvenWhereLocalReceiversAreAllowed() {
    for (String url :
        List.of("http://0177.0.0.1/h", "http://0x7f.1/h", "http://[fe80::1%eth0]/h")) {
      assertNotNull(ReceiverAddresses.refusal(URI.create(url), true), url);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ReceiverUrls.receiverUrl(url), url);
      assertTrue(e.getMessage().contains("names "), e.getMessage());
    }
    assertNull(ReceiverAddresses.refusal(URI.create("http://127.0.0.1:9000/h"), true));
    assertNull(ReceiverAddresses.refusal(URI.create("http://localhost:9000/h"), true));
  }

  @Test
  void publicAndPrivateTargetsWrittenPlainlyStayAllowed() {
    for (String url :
        List.of(
            "http://10.20.30.40/hook",
            "http://172.16.0.9:8080/hook",
            "http://192.168.1.20/hook",
            "https://8.8.8.8/hook",
            "http://100.64.0.1/hook",
            "http://[2001:db8::1]/hook",
            "http://[64:ff9b::808:808]/hook",
            "https://oa.example.cn/hook",
            "https://oa.example.cn./hook",
            "https://1a.example.cn/hook",
            "https://example.cn0/hook")) {
      URI parsed = ReceiverUrls.receiverUrl(url);
      assertNull(ReceiverAddresses.refusal(parsed, false), url);
    }
  }
}
