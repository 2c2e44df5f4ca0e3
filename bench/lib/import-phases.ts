// Where a whole import's time goes: its steps timed one by one, through the same functions importDocument runs.
import { getDb } from "@/lib/db";
import { decodeText } from "@/lib/formats/text-input";
import type { Actor } from "@/lib/server/auth/permissions";
import { readArticle } from "@/lib/server/documents/read-article";
import { insertBlocksAndSegments, preferFastCompression } from "@/lib/server/documents/insert-segments";
import { median } from "./time-in-turns";

export type ImportPhases = { decode: number; segment: number; documentRow: number; blocksAndSegments: number; commit: number };

/** Median ms of each step over `runs` imports of `bytes` as plain text (the document row carries the bytes and text, as an import's does). */
export async function importPhases(actor: Actor, bytes: Uint8Array, runs: number): Promise<ImportPhases> {
  const samples: ImportPhases[] = [];
  for (let run = 0; run < runs; run++) {
    const phase = { decode: 0, segment: 0, documentRow: 0, blocksAndSegments: 0, commit: 0 };
    let last = performance.now();
    const lap = (name: keyof ImportPhases) => {
      const now = performance.now();
      phase[name] = now - last;
      last = now;
    };
    const decoded = decodeText(bytes);
    lap("decode");
    const article = await readArticle(decoded.text, "text", "en", undefined);
    lap("segment");
    await getDb().$transaction(
      async (tx) => {
        await preferFastCompression(tx);
        const document = await tx.document.create({
          data: { title: `phases ${run}`, sourceLanguage: "ru", targetLanguage: "en", originalBytes: new Uint8Array(bytes), text: article.text, segmentCount: 0, crlf: false, cr: false, bom: false, createdById: actor.id },
          select: { id: true },
        });
        lap("documentRow");
        await insertBlocksAndSegments(tx, document.id, article.text, article.segmented.blocks);
        lap("blocksAndSegments");
      },
      { timeout: 120_000 },
    );
    lap("commit");
    samples.push(phase);
  }
  const of = (name: keyof ImportPhases) => median(samples.map((sample) => sample[name]));
  return { decode: of("decode"), segment: of("segment"), documentRow: of("documentRow"), blocksAndSegments: of("blocksAndSegments"), commit: of("commit") };
}
