package ir.bashgah.imports.infra;

import ir.bashgah.imports.domain.memberimport.Sheet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read as a stream of SAX events with Apache POI's event API
 * (XSSFReader, XSSFSheetXMLHandler), so a sheet of a million rows never sits in memory. The shared
 * strings table is read once into memory (ReadOnlySharedStringsTable), as the format requires for
 * random access to it. Numbers come out as plain digits (a mobile typed as a number, 9121234567, stays
 * whole) and date cells as YYYY-MM-DD.
 */
public class XlsxSheet implements Sheet {
  @Override
  public void read(Path file, Rows rows) throws BrokenFile {
    try (OPCPackage pkg = open(file)) {
      XSSFReader reader;
      StylesTable styles;
      ReadOnlySharedStringsTable strings;
      XSSFReader.SheetIterator sheets;
      try {
        reader = new XSSFReader(pkg);
        styles = reader.getStylesTable();
        strings = new ReadOnlySharedStringsTable(pkg, false);
        sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
        throw broken(e);
      }
      if (!sheets.hasNext()) {
        throw new BrokenFile("The workbook has no sheet", null);
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows), new PlainFormatter(), false));
        // What the rows' receiver throws (Stop, or a fault of ours) passes through the parser unchanged.
        parser.parse(new InputSource(sheet));
      } catch (SAXException | ParserConfigurationException e) {
        if (e instanceof SAXException sax && sax.getException() instanceof Stop) {
          return;
        }
        throw broken(e);
      }
    } catch (Stop stop) {
      // the caller has read what it needed
    } catch (IOException e) {
      throw broken(e);
    }
  }

  /** POI refuses what is no workbook with runtime exceptions (NotOfficeXmlFileException and kin). */
  private static OPCPackage open(Path file) throws BrokenFile {
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw broken(e);
    }
  }

  private static BrokenFile broken(Exception e) {
    return new BrokenFile("The file is not a readable XLSX workbook: " + e.getMessage(), e);
  }

  /** Gathers the cells of each row by column, blank cells included, and hands over whole rows. */
  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Rows rows;
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;

    Collector(Rows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value.strip());
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().allMatch(String::isEmpty)) {
        return;
      }
      List<String> row = List.copyOf(cells);
      if (headerSeen) {
        rows.row(rowNum + 1L, row);
      } else {
        headerSeen = true;
        rows.header(rowNum + 1L, row);
      }
    }
  }

  /**
   * Numbers as a person typed them, not as the cell's format shows them: whole numbers without
   * separators or exponent, fractions in full (so an opening balance of 1.5 is seen and refused), dates
   * as ISO dates.
   */
  private static final class PlainFormatter extends DataFormatter {
    PlainFormatter() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      BigDecimal exact = new BigDecimal(Double.toString(value));
      return exact.stripTrailingZeros().scale() <= 0 ? exact.toBigInteger().toString() : exact.stripTrailingZeros().toPlainString();
    }
  }
}
