export type BlockKind = "title" | "dateline" | "heading" | "paragraph" | "list_item" | "quote" | "meta" | "footer";

/** A sentence: [start, end) in JavaScript string indices into the whole text. */
export type SegmentSpan = { start: number; end: number; text: string };

/** A block covers [start, end) of the text; `separator` is the exact text between its end and the next block's start (or the end of the text). */
export type BlockSpan = { kind: BlockKind; start: number; end: number; separator: string; segments: SegmentSpan[] };

export type SegmentedText = { leading: string; blocks: BlockSpan[] };

export type SegmentOptions = { language?: string; format?: "text" | "markdown" };

/** A sentence inside one string: [start, end) indices into that string. */
export type SentenceRange = { start: number; end: number };

/**
 * What a language needs for sentence boundaries. Word sets hold lowercase forms without the final dot.
 * A period after an `abbreviations` word (or after initials such as "U.S") ends a sentence only before a
 * `sentenceStarters` word; after a `nonBreaking` word it never does; after a `timeAbbreviations` word it
 * does before any capitalised word except a `timeZones`, `weekdays` or `months` one.
 */
export type LanguageRules = {
  code: string;
  abbreviations: ReadonlySet<string>;
  /** Titles before a name ("Dr.", "Skt."): a period after them never ends a sentence before a capitalised word. */
  titles: ReadonlySet<string>;
  nonBreaking: ReadonlySet<string>;
  timeAbbreviations: ReadonlySet<string>;
  timeZones: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  /** Verbs of an attribution after a quoted question: `"Why?" Lavrov asked.` */
  speechVerbs: ReadonlySet<string>;
  months: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  /** Words that stand before a number ("No. 5", "art. 4"): a digit after them never starts a sentence. */
  numberAbbreviations: ReadonlySet<string>;
  /** A period after a number or a Roman numeral is an ordinal ("am 12. Juni", "XII. Pluk") unless a sentence starter follows. */
  ordinalDot: boolean;
  /** ASCII marks that end this language's sentences before whitespace, besides . ! ? (Armenian ":", Greek ";"). */
  extraEnds: string;
  /** German capitalises every noun, so a capital after "12." or "Mio." says nothing about a new sentence. */
  capitalizesNouns: boolean;
  /** Armenian ends sentences with "։" (or ":"); its "." is a colon-like mark, and "…" does not end a sentence either. */
  periodEnds: boolean;
  /** Endings that make any word an abbreviation: German "Hauptstr." */
  abbreviationSuffixes: readonly string[];
  /**
   * A terminator inside a quotation or bracket ends no sentence unless it closes it (pySBD's convention, and the
   * golden cases': `„Prieskumy beriem na ľahkú váhu. V podstate ma to nezaujíma,“ reagoval Matovič`). English
   * keeps Verso's editing convention instead: each sentence of a long quotation in MT is a segment of its own;
   * Russian follows English, so that a Russian source aligns sentence by sentence with its English MT.
   */
  keepsQuotations: boolean;
};
