import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields of a flag the workspace shows, with its author's name. */
export const annotationSelect = {
  id: true,
  start: true,
  end: true,
  category: true,
  subcategory: true,
  severity: true,
  note: true,
  state: true,
  authorId: true,
  author: { select: { name: true } },
} satisfies Prisma.AnnotationSelect;

type Selected = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>;

export function toAnnotationView({ author, ...annotation }: Selected) {
  return { ...annotation, authorName: author.name };
}

export type AnnotationView = ReturnType<typeof toAnnotationView>;
