package th.go.sesaoret.servicedesk.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The language of a request: just chosen, remembered, asked for by the browser, or Thai. */
class LocaleBackingTest {

  /** A request with these headers, cookies and attributes, answering nothing else. */
  private static HttpServletRequest request(
      String acceptLanguage, String cookie, Map<String, Object> attributes) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            LocaleBackingTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "getHeader" -> "Accept-Language".equals(args[0]) ? acceptLanguage : null;
                  case "getCookies" ->
                      cookie == null
                          ? null
                          : new Cookie[] {new Cookie(LanguageSwitch.COOKIE, cookie)};
                  case "getLocales" ->
                      Collections.enumeration(
                          acceptLanguage == null
                              ? List.of(Locale.US)
                              : Locale.LanguageRange.parse(acceptLanguage).stream()
                                  .map(r -> Locale.forLanguageTag(r.getRange()))
                                  .toList());
                  default -> null;
                });
  }

  private static String language(String acceptLanguage, String cookie) {
    return LocaleBacking.language(request(acceptLanguage, cookie, Map.of()));
  }

  @Test
  void thaiWhenTheBrowserSaysNothingNotTheServersOwnDefault() {
    assertEquals("th", language(null, null));
  }

  @Test
  void theFirstOfThaiAndEnglishTheBrowserAsksFor() {
    assertEquals("en", language("en-US,en;q=0.9", null));
    assertEquals("th", language("th-TH,th;q=0.9,en;q=0.8", null));
    assertEquals("en", language("de;q=0.9,en;q=0.8", null));
    assertEquals("th", language("fr-FR,fr;q=0.9", null));
  }

  @Test
  void aRememberedChoiceOutweighsTheBrowserAndAnUnknownOneIsIgnored() {
    assertEquals("th", language("en-US", "th"));
    assertEquals("en", language("th-TH", "en"));
    assertEquals("en", language("en-US", "xx"));
  }

  @Test
  void theChoiceOfThisRequestOutweighsTheCookie() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(LanguageSwitch.CHOSEN, "en");
    assertEquals("en", LocaleBacking.language(request("th", "th", attributes)));
  }

  @Test
  void theSwitchLinkKeepsTheQueryAndReplacesTheLanguage() {
    assertEquals("?lang=en", LocaleBacking.link("", "en"));
    assertEquals("?id=7&lang=th", LocaleBacking.link("id=7&lang=en", "th"));
    assertEquals(
        "?signedOut=true&x=1&lang=en", LocaleBacking.link("signedOut=true&lang&x=1", "en"));
    assertEquals("?language=x&lang=th", LocaleBacking.link("language=x", "th"));
    assertEquals("?lang=th", LocaleBacking.link("", "fr"), "only Thai and English");
  }
}
