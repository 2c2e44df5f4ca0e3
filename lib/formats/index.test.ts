import { describe, expect, it } from "vitest";
import { seedDocument } from "./fixtures/seed-document";
import { exportFormats, exporters, isExportFormat } from "./index";

describe("exporters registry", () => {
  it("lists every format with an extension, a MIME type and a renderer", async () => {
    expect(exportFormats).toEqual(["txt", "md", "html", "docx", "xliff", "xliff12", "tmx", "mqm-tsv", "triplets"]);
    for (const format of exportFormats) {
      const { extension, mimeType, render } = exporters[format];
      expect(extension).toMatch(/^[a-z]+$/);
      expect(mimeType).toMatch(/^[a-z]+\/[\w.+-]+/);
      const output = await render(seedDocument(), { fill: "mt" });
      expect(format === "docx" ? output instanceof Uint8Array : typeof output === "string").toBe(true);
    }
  });

  it("tells format ids from other strings", () => {
    expect(isExportFormat("mqm-tsv")).toBe(true);
    expect(isExportFormat("toString")).toBe(false);
    expect(isExportFormat("json")).toBe(false);
  });
});
