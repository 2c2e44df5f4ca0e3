// XML for imports read with saxes into a small tree with source offsets; no DTD, so no entity expansion and no external entities.
import { SaxesParser } from "saxes";
import { AppError } from "@/lib/errors";

export type XmlText = { type: "text"; text: string };
/** [start, end) is the whole element in the source string; [start, openEnd) its start tag, [closeStart, end) its end tag. */
export type XmlElement = {
  type: "element";
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
};
export type XmlNode = XmlElement | XmlText;

const DOCTYPE_MESSAGE =
  "The file declares a DOCTYPE. Verso reads no DTDs or entity declarations (they can expand without end or read files from the server); remove the DOCTYPE and import it again.";

/** The root element of `xml`, or one clear bad-input error: a DOCTYPE, or where the file stops being well-formed. */
export function parseXmlSafely(xml: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: AppError | null = null;
  const fail = (error: AppError) => {
    failure ??= error;
  };
  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
  };
  parser.on("doctype", () => fail(new AppError("bad_input", DOCTYPE_MESSAGE)));
  parser.on("opentag", (tag) => {
    if (failure) return;
    const openEnd = parser.position;
    const start = xml.lastIndexOf("<", openEnd - 1);
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = typeof value === "string" ? value : value.value;
    const element: XmlElement = { type: "element", name: tag.name, attributes, children: [], start, openEnd, closeStart: openEnd, end: openEnd };
    append(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("closetag", (tag) => {
    if (failure) return;
    const element = stack.pop()!;
    if (!tag.isSelfClosing) {
      element.end = parser.position;
      element.closeStart = xml.lastIndexOf("</", element.end - 1);
    }
  });
  const text = (value: string) => {
    if (!failure) append({ type: "text", text: value });
  };
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("error", (error) => fail(new AppError("bad_input", `The file is not well-formed XML: ${error.message.replace(/^(?:undefined:)?(\d+):(\d+): /, "line $1, column $2: ").replace(/\.?$/, ".")}`)));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    fail(new AppError("bad_input", `The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`));
  }
  if (failure) throw failure;
  if (!root) throw new AppError("bad_input", "The file holds no XML element.");
  return root;
}

/** An element's name without its namespace prefix ("xlf:unit" -> "unit"). */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.type === "element" && (name === undefined || localName(child) === name));
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** All text inside an element, codes and all, as a reader would see it. */
export function textContent(node: XmlNode): string {
  return node.type === "text" ? node.text : node.children.map(textContent).join("");
}
