package ir.bashgah.messaging.infra;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's plain text as a right-to-left HTML email: paragraphs at blank lines, line breaks kept,
 * web addresses as links, everything else escaped (a member's name is text, never markup).
 */
final class RtlHtml {
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  private RtlHtml() {}

  static String of(String subject, String text) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      body.append("<p style=\"margin:0 0 16px 0;\">").append(links(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>\n");
    }
    return "<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">\n<head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">"
        + "<title>" + escape(subject == null ? "" : subject) + "</title></head>\n"
        + "<body style=\"margin:0;padding:24px 12px;background:#f4f5f7;\">\n"
        + "<div dir=\"rtl\" style=\"max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;"
        + "font-family:Vazirmatn,Tahoma,'Segoe UI',Arial,sans-serif;font-size:15px;line-height:1.9;text-align:right;color:#1f2328;\">\n"
        + body + "</div>\n</body>\n</html>\n";
  }

  private static String links(String text) {
    StringBuilder out = new StringBuilder();
    Matcher m = LINK.matcher(text);
    int at = 0;
    while (m.find()) {
      out.append(escape(text.substring(at, m.start())));
      String url = escape(m.group());
      out.append("<a href=\"").append(url).append("\" dir=\"ltr\">").append(url).append("</a>");
      at = m.end();
    }
    return out.append(escape(text.substring(at))).toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
