import { textDirection } from "@/lib/text-direction";
import { TermText, type TermHighlights } from "@/components/glossary/term-text";

/** A source sentence in its own language and direction, so right-to-left and CJK sources display and break correctly; `terms` marks glossary terms. */
export function SourceText({ text, language, className = "source", terms }: { text: string | null; language: string; className?: string; terms?: TermHighlights | null }) {
  return (
    <span className={className} lang={language} dir={textDirection(language)}>
      {text === null || text === "" ? <em className="no-source">(no source sentence)</em> : terms ? <TermText text={text} terms={terms} /> : text}
    </span>
  );
}
