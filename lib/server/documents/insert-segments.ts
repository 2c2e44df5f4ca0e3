// Blocks and segments of a new document in bulk: one statement per chunk of blocks inserts the blocks and their segments.
import { countWords } from "@/lib/metrics/mqm";
import type { Tx } from "@/lib/db";
import type { StoredBlockSpan } from "./aligned-blocks";
import { intArrayLiteral as ints, textArrayLiteral as texts } from "./pg-array";

// Prisma's createMany sends one bound parameter per cell and builds an object per row, about 0.5 ms a row;
// one array per column keeps the cost per row to a few pushes. Chunks keep each statement's encoding short
// (the event loop is held while it is built), and every await between them lets other requests run.
const CHUNK_ROWS = 5_000;
// Prisma passes each parameter through JSON and back, so a chunk of long paragraphs holds the event loop longer.
const CHUNK_CHARS = 256 * 1024;

type Chunk = {
  order: number[]; kind: string[]; start: number[]; end: number[]; body: string[]; separator: string[];
  segments: { block: number[]; order: number[]; start: number[]; end: number[]; mtText: string[]; mtWords: number[];
    sourceText: (string | null)[]; sourceStart: (number | null)[]; sourceEnd: (number | null)[];
    unitId: (string | null)[]; inlineCodes: (string | null)[] };
};

const emptyChunk = (): Chunk => ({
  order: [], kind: [], start: [], end: [], body: [], separator: [],
  segments: { block: [], order: [], start: [], end: [], mtText: [], mtWords: [], sourceText: [], sourceStart: [], sourceEnd: [], unitId: [], inlineCodes: [] },
});

/**
 * The blocks are inserted in a data-modifying CTE and the segments join them by block order, so block ids never
 * travel to this process and back; ORDER BY keeps segment ids in document order, as ids of a sequence were before; a monolingual document's rows are written without the source and CAT columns of NULLs.
 * Returns the number of segments inserted.
 */
async function insertChunk(tx: Tx, documentId: number, chunk: Chunk, bilingual: boolean): Promise<number> {
  const s = chunk.segments;
  if (!bilingual) {
    return tx.$executeRaw`
      WITH b AS (
        INSERT INTO "Block" ("documentId", "order", "kind", "start", "end", "text", "separator")
        SELECT ${documentId}::int, b.*
        FROM unnest(${ints(chunk.order)}::int[], ${texts(chunk.kind)}::text[]::"BlockKind"[], ${ints(chunk.start)}::int[], ${ints(chunk.end)}::int[],
                    ${texts(chunk.body)}::text[], ${texts(chunk.separator)}::text[]) AS b
        RETURNING "id", "order"
      )
      INSERT INTO "Segment" ("documentId", "blockId", "order", "start", "end", "mtText", "mtWords", "updatedAt")
      SELECT ${documentId}::int, b.id, s.ord, s.start, s."end", s.mt, s.words, now()
      FROM unnest(${ints(s.block)}::int[], ${ints(s.order)}::int[], ${ints(s.start)}::int[], ${ints(s.end)}::int[],
                  ${texts(s.mtText)}::text[], ${ints(s.mtWords)}::int[]) AS s(block, ord, start, "end", mt, words)
      JOIN b ON b."order" = s.block
      ORDER BY s.ord`;
  }
  return tx.$executeRaw`
    WITH b AS (
      INSERT INTO "Block" ("documentId", "order", "kind", "start", "end", "text", "separator")
      SELECT ${documentId}::int, b.*
      FROM unnest(${ints(chunk.order)}::int[], ${texts(chunk.kind)}::text[]::"BlockKind"[], ${ints(chunk.start)}::int[], ${ints(chunk.end)}::int[],
                  ${texts(chunk.body)}::text[], ${texts(chunk.separator)}::text[]) AS b
      RETURNING "id", "order"
    )
    INSERT INTO "Segment" ("documentId", "blockId", "order", "start", "end", "mtText", "mtWords", "sourceText", "sourceStart", "sourceEnd",
                           "unitId", "inlineCodes", "updatedAt")
    SELECT ${documentId}::int, b.id, s.ord, s.start, s."end", s.mt, s.words, s.source, s.source_start, s.source_end, s.unit_id, s.inline_codes, now()
    FROM unnest(${ints(s.block)}::int[], ${ints(s.order)}::int[], ${ints(s.start)}::int[], ${ints(s.end)}::int[],
                ${texts(s.mtText)}::text[], ${ints(s.mtWords)}::int[],
                ${texts(s.sourceText)}::text[], ${ints(s.sourceStart)}::int[], ${ints(s.sourceEnd)}::int[],
                ${texts(s.unitId)}::text[], ${texts(s.inlineCodes)}::jsonb[])
      AS s(block, ord, start, "end", mt, words, source, source_start, source_end, unit_id, inline_codes)
    JOIN b ON b."order" = s.block
      ORDER BY s.ord`;
}

