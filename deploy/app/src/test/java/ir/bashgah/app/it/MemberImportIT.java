package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Importing members with opening points and credit from CSV and XLSX (M1, L7, P10; docs/member-import.md). */
class MemberImportIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

  private Response upload(String token, byte[] file, String contentType, String key) {
    var request = api.as(token).config(RAW).contentType(contentType).body(file);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.post("/member-imports?name=members.csv");
  }

  /** Waits, within a bound, until the import is no longer RUNNING, and answers it. */
  private JsonPath finished(String token, String id) {
    Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
        .until(() -> !"RUNNING".equals(api.as(token).get("/member-imports/" + id).then().statusCode(200).extract().path("status")));
    return api.as(token).get("/member-imports/" + id).then().statusCode(200).extract().jsonPath();
  }

  private String memberByMobile(String token, String mobile) {
    List<String> codes = api.as(token).get("/members?mobile=" + mobile).then().statusCode(200).extract().path("memberCode");
    return codes.isEmpty() ? null : codes.get(0);
  }

  private static byte[] csv(String... lines) {
    return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private String club(String slug) {
    String owner = api.createTenant(admin, slug, "PROFESSIONAL");
    api.as(owner).body(Map.of("code", "A", "name", "مشتریان ویژه")).post("/member-groups").then().statusCode(201);
    return owner;
  }

  @Test
  void goodRowsBecomeMembersWithTheirOpeningBalancesAndEveryBadRowIsReportedWithItsRowAndField() {
    String owner = club("imp-csv");
    // Imported members are existing customers: a joining bonus must not be paid to them.
    api.programme(owner, Map.of("bonuses", Map.of("joining", Map.of("points", 500, "credit", 20_000))));
    String existing = api.register(owner, "Old", "Member", "09120000099");
    byte[] file = csv(
        "firstName,lastName,mobile,nationalCode,birthDate,group,openingPoints,openingCredit,externalRef",
        "Sara,Mohammadi,09121110001,0499370899,1990-03-15,A,1200,50000,C-1",          // row 2: good
        "سارا,احمدی,۰۹۱۲۱۱۱۰۰۰۲,,۱۳۷۰-۰۱-۰۱,a,۱۵۰۰,\"2,000\",C-2",                   // row 3: Persian digits fine, date not Gregorian
        "Reza,Karimi,09121110003,,,,,,C-3",                                           // row 4: good, nothing opening
        "Bad,Mobile,12345,,,,10,0,C-4",                                                // row 5: invalid mobile
        "Bad,Code,09121110005,0499370890,,,10,0,C-5",                                  // row 6: national code check digit
        "Dup,InFile,09121110001,,,,10,0,C-6",                                          // row 7: mobile already on row 2
        "Dup,Club,09120000099,,,,10,0,C-7",                                            // row 8: mobile of an existing member
        "No,Group,09121110008,,,ZZ,10,0,C-8",                                          // row 9: unknown group
        "Neg,Points,09121110009,,,,-5,0,C-9",                                          // row 10: negative points
        "Frac,Credit,09121110010,,,,0,12.5,C-10",                                      // row 11: fractional credit
        "",
        "خانم,رضایی,9121110012,,,A,۳۰۰,۰,C-12");                                       // row 13: mobile without its 0, Persian digits
    Response started = upload(owner, file, "text/csv", null);
    started.then().statusCode(202).body("status", equalTo("RUNNING")).body("fileName", equalTo("members.csv"));
    String id = started.path("id");

    JsonPath done = finished(owner, id);
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getLong("rowsRead")).isEqualTo(11);
    assertThat(done.getLong("imported")).isEqualTo(3);
    assertThat(done.getLong("failed")).isEqualTo(8);

    String sara = memberByMobile(owner, "09121110001");
    api.as(owner).get("/members/" + sara + "/balance").then().body("points", equalTo(1200)).body("credit", equalTo(50_000));
    api.as(owner).get("/members/" + sara).then().body("group", equalTo("A")).body("nationalCode", equalTo("049****899")).body("externalRef", equalTo("C-1"))
        .body("cards[0].type", equalTo("STANDARD"));
    api.as(owner).get("/members/" + sara + "/ledger").then().body("total", equalTo(2)).body("items.kind", contains("ADJUST", "ADJUST"));
    api.as(owner).get("/members/" + memberByMobile(owner, "09121110003") + "/balance").then().body("points", equalTo(0)).body("credit", equalTo(0));
    api.as(owner).get("/members/" + memberByMobile(owner, "09121110012") + "/balance").then().body("points", equalTo(300));
    assertThat(memberByMobile(owner, "09121110002")).as("row 3 has a Jalali birth date").isNull();

    Map<Integer, String> expected = Map.of(3, "birthDate", 5, "mobile", 6, "nationalCode", 7, "mobile", 8, "mobile", 9, "group", 10, "openingPoints",
        11, "openingCredit");
    JsonPath errors = api.as(owner).get("/member-imports/" + id + "/errors?size=100").then().statusCode(200).body("total", equalTo(8)).extract().jsonPath();
    List<Integer> rows = errors.getList("items.row", Integer.class);
    List<String> fields = errors.getList("items.field");
    assertThat(rows).containsExactly(3, 5, 6, 7, 8, 9, 10, 11);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(fields.get(i)).as("field of row " + rows.get(i)).isEqualTo(expected.get(rows.get(i)));
    }
    assertThat(errors.getString("items.find { it.row == 7 }.message")).contains("row 2");
    assertThat(errors.getString("items.find { it.row == 8 }.message")).contains(existing);

    byte[] report = api.as(owner).accept("text/csv").get("/member-imports/" + id + "/errors.csv").then().statusCode(200).contentType(containsString("text/csv"))
        .extract().asByteArray();
    assertThat(new String(report, StandardCharsets.UTF_8)).startsWith("\uFEFFrow,field,message").contains("9,group,");

    api.as(owner).get("/member-imports").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    api.as(owner).get("/audit?action=MEMBER.IMPORT").then().body("total", equalTo(1));
    api.as(owner).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
  }

  @Test
  void anXlsxWorkbookWithNumberAndDateCellsImportsLikeACsv() throws IOException {
    String owner = club("imp-xlsx");
    byte[] workbook;
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("اعضا");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd"));
      Row header = sheet.createRow(0);
      String[] names = {"نام", "نام خانوادگی", "موبایل", "کد ملی", "تاریخ تولد", "گروه", "امتیاز اولیه", "اعتبار اولیه"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row good = sheet.createRow(1);
      good.createCell(0).setCellValue("نرگس");
      good.createCell(1).setCellValue("کاظمی");
      good.createCell(2).setCellValue(9121230001d);            // typed as a number: Excel dropped the leading 0
      good.createCell(3).setCellValue(499370899d);             // so did the national code's
      good.createCell(4).setCellValue(LocalDate.of(1988, 7, 1));
      good.getCell(4).setCellStyle(date);
      good.createCell(5).setCellValue("A");
      good.createCell(6).setCellValue(2500d);
      good.createCell(7).setCellValue(70_000d);
      Row bad = sheet.createRow(3);                            // row 3 left blank
      bad.createCell(0).setCellValue("Kaveh");
      bad.createCell(1).setCellValue("Rad");
      bad.createCell(2).setCellValue("09121230002");
      bad.createCell(6).setCellValue(1.5d);
      wb.write(out);
      workbook = out.toByteArray();
    }
    String id = upload(owner, workbook, XLSX, null).then().statusCode(202).extract().path("id");
    JsonPath done = finished(owner, id);
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getLong("imported")).isEqualTo(1);
    assertThat(done.getLong("failed")).isEqualTo(1);
    String narges = memberByMobile(owner, "09121230001");
    api.as(owner).get("/members/" + narges).then().body("birthDate", equalTo("1988-07-01"));
    api.as(owner).get("/members?nationalCode=0499370899").then().body("memberCode", contains(narges));
    api.as(owner).get("/members/" + narges + "/balance").then().body("points", equalTo(2500)).body("credit", equalTo(70_000));
    api.as(owner).get("/member-imports/" + id + "/errors").then().body("items[0].row", equalTo(4)).body("items[0].field", equalTo("openingPoints"));
    api.as(owner).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
  }

  @Test
  void theSameIdempotencyKeyAnswersTheSameImportAndRefusesAnotherFile() {
    String owner = club("imp-idem");
    byte[] file = csv("firstName,lastName,mobile", "Ali,Rahimi,09121240001");
    Response first = upload(owner, file, "text/csv", "import-1");
    first.then().statusCode(202);
    String id = first.path("id");
    upload(owner, file, "text/csv", "import-1").then().statusCode(200).body("id", equalTo(id));
    finished(owner, id);
    upload(owner, file, "text/csv", "import-1").then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("DONE"));
    upload(owner, csv("firstName,lastName,mobile", "Ali,Rahimi,09121240002"), "text/csv", "import-1").then().statusCode(422)
        .body("type", equalTo(PROBLEMS + "idempotency-key-reuse"));
    api.as(owner).get("/member-imports").then().body("total", equalTo(1));
    api.as(owner).get("/members/" + memberByMobile(owner, "09121240001")).then().statusCode(200);
  }

  @Test
  void whatCannotBeAMemberFileIsRefusedAtOnceNamingWhatIsMissing() {
    String owner = club("imp-refuse");
    upload(owner, csv("firstName,lastName,mobile"), "application/json", null).then().statusCode(415).body("type", equalTo(PROBLEMS + "unsupported-media-type"));
    upload(owner, new byte[0], "text/csv", null).then().statusCode(422).body("errors[0].field", equalTo("file"));
    upload(owner, csv("name,phone", "Ali,0912"), "text/csv", null).then().statusCode(422)
        .body("type", equalTo(PROBLEMS + "validation-failed")).body("errors.field", hasItems("firstName", "lastName", "mobile"));
    upload(owner, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF, (byte) 0xFE, 1, 2}, "text/csv", null).then().statusCode(422)
        .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("UTF-8"));
    upload(owner, csv("a,b"), XLSX, null).then().statusCode(422).body("errors[0].field", equalTo("file"));
    api.as(owner).get("/member-imports").then().body("total", equalTo(0));
  }

  @Test
  void aFileBrokenPartWayEndsFailedKeepingTheRowsBeforeTheBreak() {
    String owner = club("imp-broken");
    byte[] file = csv("firstName,lastName,mobile", "Ali,Rahimi,09121250001", "Sima,\"Unclosed,09121250002");
    String id = upload(owner, file, "text/csv", null).then().statusCode(202).extract().path("id");
    JsonPath done = finished(owner, id);
    assertThat(done.getString("status")).isEqualTo("FAILED");
    assertThat(done.getString("message")).isNotBlank();
    assertThat(done.getLong("imported")).isEqualTo(1);
    assertThat(done.getString("finishedAt")).isNotNull();
    assertThat(memberByMobile(owner, "09121250001")).isNotNull();
    api.as(owner).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
  }

  /**
   * A member who registers at a till between the import's checks and its writes: the database refuses
   * the batch, and its rows are written one at a time. A trigger stands in for the till, refusing one
   * row exactly as the unique key would.
   */
  @Test
  void aRowTheDatabaseRefusesIsReportedAndTheRestOfItsBatchIsImportedWhole() {
    String owner = club("imp-race");
    Sql.update("CREATE TRIGGER t_imp_race.till_got_there_first BEFORE INSERT ON t_imp_race.member FOR EACH ROW"
        + " IF NEW.first_name = 'Racer' THEN SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 1062, MESSAGE_TEXT = 'Duplicate entry for key uq_member_mobile'; END IF");
    byte[] file = csv("firstName,lastName,mobile,openingPoints,openingCredit", "Ali,Rahimi,09121280001,100,1000", "Racer,Till,09121280002,200,2000",
        "Sima,Jafari,09121280003,300,3000");
    String id = upload(owner, file, "text/csv", null).then().statusCode(202).extract().path("id");
    JsonPath done = finished(owner, id);
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getLong("imported")).isEqualTo(2);
    assertThat(done.getLong("failed")).isEqualTo(1);
    api.as(owner).get("/member-imports/" + id + "/errors").then().body("items[0].row", equalTo(3)).body("items[0].field", equalTo("mobile"));
    api.as(owner).get("/members/" + memberByMobile(owner, "09121280003") + "/balance").then().body("points", equalTo(300)).body("credit", equalTo(3000));
    assertThat(memberByMobile(owner, "09121280002")).isNull();
    // Nothing of the refused row is left: no standing, balance, entry or lot without its member.
    assertThat(Sql.value("SELECT COUNT(*) FROM t_imp_race.balance b LEFT JOIN t_imp_race.member m ON m.id = b.member_id WHERE m.id IS NULL")).isZero();
    assertThat(Sql.value("SELECT COUNT(*) FROM t_imp_race.member_standing s LEFT JOIN t_imp_race.member m ON m.id = s.member_id WHERE m.id IS NULL")).isZero();
    assertThat(Sql.value("SELECT COUNT(*) FROM t_imp_race.lot l LEFT JOIN t_imp_race.member m ON m.id = l.member_id WHERE m.id IS NULL")).isZero();
    api.as(owner).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
  }

  @Test
  void anotherClubsImportIsNotFound() {
    String a = club("imp-iso-a");
    String b = club("imp-iso-b");
    String id = upload(a, csv("firstName,lastName,mobile", "Ali,Rahimi,09121260001"), "text/csv", null).then().statusCode(202).extract().path("id");
    finished(a, id);
    api.as(b).get("/member-imports/" + id).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    api.as(b).get("/member-imports/" + id + "/errors").then().statusCode(404);
    api.as(b).accept("text/csv").get("/member-imports/" + id + "/errors.csv").then().statusCode(404);
    api.as(b).get("/member-imports").then().body("total", equalTo(0));
    assertThat(memberByMobile(b, "09121260001")).isNull();
  }

  @Test
  void onlyOwnersAndManagersMayImport() {
    String owner = club("imp-roles");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    String cashier = api.staff(owner, "imp-roles", "cashier", "cashier", "b1");
    String manager = api.staff(owner, "imp-roles", "manager", "manager", null);
    byte[] file = csv("firstName,lastName,mobile", "Ali,Rahimi,09121270001");
    upload(cashier, file, "text/csv", null).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
    api.as(cashier).get("/member-imports").then().statusCode(403);
    String id = upload(manager, file, "text/csv", null).then().statusCode(202).body("actor", equalTo("manager")).extract().path("id");
    assertThat(finished(manager, id).getString("message")).isNull();
    api.anonymous().get("/member-imports/" + id).then().statusCode(401);
  }
}
