import { describe, expect, test } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  test.each([
    ["/", "/"],
    ["/documents/12", "/documents/12"],
    ["/documents/12?segment=4#flag", "/documents/12?segment=4#flag"],
    ["/review/", "/review/"],
    ["/a/../documents", "/documents"],
  ])("keeps the Verso path %j", (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });

  test.each([
    undefined,
    ["/a", "/b"],
    null,
    "",
    "//evil.example/x",
    "///evil.example/x",
    "/\\evil.example/x",
    "\\\\evil.example/x",
    "\\/evil.example/x",
    "/\t/evil.example/x",
    "/\n/evil.example/x",
    "/\r\n/evil.example/x",
    "/%09/evil.example/x".replace("%09", "\t"),
    " //evil.example/x",
    "/.//evil.example/x",
    "/./\\evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "/javascript:alert(1)".slice(1),
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example/x",
    "http://localhost:3000@evil.example/",
    "evil.example",
    "https:/evil.example",
    "https:evil.example",
  ])("sends %j to the home page", (next) => {
    expect(safeReturnPath(next)).toBe("/");
  });

  test("encoded slashes and tabs stay inside Verso's path", () => {
    for (const next of ["/%2F%2Fevil.example/x", "/%5Cevil.example/x", "/%09/evil.example/x", "/%2F%5Cevil.example"]) {
      const path = safeReturnPath(next);
      expect(path.startsWith("/")).toBe(true);
      expect(new URL(path, "https://verso.example").origin).toBe("https://verso.example");
    }
  });
});
