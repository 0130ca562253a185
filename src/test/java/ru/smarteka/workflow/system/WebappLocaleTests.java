package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Russian locales of the Camunda webapps (Tasklist, Cockpit, Admin, welcome page) are complete
 * against the English locale of the Camunda version on the classpath, and Russian is the default.
 *
 * <p>The English file is read from the camunda-webapp-webjar itself
 * ({@code META-INF/resources/webjars/camunda/app/<app>/locales/en.json}), so after a Camunda upgrade
 * every new or renamed key that our {@code ru.json} lacks fails this test with the list of missing keys.
 * No Spring context is needed: both files are plain classpath resources.
 */
class WebappLocaleTests {

  private static final String APP = "/META-INF/resources/webjars/camunda/app/";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Angular-translate placeholders: {@code {{name}}}, {@code {{ name }}}, and the bare {@code {}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}|\\{}");

  /** HTML tags that the English texts contain and the translation must keep. */
  private static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|strong|em|i|code|p|span)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Words that may stay as in English: product names, technical abbreviations and literals.
   * A Russian label equal to the English one passes only when every Latin word in it is listed here.
   */
  private static final Set<String> UNTRANSLATED_WORDS = Set.of(
      "Camunda", "Cockpit", "Optimize", "ID", "null", "CSV", "JSON");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void russianLocaleCoversEveryKeyOfTheEnglishOne(String app) throws IOException {
    URL enUrl = resource(app + "/locales/en.json");
    URL ruUrl = resource(app + "/locales/ru.json");
    // the English file comes from the Camunda webjar: we add ru.json and never shadow en.json
    assertThat(enUrl.toString()).as("en.json of %s must be the webjar's", app).startsWith("jar:");
    assertThat(enUrl.toString()).contains("camunda-webapp-webjar");

    JsonNode en = read(enUrl);
    JsonNode ru = read(ruUrl);

    Set<String> enPaths = paths(en);
    Set<String> ruPaths = paths(ru);
    Set<String> missing = new TreeSet<>(enPaths);
    missing.removeAll(ruPaths);
    assertThat(missing)
        .as("keys of the Camunda %s en.json missing from our ru.json (%s)", app, ruUrl)
        .isEmpty();

    JsonNode enLabels = en.path("labels");
    JsonNode ruLabels = ru.path("labels");
    assertThat(enLabels.isObject()).isTrue();

    List<String> untranslated = new ArrayList<>();
    List<String> brokenPlaceholders = new ArrayList<>();
    List<String> brokenMarkup = new ArrayList<>();
    List<String> notText = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = enLabels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      String english = entry.getValue().asText();
      JsonNode node = ruLabels.get(key);
      if (node == null || !node.isTextual() || (node.asText().isBlank() && !english.isBlank())) {
        notText.add(key);
        continue;
      }
      String russian = node.asText();
      if (russian.equals(english) && !mayStayInEnglish(english)) {
        untranslated.add(key + " = " + english);
      }
      if (!placeholders(russian).equals(placeholders(english))) {
        brokenPlaceholders.add(key + ": " + placeholders(english) + " -> " + placeholders(russian));
      }
      if (!tags(russian).equals(tags(english))) {
        brokenMarkup.add(key + ": " + tags(english) + " -> " + tags(russian));
      }
    }
    assertThat(notText).as("%s labels without a Russian text", app).isEmpty();
    assertThat(untranslated).as("%s labels left in English", app).isEmpty();
    assertThat(brokenPlaceholders).as("%s labels whose {{placeholders}} differ", app).isEmpty();
    assertThat(brokenMarkup).as("%s labels whose HTML tags differ", app).isEmpty();

    if (en.has("dateLocales")) {
      // moment.js locale: Russian month names, day.month.year dates
      assertThat(ru.at("/dateLocales/longDateFormat/L").asText()).isEqualTo("DD.MM.YYYY");
      assertThat(ru.at("/dateLocales/weekdays/1").asText()).isEqualTo("понедельник");
    }

    System.out.printf("webapp locale %s: %d labels translated, %d key paths in en.json, all present in ru.json%n",
        app, enLabels.size(), enPaths.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configMakesRussianTheDefaultAndKeepsEnglishOnRequest(String app) throws IOException {
    URL config = resource(app + "/scripts/config.js");
    // the application's config.js comes first on the classpath, before the webjar's default one
    assertThat(config.getProtocol()).as("%s config.js must be ours, not the webjar's: %s", app, config)
        .isEqualTo("file");
    // the settings every webapp shares are in one module that each config.js imports and uses
    String own = uncommented(text(config));
    assertThat(own).as("%s config.js imports the shared Russian settings", app)
        .containsPattern("import\\s*\\{\\s*locales\\s*,\\s*dateFormat\\s*}\\s*from\\s*"
            + "'\\.\\./\\.\\./smarteka/russian\\.js'")
        .containsPattern("\\n\\s*locales\\s*,")
        .containsPattern("\\n\\s*dateFormat\\s*\\n");
    String js = text(resource("smarteka/russian.js"));
    Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]").matcher(uncommented(js));
    assertThat(available.find()).as("%s config.js sets locales.availableLocales", app).isTrue();
    List<String> locales = new ArrayList<>();
    Matcher quoted = Pattern.compile("['\"]([a-z]{2})['\"]").matcher(available.group(1));
    while (quoted.find()) {
      locales.add(quoted.group(1));
    }
    assertThat(locales).as("%s available locales", app).containsExactly("ru", "en");
    assertThat(uncommented(js)).containsPattern("fallbackLocale\\s*:\\s*['\"]ru['\"]");
    assertThat(uncommented(js)).containsPattern("normal\\s*:\\s*['\"]DD\\.MM\\.YYYY HH:mm['\"]");
    // every listed locale has its file, or the webapp logs an error and shows raw keys
    for (String locale : locales) {
      assertThat(WebappLocaleTests.class.getResource(APP + app + "/locales/" + locale + ".json"))
          .as("%s locale file %s.json", app, locale).isNotNull();
    }
  }

  private static boolean mayStayInEnglish(String english) {
    Matcher words = Pattern.compile("[A-Za-z]+").matcher(english);
    while (words.find()) {
      if (!UNTRANSLATED_WORDS.contains(words.group())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1) == null ? "{}" : m.group(1));
    }
    Collections.sort(names);
    return names;
  }

  private static List<String> tags(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = HTML_TAG.matcher(text);
    while (m.find()) {
      found.add(m.group().toLowerCase());
    }
    Collections.sort(found);
    return found;
  }

  /** Every path of the document: objects' members, recursively; arrays and values are leaves. */
  private static Set<String> paths(JsonNode root) {
    Set<String> paths = new LinkedHashSet<>();
    collect(root, "", paths);
    return paths;
  }

  private static void collect(JsonNode node, String prefix, Set<String> paths) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String path = prefix.isEmpty() ? member.getKey() : prefix + "." + member.getKey();
      paths.add(path);
      collect(member.getValue(), path, paths);
    }
  }

  private static URL resource(String path) {
    URL url = WebappLocaleTests.class.getResource(APP + path);
    assertThat(url).as("classpath resource %s%s", APP, path).isNotNull();
    return url;
  }

  private static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      JsonNode node = JSON.readTree(in);
      assertThat(node).as("%s is a JSON object", url).isNotNull();
      assertThat(node.isObject()).as("%s is a JSON object", url).isTrue();
      return node;
    }
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String uncommented(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }
}
