package ir.bashgah.imports.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.imports.domain.memberimport.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsTest {
  @TempDir Path dir;

  /** Everything a sheet handed over, as "row: cell|cell". */
  private static List<String> read(Sheet sheet, Path file) throws Sheet.BrokenFile {
    List<String> seen = new ArrayList<>();
    sheet.read(file, new Sheet.Rows() {
      @Override
      public void header(long row, List<String> cells) {
        seen.add("header " + row + ": " + String.join("|", cells));
      }

      @Override
      public void row(long row, List<String> cells) {
        seen.add(row + ": " + String.join("|", cells));
      }
    });
    return seen;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void aCsvIsReadWithItsBomAndLocaleDelimiterAndRowsNumberedAsASpreadsheetShowsThem() throws Exception {
    Path file = write("a.csv", "\uFEFFنام;موبایل\r\nسارا;۰۹۱۲\r\n\r\n\"Ali; Jr\";\"0912\"\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(read(new CsvSheet(), file)).containsExactly("header 1: نام|موبایل", "2: سارا|۰۹۱۲", "4: Ali; Jr|0912");
  }

  @Test
  void aCsvThatIsNotUtf8OrBreaksPartWayIsABrokenFile() throws Exception {
    Path latin = write("b.csv", new byte[] {'a', ',', 'b', '\n', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> read(new CsvSheet(), latin)).isInstanceOf(Sheet.BrokenFile.class).hasMessageContaining("UTF-8");
    Path unclosed = write("c.csv", "a,b\n1,\"2\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(new CsvSheet(), unclosed)).isInstanceOf(Sheet.BrokenFile.class);
  }

  @Test
  void anXlsxGivesNumbersAsTypedAndDatesAsIsoDates() throws Exception {
    Path file = dir.resolve("a.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet();
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
      CellStyle thousands = wb.createCellStyle();
      thousands.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0"));
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("mobile");
      header.createCell(2).setCellValue("birthDate");
      Row row = sheet.createRow(2);
      row.createCell(0).setCellValue(9121234567d);
      row.createCell(1).setCellValue(1_250_000d);
      row.getCell(1).setCellStyle(thousands);
      row.createCell(2).setCellValue(LocalDate.of(1990, 3, 15));
      row.getCell(2).setCellStyle(date);
      row.createCell(3).setCellValue(12.5d);
      wb.write(out);
    }
    assertThat(read(new XlsxSheet(), file)).containsExactly("header 1: mobile||birthDate", "3: 9121234567|1250000|1990-03-15|12.5");
  }

  @Test
  void aFileThatIsNoWorkbookIsABrokenFile() throws Exception {
    Path file = write("x.xlsx", "firstName,lastName\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(new XlsxSheet(), file)).isInstanceOf(Sheet.BrokenFile.class);
  }
}
