import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseGlossaryCsv, parseGlossaryTbx } from "@/lib/formats/glossary-read";
import { spans } from "./run-one.test-helper";

const MINFIN = parseGlossaryCsv("source,target,forbidden,note\nМинфин,Finance Ministry,Minfin|Ministry of Finances,Russia's\n");

describe("glossary", () => {
  it("accepts the preferred target in any inflected form of source and target", () => {
    const doc = [
      { source: "Глава Минфина выступил.", target: "The head of the Finance Ministry spoke." },
      { source: "Он говорил с Минфином.", target: "He spoke with the Finance Ministry's staff." },
    ];
    expect(spans("glossary", doc, { glossary: MINFIN })).toEqual([]);
  });

  it("finds a Russian name's term in its inflected forms, which the stemmer cuts apart", () => {
    const LAVROV = parseGlossaryCsv("source,target\nСергей Лавров,Sergey Lavrov\n");
    const doc = [
      { source: "Встреча Сергея Лаврова и Энтони Блинкена прошла в Женеве.", target: "The meeting of the minister and Antony Blinken took place in Geneva." },
      { source: "С Сергеем Лавровым говорил Блинкен.", target: "Blinken spoke with Sergey Lavrov." },
    ];
    expect(spans("glossary", doc, { glossary: LAVROV })).toEqual([[1, "The meeting of the minister and Antony Blinken took place in Geneva."]]);
  });

  it("does not report the preferred target as a forbidden one that differs from it only by an ending or contains it", () => {
    const BANK = parseGlossaryCsv("source,preferred,forbidden\nЦентральный банк,Central Bank,Centrobank;Central Banking\nГосударственная дума,State Duma,Duma\n");
    const doc = [
      { source: "Центральный банк повысил ставку.", target: "The Central Bank raised the rate." },
      { source: "Решение Центрального банка удивило рынок.", target: "The Central Bank's decision surprised the market." },
      { source: "Депутаты Государственной думы проголосовали.", target: "Deputies of the State Duma voted." },
      { source: "Центральный банк повысил ставку.", target: "Central Banking raised the rate." },
      { source: "Депутаты Государственной думы проголосовали.", target: "Duma deputies voted." },
    ];
    expect(spans("glossary", doc, { glossary: BANK })).toEqual([[4, "Central Banking"], [5, "Duma"]]);
  });

  it("reports the rendering used instead of the preferred target", () => {
    const doc = [
      { source: "Представитель Минфина отказался от комментариев.", target: "A representative of the Ministry of Finance declined to comment." },
      { source: "Глава Минфина выступил.", target: "The head of the Минфин spoke." },
      { source: "Глава Минфина выступил.", target: "The head of the Minfin spoke." },
      { source: "Глава Минфина выступил.", target: "The minister spoke." },
    ];
    expect(spans("glossary", doc, { glossary: MINFIN })).toEqual([
      [1, "Ministry of Finance"],
      [2, "Минфин"],
      [3, "Minfin"],
      [4, "The minister spoke."],
    ]);
  });

  it("matches посол in its forms (посла, послом) but not после or послезавтра", () => {
    const AMBASSADOR = parseGlossaryCsv("source,target\nпосол,ambassador\n");
    const doc = [
      { source: "После встречи он уехал.", target: "After the meeting he left." },
      { source: "Послезавтра он уедет.", target: "The day after tomorrow he will leave." },
      { source: "Посол России выступил.", target: "The Russian ambassador spoke." },
      { source: "Встреча с послом прошла.", target: "The meeting with the envoy took place." },
      { source: "МИД вызвал посла.", target: "The Foreign Ministry summoned the envoy." },
      { source: "После встречи посол уехал.", target: "After the meeting the envoy left." },
    ];
    expect(spans("glossary", doc, { glossary: AMBASSADOR }).map(([segment]) => segment)).toEqual([4, 5, 6]);
  });

  it("reports a forbidden target, also without a source", () => {
    expect(spans("glossary", ["The Ministry of Finances said no."], { glossary: MINFIN })).toEqual([[1, "Ministry of Finances"]]);
  });
});

describe("glossary files", () => {
  it("reads CSV with or without a header, forbidden targets split on | or ;", () => {
    expect(parseGlossaryCsv('Минфин,Finance Ministry,"Minfin; Ministry of Finances",note')).toEqual([
      { source: "Минфин", preferred: "Finance Ministry", forbidden: ["Minfin", "Ministry of Finances"], note: "note" },
    ]);
    expect(MINFIN[0]).toEqual({ source: "Минфин", preferred: "Finance Ministry", forbidden: ["Minfin", "Ministry of Finances"], note: "Russia's" });
  });

  it("reads TBX-Basic, preferred and deprecated terms by their status", () => {
    const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
  <termEntry id="1"><descrip type="definition">The Russian finance ministry</descrip>
    <langSet xml:lang="ru"><tig><term>Минфин</term></tig></langSet>
    <langSet xml:lang="en-GB">
      <tig><term>Ministry of Finances</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      <tig><term>Finance Ministry</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    </langSet>
  </termEntry>
</body></text></martif>`;
    expect(parseGlossaryTbx(tbx, "ru", "en")).toEqual([
      { source: "Минфин", preferred: "Finance Ministry", forbidden: ["Ministry of Finances"], note: "The Russian finance ministry" },
    ]);
  });

  it("reads TBX 3 (conceptEntry, termSec) with namespaces", () => {
    const tbx = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
  <conceptEntry id="c1"><langSec xml:lang="ru"><termSec><term>Госдума</term></termSec></langSec>
    <langSec xml:lang="en"><termSec><term>State Duma</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      <termSec><term>State Thought</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>`;
    expect(parseGlossaryTbx(tbx, "ru", "en")).toEqual([{ source: "Госдума", preferred: "State Duma", forbidden: ["State Thought"] }]);
  });

  it("refuses malformed, empty and DTD-bearing files with one clear message", () => {
    const bad = [
      () => parseGlossaryCsv(""),
      () => parseGlossaryCsv("source,target\n"),
      () => parseGlossaryCsv('Минфин,"Finance Ministry\n'),
      () => parseGlossaryCsv("Минфин\n"),
      () => parseGlossaryTbx("<martif><text>", "ru", "en"),
      () => parseGlossaryTbx('<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif>&x;</martif>', "ru", "en"),
      () => parseGlossaryTbx("<martif><text><body></body></text></martif>", "ru", "en"),
    ];
    for (const read of bad) expect(read).toThrow(AppError);
    expect(() => parseGlossaryTbx('<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd"><martif/>', "ru", "en")).toThrow(/DOCTYPE/);
  });
});
