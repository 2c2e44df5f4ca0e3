// Blocks and segments of a new document in bulk: one INSERT ... SELECT FROM unnest(arrays) per chunk of rows.
import { countWords } from "@/lib/metrics/mqm";
import type { Tx } from "@/lib/db";
import type { StoredBlockSpan } from "./aligned-blocks";
import { intArrayLiteral as ints, textArrayLiteral as texts } from "./pg-array";

// Prisma's createMany sends one bound parameter per cell and builds an object per row, about 0.5 ms a row;
// one array per column keeps the cost per row to a few pushes. Chunks keep each statement's encoding short,
// and every await between them lets other requests run.
const CHUNK_ROWS = 20_000;

/** Inserts the blocks in document order (0, 1, ...) and returns their ids in that order. */
async function insertBlocks(tx: Tx, documentId: number, text: string, blocks: readonly StoredBlockSpan[]): Promise<number[]> {
  const ids: number[] = [];
  for (let from = 0; from < blocks.length; from += CHUNK_ROWS) {
    const order: number[] = [], start: number[] = [], end: number[] = [];
    const kind: string[] = [], body: string[] = [], separator: string[] = [];
    for (let i = from; i < Math.min(from + CHUNK_ROWS, blocks.length); i++) {
      const block = blocks[i];
      order.push(i);
      kind.push(block.kind);
      start.push(block.start);
      end.push(block.end);
      body.push(text.slice(block.start, block.end));
      separator.push(block.separator);
    }
    // array_agg orders the new ids by "order": RETURNING alone promises no order.
    const [row] = await tx.$queryRaw<Array<{ ids: number[] }>>`
      WITH inserted AS (
        INSERT INTO "Block" ("documentId", "order", "kind", "start", "end", "text", "separator")
        SELECT ${documentId}::int, b.*
        FROM unnest(${ints(order)}::int[], ${texts(kind)}::text[]::"BlockKind"[], ${ints(start)}::int[], ${ints(end)}::int[],
                    ${texts(body)}::text[], ${texts(separator)}::text[]) AS b
        RETURNING "id", "order"
      )
      SELECT array_agg("id" ORDER BY "order") AS ids FROM inserted`;
    ids.push(...row.ids);
  }
  return ids;
}

type SegmentColumns = {
  blockId: number[]; order: number[]; start: number[]; end: number[]; mtText: string[]; mtWords: number[];
  sourceText: (string | null)[]; sourceStart: (number | null)[]; sourceEnd: (number | null)[];
  unitId: (string | null)[]; inlineCodes: (string | null)[];
};
const noSegments = (): SegmentColumns => ({
  blockId: [], order: [], start: [], end: [], mtText: [], mtWords: [], sourceText: [], sourceStart: [], sourceEnd: [], unitId: [], inlineCodes: [],
});

/** Segments numbered 1..n across the document, each pointing at its block's id. */
async function insertSegmentRows(tx: Tx, documentId: number, blocks: readonly StoredBlockSpan[], blockIds: number[]): Promise<number> {
  // A monolingual document's rows are written exactly as before sources existed, without three columns of NULLs.
  const bilingual = blocks.some((block) => block.segments.some((segment) => segment.source));
  let order = 0;
  let rows = noSegments();
  const flush = async () => {
    if (rows.order.length === 0) return;
    if (!bilingual) {
      await tx.$executeRaw`
        INSERT INTO "Segment" ("documentId", "blockId", "order", "start", "end", "mtText", "mtWords", "updatedAt")
        SELECT ${documentId}::int, s.*, now()
        FROM unnest(${ints(rows.blockId)}::int[], ${ints(rows.order)}::int[], ${ints(rows.start)}::int[], ${ints(rows.end)}::int[],
                    ${texts(rows.mtText)}::text[], ${ints(rows.mtWords)}::int[]) AS s`;
    } else {
      await tx.$executeRaw`
        INSERT INTO "Segment" ("documentId", "blockId", "order", "start", "end", "mtText", "mtWords", "sourceText", "sourceStart", "sourceEnd",
                               "unitId", "inlineCodes", "updatedAt")
        SELECT ${documentId}::int, s.*, now()
        FROM unnest(${ints(rows.blockId)}::int[], ${ints(rows.order)}::int[], ${ints(rows.start)}::int[], ${ints(rows.end)}::int[],
                    ${texts(rows.mtText)}::text[], ${ints(rows.mtWords)}::int[],
                    ${texts(rows.sourceText)}::text[], ${ints(rows.sourceStart)}::int[], ${ints(rows.sourceEnd)}::int[],
                    ${texts(rows.unitId)}::text[], ${texts(rows.inlineCodes)}::jsonb[]) AS s`;
    }
    rows = noSegments();
  };
  for (const [b, block] of blocks.entries()) {
    for (const segment of block.segments) {
      rows.blockId.push(blockIds[b]);
      rows.order.push(++order);
      rows.start.push(segment.start);
      rows.end.push(segment.end);
      rows.mtText.push(segment.text);
      rows.mtWords.push(countWords(segment.text));
      rows.sourceText.push(segment.source?.text ?? null);
      rows.sourceStart.push(segment.source?.start ?? null);
      rows.sourceEnd.push(segment.source?.end ?? null);
      rows.unitId.push(segment.unitId ?? null);
      rows.inlineCodes.push(segment.inlineCodes ? JSON.stringify(segment.inlineCodes) : null);
      if (rows.order.length >= CHUNK_ROWS) await flush();
    }
  }
  await flush();
  return order;
}

/**
 * How long the import's transaction may run. A 5 MB file of one-letter lines is 2.6 million blocks and as
 * many segments, 40-90 µs a row on a busy 2-core machine; a fixed limit would fail such a file, so allow 0.2 ms a row.
 */
export function importTransactionTimeoutMs(blocks: readonly StoredBlockSpan[], segmentCount: number): number {
  return 120_000 + Math.ceil((blocks.length + segmentCount) * 0.2);
}

/** Writes every block and segment of a segmented text inside the caller's transaction. */
export async function insertBlocksAndSegments(tx: Tx, documentId: number, text: string, blocks: readonly StoredBlockSpan[]) {
  const blockIds = await insertBlocks(tx, documentId, text, blocks);
  if (blockIds.length !== blocks.length) throw new Error(`Inserted ${blockIds.length} of ${blocks.length} blocks.`);
  const segmentCount = await insertSegmentRows(tx, documentId, blocks, blockIds);
  return { blockCount: blockIds.length, segmentCount };
}
