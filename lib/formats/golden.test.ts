import { describe, expect, it } from "vitest";
import { readZipEntries } from "./fixtures/read-zip";
import { bilingualSeedDocument, seedDocument } from "./fixtures/seed-document";
import { exporters } from "./index";
import type { Fill } from "./types";

const golden = (name: string) => `./__golden__/${name}`;

/** One paragraph per line, so that a change shows as a readable diff. */
function splitParagraphs(xml: string): string {
  return xml.replace(/(<w:p>|<w:p |<w:sectPr)/g, "\n$1") + "\n";
}

describe("golden files of the seed article", () => {
  const textFormats = ["txt", "md", "html", "xliff", "xliff12", "tmx", "mqm-tsv", "triplets"] as const;
  // Both XLIFF versions end in .xlf, so the golden name says which.
  const goldenExtension = (format: (typeof textFormats)[number]) => (format === "xliff12" ? "xliff12.xlf" : exporters[format].extension);
  const exportedAt = new Date("2023-12-07T08:00:00Z");

  for (const format of textFormats) {
    for (const fill of ["mt", "latest"] satisfies Fill[]) {
      it(`${format}, fill ${fill}`, async () => {
        const output = exporters[format].render(seedDocument(), { fill, exportedAt });
        await expect(output).toMatchFileSnapshot(golden(`seed.${fill}.${goldenExtension(format)}`));
      });
    }
  }

  for (const format of ["xliff", "xliff12", "tmx", "mqm-tsv", "triplets"] as const) {
    it(`${format} of the seed with a source text, fill mt`, async () => {
      const output = exporters[format].render(bilingualSeedDocument(), { fill: "mt", exportedAt });
      await expect(output).toMatchFileSnapshot(golden(`seed-bilingual.mt.${goldenExtension(format)}`));
    });
  }

  for (const format of ["html", "md"] as const) {
    it(`${format} marking the unapproved sentences, fill latest`, async () => {
      const output = exporters[format].render(seedDocument(), { fill: "latest", markUnapproved: true, exportedAt });
      await expect(output).toMatchFileSnapshot(golden(`seed.latest.marked.${exporters[format].extension}`));
    });
  }

  it("docx body and custom properties, fill mt", async () => {
    // The zip itself carries timestamps (core.xml, entry dates), so only the stable parts are compared.
    const entries = readZipEntries(await exporters.docx.render(seedDocument(), { fill: "mt" }));
    await expect(splitParagraphs(entries.get("word/document.xml") ?? "")).toMatchFileSnapshot(golden("seed.mt.docx.document.xml"));
    await expect(entries.get("docProps/custom.xml")).toMatchFileSnapshot(golden("seed.mt.docx.custom.xml"));
  });
});