/**
 * lz4 for the document's original bytes and text in this transaction, where the server has it: pglz takes about half
 * a second to compress 2 MB (a 1 MB file and its text), lz4 a tenth of that. Reading either needs nothing special.
 */
export async function preferFastCompression(tx: Tx): Promise<void> {
  await tx.$executeRaw`
    SELECT set_config('default_toast_compression', CASE WHEN 'lz4' = ANY(enumvals) THEN 'lz4' ELSE 'pglz' END, true)
    FROM pg_settings WHERE name = 'default_toast_compression'`;
}

/**
 * How long the import's transaction may run. A 5 MB file of one-letter lines is 2.6 million blocks and as
 * many segments, 40-90 µs a row on a busy 2-core machine; a fixed limit would fail such a file, so allow 0.2 ms a row.
 */
export function importTransactionTimeoutMs(blocks: readonly StoredBlockSpan[], segmentCount: number): number {
  return 120_000 + Math.ceil((blocks.length + segmentCount) * 0.2);
}

/** Writes every block (ordered 0, 1, ...) and segment (ordered 1..n across the document) inside the caller's transaction. */
export async function insertBlocksAndSegments(tx: Tx, documentId: number, text: string, blocks: readonly StoredBlockSpan[]) {
  // Source and file columns (an HTML import's placeholders among them) are written only when some segment has them.
  const bilingual = blocks.some((block) => block.segments.some((segment) => segment.source || segment.unitId || segment.inlineCodes));
  let order = 0;
  let inserted = 0;
  let chunk = emptyChunk();
  let chars = 0;
  for (const [b, block] of blocks.entries()) {
    chunk.order.push(b);
    chunk.kind.push(block.kind);
    chunk.start.push(block.start);
    chunk.end.push(block.end);
    chunk.body.push(text.slice(block.start, block.end));
    chars += 2 * (block.end - block.start);
    chunk.separator.push(block.separator);
    const s = chunk.segments;
    for (const segment of block.segments) {
      s.block.push(b);
      s.order.push(++order);
      s.start.push(segment.start);
      s.end.push(segment.end);
      s.mtText.push(segment.text);
      s.mtWords.push(countWords(segment.text));
      if (bilingual) {
        s.sourceText.push(segment.source?.text ?? null);
        s.sourceStart.push(segment.source?.start ?? null);
        s.sourceEnd.push(segment.source?.end ?? null);
        s.unitId.push(segment.unitId ?? null);
        s.inlineCodes.push(segment.inlineCodes ? JSON.stringify(segment.inlineCodes) : null);
      }
    }
    if (chunk.order.length + s.order.length >= CHUNK_ROWS || chars >= CHUNK_CHARS || b === blocks.length - 1) {
      inserted += await insertChunk(tx, documentId, chunk, bilingual);
      chunk = emptyChunk();
      chars = 0;
    }
  }
  // Every segment joins its block in the same statement, so a missing block would show as a missing segment.
  if (inserted !== order) throw new Error(`Inserted ${inserted} of ${order} segments.`);
  return { blockCount: blocks.length, segmentCount: order };
}
