package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edge probes of the security issue, generated from the OpenAPI description so that every
 * operation, a new one included, gets them (docs/security.md: every bad input is a 4xx
 * application/problem+json, never a 500, and nothing is stored).
 *
 * <p>One club on PREMIUM (every feature on) is filled with real data (a branch and a terminal, members
 * with cards, a PIN, credit and points, an invoice, a redemption, a group, a category, a card type, a
 * tag, a note, a staff user, a member import), so that the path parameters of almost every operation
 * name something that exists ({@link EdgeProbeClub#pathValue}) and a probe reaches the checks of the body or
 * the query rather than a 404. Each probe is sent with the credentials of its path (the platform
 * admin under /platform/, the terminal's key under /pos/, the owner elsewhere), a fresh
 * Idempotency-Key and a client address of its own. The rules, per kind of probe:
 *
 * <table>
 *   <tr><th>probe</th><th>must answer</th></tr>
 *   <tr><td>JSON body over 1 MB</td><td>413 exactly (edge limit)</td></tr>
 *   <tr><td>array nested 10,000 deep</td><td>400 exactly (edge limit)</td></tr>
 *   <tr><td>body from the schema, every string a lone surrogate "\udc00"</td><td>400 exactly (edge limit)</td></tr>
 *   <tr><td>body from the schema, every number 2^63 - 1, -2^63 or 1e999999999; every boolean 0.5,
 *       "true" or -1; every array 10,000 elements (each kind a probe of its own, sent only where the
 *       schema has such a property)</td><td>4xx: 400 where strict types or the edge refuse it, 422 where
 *       a field's rule does, 404/409 where it is checked against data</td></tr>
 *   <tr><td>{}, null, [] as the whole body</td><td>4xx; {} may succeed for a PATCH (a change with nothing
 *       in it); not sent where {} is a valid write ({@link EdgeBodyProbes#EMPTY_BODY_IS_A_VALID_WRITE})</td></tr>
 *   <tr><td>a path parameter of 2,000 characters (one probe per parameter, the others real)</td><td>4xx</td></tr>
 *   <tr><td>each query parameter as 999999999, -1, abc, 5,000 characters; page and size also as
 *       2147483648 and 9223372036854775808</td><td>4xx for page and size (0 to 10,000,000 and 1 to 200),
 *       for parameters declared as numbers and for every operation but GET; a text parameter of a GET is
 *       a filter, and a filter that matches nothing may answer 2xx</td></tr>
 *   <tr><td>file uploads (text/csv, XLSX): a JSON body; an empty, a non-UTF-8, a column-less file, no
 *       workbook; a file announced as over 512 MiB</td><td>415 exactly; 4xx; 422 exactly and at once</td></tr>
 * </table>
 *
 * Every 4xx is application/problem+json with a type of ours; no answer names a framework
 * (payara, jersey, grizzly, eclipselink, yasson, glassfish, java., jakarta.) and no error names a Java
 * class; nothing is a 5xx; everything is answered within 30 seconds. After all probes the club is
 * exactly as before ({@link EdgeProbeClub#snapshot}: balances, ledgers, members, cards, staff, branches,
 * terminals, catalogues, programmes, imports, tenants, feature overrides) and the ledger check finds
 * no difference. All failures are collected and reported in one assertion, one line each:
 * {@code METHOD path probe -> why: status type body}; every probe's answer is printed to the test's
 * output.
 *
 * <p>Not probed: operations without a body, a path or a query parameter (nothing to vary: GET /branches,
 * POST /auth/logout, ...; the output lists them), header and cookie parameters (the HTTP layer bounds
 * headers, docs/security.md; the Idempotency-Key's own rule is PosBadInputIT's), and the content of
 * binary downloads (qr.png, errors.csv), which get their path and query probes with Accept: *&#47;*.
 */
class EdgeProbesIT extends RunningPlatform {
  @Test
  void everyOperationOfTheDescriptionAnswersEveryEdgeProbeWith4xxProblemJsonAndChangesNothing() throws Exception {
    probeEverything("edge-probes");
  }

  /** Sets up the club {@code slug}, sends every probe, and asserts that all of them kept the promise and changed nothing. */
  void probeEverything(String slug) throws Exception {
    EdgeProbeClub club = EdgeProbeClub.create(api, admin, slug);
    EdgeProbesOfTheDescription probes = new EdgeProbesOfTheDescription(root(), api, admin, club);
    Map<String, String> before = club.snapshot();

    List<EdgeProbe> all = probes.generate();
    List<String> failures = probes.send(all);
    System.out.println("EdgeProbesIT: " + probes.operations + " operations, " + probes.probedOperations + " probed, " + all.size() + " probes, "
        + failures.size() + " failures; nothing to vary in " + probes.notProbed);

    Map<String, String> after = club.snapshot();
    for (String what : before.keySet()) {
      if (!before.get(what).equals(after.get(what))) {
        failures.add("CHANGED " + what + ": " + before.get(what) + " -> " + after.get(what));
      }
    }
    JsonPath check = api.as(club.owner).post("/ledger/checks").then().statusCode(200).extract().jsonPath();
    if (check.getLong("differences") != 0) {
      failures.add("LEDGER CHECK differences " + check.prettify());
    }
    assertThat(failures).as(failures.size() + " probes failed:\n" + String.join("\n", failures)).isEmpty();
    assertThat(all.size()).isGreaterThan(400);
  }
}
