import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Backup } from "./backup-schema";

const MAX_COPIES = 100;

/**
 * The typology with the backup's name and definition, created when missing. Should that name already
 * stand for another scheme here, the document keeps its own scheme under a "(from backup)" name,
 * so its MQM scores do not change on the way.
 */
export async function restoreTypology(tx: Tx, typology: Backup["typology"]): Promise<number | null> {
  if (typology === null) return null;
  const definition = typology.definition as Prisma.InputJsonValue;
  for (let copy = 0; copy < MAX_COPIES; copy++) {
    const name = copy === 0 ? typology.name : `${typology.name} (from backup${copy === 1 ? "" : ` ${copy}`})`;
    const found = await tx.typology.findUnique({ where: { name }, select: { id: true } });
    if (!found) return (await tx.typology.create({ data: { name, definition }, select: { id: true } })).id;
    const same = await tx.typology.findFirst({ where: { id: found.id, definition: { equals: definition } }, select: { id: true } });
    if (same) return same.id;
  }
  throw new Error(`Too many typologies named like "${typology.name}".`);
}
