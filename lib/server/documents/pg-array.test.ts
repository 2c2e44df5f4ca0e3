import { describe, expect, it } from "vitest";
import { intArrayLiteral, textArrayLiteral } from "./pg-array";

describe("PostgreSQL array literals", () => {
  it("writes integers as they are", () => {
    expect(intArrayLiteral([0, -1, 2147483647])).toBe("{0,-1,2147483647}");
    expect(intArrayLiteral([])).toBe("{}");
  });

  it("quotes every text and escapes only backslash and double quote", () => {
    expect(textArrayLiteral(["a", "", 'say "hi"', "C:\\dir", "{x,y}", "NULL", " \n "])).toBe(
      '{"a","","say \\"hi\\"","C:\\\\dir","{x,y}","NULL"," \n "}',
    );
  });

  it("writes SQL NULL unquoted and keeps single elements and empty arrays", () => {
    expect(textArrayLiteral([])).toBe("{}");
    expect(textArrayLiteral([""])).toBe('{""}');
    expect(textArrayLiteral(["a\\", null, 'b"'])).toBe('{"a\\\\",NULL,"b\\""}');
    expect(intArrayLiteral([1, null, 3])).toBe("{1,NULL,3}");
  });
});
