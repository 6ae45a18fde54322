package ir.bashgah.imports.infra;

import ir.bashgah.imports.domain.memberimport.Sheet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file in UTF-8 (a BOM is fine), read record by record with Apache Commons CSV. The delimiter is
 * whichever of comma, semicolon or tab the header line uses most, since Excel writes the one of its
 * locale. Bytes that are not UTF-8 stop the import: guessing another encoding would garble names.
 */
public class CsvSheet implements Sheet {
  private static final char[] DELIMITERS = {',', ';', '\t'};

  @Override
  public void read(Path file, Rows rows) throws BrokenFile {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      in.mark(1 << 16);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      char delimiter = delimiterOf(in);
      CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true).get();
      try (CSVParser parser = format.parse(in)) {
        boolean headerSeen = false;
        for (CSVRecord record : parser) {
          List<String> cells = new ArrayList<>(record.size());
          record.forEach(cells::add);
          if (cells.stream().allMatch(String::isEmpty)) {
            continue;
          }
          if (headerSeen) {
            rows.row(record.getRecordNumber(), cells);
          } else {
            headerSeen = true;
            rows.header(record.getRecordNumber(), cells);
          }
        }
      }
    } catch (Stop stop) {
      // the caller has read what it needed
    } catch (UncheckedIOException e) {
      throw broken(e.getCause());
    } catch (IOException e) {
      throw broken(e);
    }
  }

  private static BrokenFile broken(IOException e) {
    if (e instanceof CharacterCodingException) {
      return new BrokenFile("The file is not UTF-8 text; in Excel save it as \"CSV UTF-8\"", e);
    }
    return new BrokenFile("The file is not a readable CSV: " + e.getMessage(), e);
  }

  private static char delimiterOf(BufferedReader in) throws IOException {
    in.mark(1 << 16);
    char[] head = new char[1 << 15];
    int n = in.read(head);
    in.reset();
    int end = 0;
    while (end < Math.max(n, 0) && head[end] != '\n' && head[end] != '\r') {
      end++;
    }
    char best = ',';
    int bestCount = 0;
    for (char d : DELIMITERS) {
      int count = 0;
      for (int i = 0; i < end; i++) {
        if (head[i] == d) {
          count++;
        }
      }
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
    return best;
  }
}
