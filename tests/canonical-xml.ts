// XML compared by content: elements, attributes in name order, text; not by quoting, attribute order or the prolog.
import { parseXmlSafely, type XmlNode } from "@/lib/formats/safe-xml";

export function canonicalXml(xml: string): string {
  const write = (node: XmlNode): string => {
    if (node.type === "text") return node.text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const attributes = Object.entries(node.attributes)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => ` ${name}="${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`)
      .join("");
    return `<${node.name}${attributes}>${node.children.map(write).join("")}</${node.name}>`;
  };
  return write(parseXmlSafely(xml));
}
