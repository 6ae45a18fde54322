package ir.bashgah.kernel.problem;

/**
 * The stable error slugs of the integration contract (docs/integration.md) plus the platform's own.
 * A client keys its behaviour on the slug, so a slug never changes meaning once published.
 */
public enum ProblemType {
  VALIDATION_FAILED("validation-failed", 422, "Validation failed", "اطلاعات ارسال‌شده معتبر نیست"),
  MALFORMED_REQUEST("malformed-request", 400, "Malformed request", "درخواست قابل خواندن نیست"),
  NOT_FOUND("not-found", 404, "Not found", "یافت نشد"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed", "این روش برای این نشانی مجاز نیست"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type", "نوع محتوا پشتیبانی نمی‌شود"),
  NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable", "قالب پاسخ درخواستی پشتیبانی نمی‌شود"),
  CONFLICT("conflict", 409, "Conflict", "تداخل با اطلاعات موجود"),
  UNAUTHORIZED("unauthorized", 401, "Unauthorized", "احراز هویت انجام نشد"),
  MFA_REQUIRED("mfa-required", 401, "One-time code required", "کد یک‌بارمصرف لازم است"),
  /** Too many attempts (logins, one-time codes, passwords) from this client or for this account: wait Retry-After seconds. */
  TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests", "تلاش‌های زیاد؛ کمی بعد دوباره امتحان کنید"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large", "حجم درخواست بیش از حد مجاز است"),
  FORBIDDEN("forbidden", 403, "Forbidden", "دسترسی مجاز نیست"),
  FEATURE_NOT_IN_PLAN("feature-not-in-plan", 403, "Feature not in plan", "این امکان در طرح شما فعال نیست"),
  TENANT_SUSPENDED("tenant-suspended", 403, "Tenant suspended", "باشگاه معلق شده است"),
  TENANT_UNAVAILABLE("tenant-unavailable", 503, "Tenant unavailable", "باشگاه موقتاً در دسترس نیست"),
  INSUFFICIENT_CREDIT("insufficient-credit", 422, "Insufficient credit", "موجودی کافی نیست"),
  INVALID_PIN("invalid-pin", 403, "Invalid PIN", "رمز نادرست است"),
  PIN_LOCKED("pin-locked", 423, "PIN locked", "رمز به‌طور موقت قفل شده است"),
  MEMBER_BLOCKED("member-blocked", 423, "Member blocked", "عضو مسدود است"),
  IDEMPOTENCY_KEY_REUSE("idempotency-key-reuse", 422, "Idempotency key reused", "کلید یکتایی با بدنه‌ی دیگری استفاده شده است"),
  IDEMPOTENCY_KEY_REQUIRED("idempotency-key-required", 400, "Idempotency key required", "سرآیند Idempotency-Key لازم است"),
  RETURN_EXCEEDS_SALE("return-exceeds-sale", 422, "Return exceeds sale", "مقدار مرجوعی بیش از فروش است"),
  /** Two calls collided on the same rows and the database gave up one of them: safe to retry as it was. */
  BUSY("busy", 503, "Busy, try again", "سامانه مشغول است؛ دوباره تلاش کنید"),
  INTERNAL_ERROR("internal-error", 500, "Internal error", "خطای داخلی");

  /** Base of every problem type URI; the slug is its last path segment. */
  public static final String BASE_URI = "https://bashgah.ir/problems/";

  private final String slug;
  private final int status;
  private final String title;
  private final String titleFa;

  ProblemType(String slug, int status, String title, String titleFa) {
    this.slug = slug;
    this.status = status;
    this.title = title;
    this.titleFa = titleFa;
  }

  public String slug() {
    return slug;
  }

  public String uri() {
    return BASE_URI + slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String titleFa() {
    return titleFa;
  }
}
