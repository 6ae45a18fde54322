import { describe, expect, it } from "vitest";
import { insertAt, pieces, unknownPlaceholders } from "./placeholders";

describe("a message's placeholders", () => {
  it("are cut out of the text, known ones apart from misspelt ones", () => {
    expect(pieces("سلام {firstName} عزیز، {fristName}!")).toEqual([
      { text: "سلام " },
      { text: "{firstName}", placeholder: "firstName", known: true },
      { text: " عزیز، " },
      { text: "{fristName}", placeholder: "fristName", known: false },
      { text: "!" },
    ]);
  });

  it("are read with spaces inside the braces, as the server reads them; other braces are plain text", () => {
    expect(pieces("{ points } {۱} {}")).toEqual([{ text: "{ points }", placeholder: "points", known: true }, { text: " {۱} {}" }]);
  });

  it("that the server would refuse are named once each", () => {
    expect(unknownPlaceholders("{name} {points} {name} {Level}")).toEqual(["name", "Level"]);
    expect(unknownPlaceholders("بدون جای‌خالی")).toEqual([]);
  });

  it("go in where the caret is, over what is selected", () => {
    expect(insertAt("سلام !", "{firstName}", 5, 5)).toEqual({ value: "سلام {firstName}!", caret: 16 });
    expect(insertAt("abc", "{club}", 1, 2)).toEqual({ value: "a{club}c", caret: 7 });
    expect(insertAt("abc", "{club}", null, null)).toEqual({ value: "abc{club}", caret: 9 });
  });
});
