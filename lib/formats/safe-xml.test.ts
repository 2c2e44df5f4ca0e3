import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseXmlSafely, textContent } from "./safe-xml";

const fixture = (name: string) => readFileSync(`tests/fixtures/cat/${name}`, "utf8");

function failure(xml: string): AppError {
  try {
    parseXmlSafely(xml);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("parsed");
}

describe("parseXmlSafely", () => {
  it("gives each element's offsets in the source, across CRLF and astral characters", () => {
    const xml = `<?xml version="1.0"?>\r\n<a x="1"><b>t&amp;😀</b><c/><!-- note --><d>é</d></a>`;
    const root = parseXmlSafely(xml);
    const [b, c, d] = root.children.filter((node) => node.type === "element");
    expect(xml.slice(b.start, b.end)).toBe("<b>t&amp;😀</b>");
    expect(xml.slice(b.closeStart, b.end)).toBe("</b>");
    expect(xml.slice(c.start, c.end)).toBe("<c/>");
    expect(xml.slice(d.start, d.openEnd)).toBe("<d>");
    expect(textContent(root)).toBe("t&😀é");
  });

  it("refuses a DOCTYPE, so neither entity expansion (billion laughs) nor external entities (XXE) can happen", () => {
    expect(failure(fixture("billion-laughs.xlf")).message).toMatch(/declares a DOCTYPE/);
    expect(failure(fixture("xxe.xlf")).message).toMatch(/declares a DOCTYPE/);
  });

  it("names where a file stops being well-formed, and refuses undeclared entities", () => {
    expect(failure(fixture("not-well-formed.xlf")).message).toBe("The file is not well-formed XML: line 4, column 71: unexpected close tag.");
    expect(failure("<a>&lol;</a>").message).toMatch(/not well-formed XML.*undefined entity/i);
    expect(failure("just text").code).toBe("bad_input");
  });
});
