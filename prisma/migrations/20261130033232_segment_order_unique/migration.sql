-- A document's segment orders are 1..n, unique. Boundary changes shift the orders after the changed segment with one
-- UPDATE, which a constraint checked row by row would reject mid-statement, so it is checked at commit (DEFERRABLE
-- INITIALLY DEFERRED). Prisma cannot express that, so the constraint is written by hand (schema.prisma has @@unique).

-- DropIndex
DROP INDEX "Segment_documentId_order_idx";

-- Splits and merges that raced before boundary changes took the document lock left orders duplicated or with gaps.
-- Renumber every document 1..n in document order: block order, then position in the text (`start` is an offset
-- into the document text, which split and merge keep exact), then the old order and id as tie-breakers.
UPDATE "Segment" AS s SET "order" = renumbered.position
FROM (
  SELECT segment.id, row_number() OVER (PARTITION BY segment."documentId" ORDER BY block."order", segment.start, segment."order", segment.id) AS position
  FROM "Segment" AS segment JOIN "Block" AS block ON block.id = segment."blockId"
) AS renumbered
WHERE s.id = renumbered.id AND s."order" <> renumbered.position;

-- AddConstraint
ALTER TABLE "Segment" ADD CONSTRAINT "Segment_documentId_order_key" UNIQUE ("documentId", "order") DEFERRABLE INITIALLY DEFERRED;
