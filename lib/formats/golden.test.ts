import { describe, expect, it } from "vitest";
import { readZipEntries } from "./fixtures/read-zip";
import { seedDocument } from "./fixtures/seed-document";
import { exporters } from "./index";
import type { Fill } from "./types";

const golden = (name: string) => `./__golden__/${name}`;

/** One paragraph per line, so that a change shows as a readable diff. */
function splitParagraphs(xml: string): string {
  return xml.replace(/(<w:p>|<w:p |<w:sectPr)/g, "\n$1") + "\n";
}

describe("golden files of the seed article", () => {
  const textFormats = ["txt", "md", "html", "xliff", "tmx", "mqm-tsv", "triplets"] as const;

  for (const format of textFormats) {
    for (const fill of ["mt", "latest"] satisfies Fill[]) {
      it(`${format}, fill ${fill}`, async () => {
        const output = exporters[format].render(seedDocument(), { fill });
        await expect(output).toMatchFileSnapshot(golden(`seed.${fill}.${exporters[format].extension}`));
      });
    }
  }

  it("docx body and custom properties, fill mt", async () => {
    // The zip itself carries timestamps (core.xml, entry dates), so only the stable parts are compared.
    const entries = readZipEntries(await exporters.docx.render(seedDocument(), { fill: "mt" }));
    await expect(splitParagraphs(entries.get("word/document.xml") ?? "")).toMatchFileSnapshot(golden("seed.mt.docx.document.xml"));
    await expect(entries.get("docProps/custom.xml")).toMatchFileSnapshot(golden("seed.mt.docx.custom.xml"));
  });
});
