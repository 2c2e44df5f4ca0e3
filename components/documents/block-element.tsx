import type { ReactNode } from "react";
import type { BlockKind } from "@/lib/segment/types";

/** The HTML element a block reads as: headings stay headings, meta lines are set apart. */
export function BlockElement({ kind, children, metaClassName }: { kind: BlockKind; children: ReactNode; metaClassName?: string }) {
  switch (kind) {
    case "title":
      return <h1>{children}</h1>;
    case "heading":
      return <h2>{children}</h2>;
    case "list_item":
      return <ul><li>{children}</li></ul>;
    case "quote":
      return <blockquote>{children}</blockquote>;
    case "dateline":
    case "meta":
    case "footer":
      return <p className={metaClassName ?? kind}>{children}</p>;
    default:
      return <p>{children}</p>;
  }
}
