import { textDirection } from "@/lib/text-direction";

/** A source sentence in its own language and direction, so right-to-left and CJK sources display and break correctly. */
export function SourceText({ text, language, className = "source" }: { text: string | null; language: string; className?: string }) {
  return (
    <span className={className} lang={language} dir={textDirection(language)}>
      {text === null || text === "" ? <em className="no-source">(no source sentence)</em> : text}
    </span>
  );
}
