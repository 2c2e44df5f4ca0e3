import { describe, expect, test } from "vitest";
import { parseTmx } from "./tmx-parse";

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ru" segtype="sentence" datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body>
  <tu tuid="s1" creationdate="20261129T101500Z" changedate="20261130T080000Z">
    <tuv xml:lang="ru"><seg>Встреча <bpt i="1">&lt;b&gt;</bpt>продлилась<ept i="1">&lt;/b&gt;</ept> полтора часа.</seg></tuv>
    <tuv xml:lang="en-x-mt"><seg>The meeting borrowed an hour and a half.</seg></tuv>
    <tuv xml:lang="en"><seg>The meeting lasted an hour &amp; a half.</seg></tuv>
  </tu>
  <tu><tuv xml:lang="ru"><seg>Только источник.</seg></tuv></tu>
</body></tmx>`;

describe("parseTmx", () => {
  test("reads the pairs with ids and dates, leaves out native codes and units without a target, prefers a plain target language", () => {
    expect(parseTmx(TMX)).toEqual({
      sourceLang: "ru",
      targetLang: "en",
      units: [{ id: "s1", source: "Встреча продлилась полтора часа.", target: "The meeting lasted an hour & a half.", creationDate: new Date("2026-11-29T10:15:00Z"), changeDate: new Date("2026-11-30T08:00:00Z") }],
    });
  });

  test("refuses a DOCTYPE (no entity is expanded), malformed XML, another root and an empty file", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx version="1.4"><body/></tmx>`;
    expect(() => parseTmx(bomb)).toThrow(/DOCTYPE/);
    expect(() => parseTmx("<tmx><body><tu></body></tmx>")).toThrow(/not well-formed/);
    expect(() => parseTmx("<xliff/>")).toThrow(/not a TMX file/);
    expect(() => parseTmx("")).toThrow(/empty/);
  });
});
