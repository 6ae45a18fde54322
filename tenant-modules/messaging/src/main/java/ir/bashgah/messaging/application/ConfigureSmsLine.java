package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.messaging.domain.line.ClubAddress;
import ir.bashgah.messaging.domain.line.ClubLine;
import ir.bashgah.messaging.domain.line.ClubLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A club's own SMS line (API-2.md, "Third parties"; plan feature C6): its account at Kavenegar or
 * SMS.ir, used for its messages instead of the platform's line. The API key is shown once, when the
 * owner types it: it is stored encrypted and answered only by its last characters, and the activity
 * log says that it changed, never what it is.
 */
@ApplicationScoped
public class ConfigureSmsLine {
  public static final int MAX_BASE_URL = 300;

  /** The line as the API shows it: never the whole key. */
  public record LineView(String provider, String sender, String serviceSender, String baseUrl, String maskedApiKey, Instant updatedAt) {}

  /** What a key of either provider looks like: printable, without spaces (Kavenegar's goes into the request's path). */
  private static final Pattern API_KEY = Pattern.compile("[\\x21-\\x7E]{8,256}");

  private static final Pattern LINE_NUMBER = Pattern.compile("\\d{3,20}");

  @Inject ClubLines lines;
  @Inject SmsLines smsLines;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public LineView show() {
    return lines.find().map(ConfigureSmsLine::view)
        .orElseThrow(() -> Problem.notFound("The club has no SMS line of its own: its messages go through the platform's line. PUT one to use its own."));
  }

  @Transactional
  public LineView set(String provider, String apiKey, String sender, String serviceSender, String baseUrl) {
    String name = provider == null ? null : provider.trim().toLowerCase(Locale.ROOT);
    String key = apiKey == null ? null : apiKey.trim();
    String line = sender == null || sender.isBlank() ? null : sender.trim();
    String serviceLine = serviceSender == null || serviceSender.isBlank() ? null : serviceSender.trim();
    String address = baseUrl == null || baseUrl.isBlank() ? null : trimSlash(baseUrl.trim());
    Validation v = new Validation();
    // The log provider is the platform's stand-in for development: a club's messages would be
    // counted as sent and reach nobody, which no club asks for.
    v.require(name != null && !name.isEmpty(), "provider", "is required: kavenegar or smsir");
    v.require(name == null || name.isEmpty() || name.equals(ClubLine.KAVENEGAR) || name.equals(ClubLine.SMSIR), "provider",
        "must be kavenegar or smsir (the club's own account at one of them)");
    v.require(key != null && !key.isEmpty(), "apiKey", "is required: the API key of the club's account, as the provider's panel shows it");
    v.require(key == null || key.isEmpty() || API_KEY.matcher(key).matches(), "apiKey", "must be 8 to 256 letters, digits or signs, without spaces");
    v.require(line != null || !ClubLine.SMSIR.equals(name), "sender", "is required for smsir: the line number the club sends from");
    v.require(line == null || LINE_NUMBER.matcher(line).matches(), "sender", "must be the line's number: 3 to 20 digits");
    v.require(serviceLine == null || LINE_NUMBER.matcher(serviceLine).matches(), "serviceSender", "must be the service line's number: 3 to 20 digits");
    v.require(serviceLine == null || !serviceLine.equals(line), "serviceSender",
        "must be another line than sender: the service line is the one that reaches numbers blocking advertising SMS");
    if (address != null) {
      String problem = addressProblem(address);
      v.require(problem == null, "baseUrl", problem);
    }
    v.throwIfInvalid();

    ClubLine before = lines.find().orElse(null);
    ClubLine after = new ClubLine(name, key, line, serviceLine, address, Ids.next(), Instant.now(clock));
    lines.save(after);
    Map<String, Object> recorded = described(after);
    recorded.put("apiKey", before != null && before.apiKey().equals(key) ? "unchanged" : "replaced");
    audit.record("SMS_GATEWAY.SET", "sms-gateway", "club", before == null ? null : described(before), recorded);
    return view(after);
  }

  /** Back to the platform's line; answers whether the club had a line of its own. */
  @Transactional
  public boolean remove() {
    ClubLine before = lines.find().orElse(null);
    if (before == null) {
      return false;
    }
    lines.remove();
    audit.record("SMS_GATEWAY.REMOVE", "sms-gateway", "club", described(before), null);
    return true;
  }

  private String addressProblem(String address) {
    return ClubAddress.problem(address, MAX_BASE_URL, smsLines.allowedHosts(), "https://api.kavenegar.com", "the gateway's", "clubs' lines",
        "leave it out to use the provider's public address");
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static LineView view(ClubLine line) {
    return new LineView(line.provider(), line.sender(), line.serviceSender(), line.baseUrl(), line.maskedApiKey(), line.updatedAt());
  }

  /** The line as the activity log keeps it: without its key. */
  private static Map<String, Object> described(ClubLine line) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("provider", line.provider());
    described.put("sender", line.sender());
    described.put("serviceSender", line.serviceSender());
    described.put("baseUrl", line.baseUrl());
    return described;
  }
}
