// The xliff and tmexchange packages ship no type declarations; these cover what lib/formats uses.

declare module "xliff/js2xliff" {
  export type XliffUnit = { source?: string; target?: string; note?: string | string[]; additionalAttributes?: Record<string, string> };
  export type XliffJs = {
    sourceLanguage: string;
    targetLanguage?: string;
    headerExtras?: ({ type: "comment"; comment: string } | Record<string, unknown>)[];
    resources: Record<string, Record<string, XliffUnit>>;
  };
  /** With a callback it runs synchronously and also returns the XML. */
  export default function js2xliff(obj: XliffJs, options: { indent?: string }, callback: (error: Error | null, xml: string) => void): string;
}

declare module "xliff/xliff2js" {
  import type { XliffJs } from "xliff/js2xliff";
  export default function xliff2js(xml: string): Promise<XliffJs>;
}

declare module "xliff/xliff12ToJs" {
  import type { XliffJs } from "xliff/js2xliff";
  export default function xliff12ToJs(xml: string): Promise<XliffJs>;
}

declare module "tmexchange/js2tmx" {
  export type TmxJs = {
    sourceLanguage: string;
    administrationLanguage?: string;
    version?: string;
    creationTool?: string;
    creationToolVersion?: string;
    datatype?: string;
    segtype?: string;
    oTMF?: string;
    /** tuid -> language -> text */
    resources: Record<string, Record<string, string>>;
  };
  export default function js2tmx(
    obj: TmxJs,
    options: { headless?: boolean; pretty?: boolean; indent?: string; newline?: string },
    callback: (error: Error | null, xml: string) => void,
  ): void;
}

declare module "tmexchange/tmx2js" {
  import type { TmxJs } from "tmexchange/js2tmx";
  export default function tmx2js(xml: string): Promise<TmxJs & { tuid: boolean }>;
}
