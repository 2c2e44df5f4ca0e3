// Documents for the race tests: a title and three paragraphs of four sentences each, imported through the use case.
import { getDb } from "../lib/db";
import type { Actor } from "../lib/server/auth/permissions";
import { importDocument } from "../lib/server/documents/import-document";
import { createTestActor, uniqueTitle } from "./factories";

export const RACE_TEXT = [
  "Talks in Geneva",
  "The meeting lasted an hour and a half. It took place in the Hotel President. Lavrov spoke first. Blinken answered him.",
  "Both sides stated their positions. Neither side gave way. The press waited outside. A second round was not agreed.",
  "Analysts were not surprised. Markets did not move. Kyiv said little. Brussels said even less.",
].join("\n\n") + "\n";

export async function importRaceDocument(label: string, admin?: Actor) {
  admin ??= await createTestActor("admin");
  const { id } = await importDocument({ actor: admin, bytes: new TextEncoder().encode(RACE_TEXT), input: { title: uniqueTitle(label) } });
  return { id, segments: await segmentsOf(id) };
}

/** The document's segments in their stored order, with their block's order. */
export async function segmentsOf(documentId: number) {
  return getDb().segment.findMany({ where: { documentId }, orderBy: { order: "asc" }, include: { block: { select: { order: true } } } });
}

/** The Russian original of RACE_TEXT, one sentence for each of its sentences. */
export const RACE_SOURCE = [
  "Переговоры в Женеве",
  "Встреча продлилась полтора часа. Она прошла в отеле «Президент». Первым выступил Лавров. Блинкен ответил ему.",
  "Обе стороны изложили свои позиции. Ни одна сторона не уступила. Пресса ждала снаружи. Второй раунд не согласовали.",
  "Аналитики не удивились. Рынки не отреагировали. Киев промолчал. Брюссель сказал еще меньше.",
].join("\n\n") + "\n";

export async function importBilingualRaceDocument(label: string, admin?: Actor) {
  admin ??= await createTestActor("admin");
  const encode = (text: string) => new TextEncoder().encode(text);
  const { id } = await importDocument({ actor: admin, bytes: encode(RACE_TEXT), source: { bytes: encode(RACE_SOURCE) }, input: { title: uniqueTitle(label), sourceLanguage: "ru" } });
  return { id, segments: await segmentsOf(id) };
}
