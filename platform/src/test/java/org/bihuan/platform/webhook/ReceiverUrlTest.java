package org.bihuan.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceiverUrlTest {

  @Test
  void aUrlThatCouldNeverBeCalledIsRefusedSayingWhatToChange() {
    Map<String, String> refused =
        Map.of(
            "http://127.0.0.1:99999/h", "port 99999",
            "http://127.0.0.1:0/h", "port 0",
            "https://oa.example.cn/hook#part", "fragment",
            "https://user:pw@oa.example.cn/hook", "credentials",
            "ftp://oa.example.cn/hook", "absolute http",
            "/hook", "absolute http",
            "http://oa.example.cn:8x/hook", "port that is not a number",
            "http://exa mple.cn/hook", "not a URL",
            // IDNA2003 would send these to another domain or hide a character
            "http://ß.de/h", "ASCII unambiguously",
            "http://例\u200B子.测试/h", "ASCII unambiguously");
    refused.forEach(
        (url, why) -> {
          IllegalArgumentException e =
              assertThrows(
                  IllegalArgumentException.class, () -> ReceiverUrls.receiverUrl(url), url);
          assertTrue(e.getMessage().contains(why), url + ": " + e.getMessage());
        });
  }

  @Test
  void aHostInChineseIsKeptAsItResolvesAndOrdinaryUrlsAsWritten() {
    String chinese = ReceiverUrls.receiverUrl("https://政务网.中国/hook?x=1").toString();
    assertTrue(chinese.matches("https://xn--[a-z0-9]+\\.xn--fiqs8s/hook\\?x=1"), chinese);
    assertEquals(
        chinese.replace("?x=1", ""),
        ReceiverUrls.receiverUrl("https://政务网。中国/hook").toString(),
        "an ideographic full stop separates labels");
    assertTrue(
        ReceiverUrls.receiverUrl("https://Bücher.example/h")
            .toString()
            .startsWith("https://xn--bcher-"));
    String withPort = ReceiverUrls.receiverUrl("http://政务网.中国:8080/hook").toString();
    assertTrue(withPort.matches("http://xn--[a-z0-9]+\\.xn--fiqs8s:8080/hook"), withPort);
    assertEquals(
        "https://oa.example.cn:8443/hooks/bihuan",
        ReceiverUrls.receiverUrl(" https://oa.example.cn:8443/hooks/bihuan ").toString());
    assertEquals(
        "http://[::1]:9000/hook", ReceiverUrls.receiverUrl("http://[::1]:9000/hook").toString());
  }
}
