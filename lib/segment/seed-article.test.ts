import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentText } from "./index";
import type { BlockKind } from "./types";

const seed = readFileSync(new URL("../../prisma/seed-article.txt", import.meta.url), "utf8");

/** Every block and sentence of the seed article, as an editor should see them. */
const EXPECTED: Array<[BlockKind, string[]]> = [
  ["title", [
    "Different dreams in one Geneva | Latest news The Moscow Post",
  ]],
  ["dateline", [
    "05 December 2023",
  ]],
  ["heading", [
    "Different dreams in one Geneva",
  ]],
  ["paragraph", [
    "In Geneva at the initiative of the American side there took place the meeting of the Russian foreign minister Sergei Lavrov and the U.S. Secretary of State Anthony Blinken.",
  ]],
  ["paragraph", [
    "Diplomats discussed security guarantees in Europe, NATO and Ukraine.",
    "The meeting borrowed an hour and a half and took place in Prezident hotel which is considered the special place for negotiations, the correspondent of The Moscow Post tells.",
  ]],
  ["paragraph", [
    "In the middle of December, 2021 Russia sent to the USA and NATO drafts of arrangements on guarantees of the safety.",
    "I suggested alliance to stop expansion on the East and not to conduct military activity in Ukraine.",
    "Negotiations on this occasion on a bilateral basis took place on January 9-10 in Geneva.",
    "Documents also discussed on January 12 in Brussels within the NATO-Russia Council.",
    "Meetings ended without concrete results.",
  ]],
  ["heading", [
    "What was before a meeting in Prezident hotel",
  ]],
  ["paragraph", [
    "The Russian Foreign Ministry spokesperson Maria Zakharova explained that on January 21 at Lavrov and Blinken's negotiations in Geneva \"Subject discussion of two drafts of fundamental documents introduced by Russia on December 15, 2021 is necessary: Contracts between the Russian Federation and USA on guarantees of security and Agreement on security measures of the Russian Federation and member states of the North Atlantic Treaty Organization\".",
  ]],
  ["paragraph", [
    "The day before, on January 20 I took place two-hour press conferences of the U.S. President Joe Biden.",
    "He devoted to Russia and Ukraine a considerable part of the action dated for anniversary of his taking office.",
    "Once again I warned Russia against invasion to Ukraine, having threatened with catastrophic consequences for the Russian economy.",
    "After the performance it was necessary to explain what was meant by Biden when he argued on what can be alleged invasion.",
    "Later the White House explained that any step of the Russian military to Ukraine will cause tough reaction.",
  ]],
  ["paragraph", [
    "\"We don't intend to take any aggressive actions.",
    "We don't intend to attack, attack or interfere to Ukraine\", - the Russian Deputy Foreign Minister Sergei Ryabkov on a discussion in Valdai club a day before Biden's performance told.",
    "Russia demands guarantees of not expansion of NATO for the East and states that the West wants to use Ukraine as the base that creates threat to security.",
  ]],
  ["paragraph", [
    "Washington goes on about threat of the Russian invasion since last fall.",
    "Level of popularity of Biden for the first year of board was 48.9% – it is lower than indicators for the same period of all American leaders, except for Donald Trump.",
    "In a year Biden's rating fell almost by ten points.",
  ]],
  ["paragraph", [
    "It is possible to claim that the deliberate concern on safety of Ukraine and the infinite cautions directed to the address of Russia concerning threat of her \"invasion\" are assumed by the West as a basis of his consolidated negotiation position completely not to lose an initiative in dialogue with Moscow.",
  ]],
  ["paragraph", [
    "Sergei Lavrov said that Russia doesn't exclude that the hysterics of the West around Ukraine is directed to covering the line of Kiev on sabotage of the Minsk agreements.",
  ]],
  ["heading", [
    "Position of the USA",
  ]],
  ["paragraph", [
    "Anthony Blinken at the beginning of the meeting said that the USA counts on peaceful solution of problems with Moscow.",
    "I added that big results from a meeting doesn't expect.",
  ]],
  ["paragraph", [
    "\"We don't expect that we will be able to allow our disagreements today.",
    "But I hope and I expect what we will understand today whether still dialogue and a diplomatic way for peaceful solution is possible\", - Blinken told.",
    "He said that negotiations - one more attempt to achieve de-escalation and prevention of the Russian invasion to Ukraine.",
  ]],
  ["paragraph", [
    "\"These negotiations - a part of ongoing efforts on decrease in tension and on prevention of further aggression of the Russian Federation against Ukraine.",
    "Here I arrived after consultations with allies and partners, I visited Kiev - it is a part of efforts too.",
    "We support close coordination with all our allies and partners who share our concern.",
    "All of us are equally interested in a diplomatic way and dialogue, in trying to solve our disagreements\", - Blinken told.",
  ]],
  ["paragraph", [
    "At the same time, according to him if diplomatic efforts fail and \"Russia will decide to take aggressive actions against Ukraine\", then the USA and their partners is ready to give \"prompt joint reply with serious consequences\" for Moscow.",
  ]],
  ["paragraph", [
    "Blinken added that he during the meeting intended to inform the Russian Foreign Minister of \"common position\" of the USA and allies and also \"specific proposals concerning a part of problems about which Russia is concerned\".",
    "\"There came the critical moment, - the Secretary of State said.",
    "- We don't expect that we will be able to settle all our issues today, but I hope and I expect that we will be able to establish whether remains the way of diplomacy and dialogue is open.",
    "We are committed to follow on this way and to settle our issues peaceful manner\".",
  ]],
  ["heading", [
    "Position of Russia",
  ]],
  ["paragraph", [
    "Sergey Lavrov replied that he was also not waiting for breakthroughs, but Moscow was awaiting answers from the American side on security guarantees.",
    "Following the talks, he said that Anthony Blinken promised to convey Washington's written reaction to the proposals of the Russian Federation on security guarantees next week.",
  ]],
  ["paragraph", [
    "\"The meeting was intermediate.",
    "Anthony Blinken told me that he is satisfied with the exchange of views that took place, which will help them to present a written reaction to us next week, \"Lavrov said at a press conference.",
    "According to the Russian Foreign Minister, during the negotiations, Blinken largely repeated the arguments that US and NATO officials had previously cited on the expansion of the North Atlantic bloc.",
  ]],
  ["paragraph", [
    "\"Today we have heard, of course, some repetitions of arguments about the freedom of choice of alliances, military alliances, but we have cited a number of documents in which this freedom of choice of alliances is due to the need to avoid any steps that will strengthen the security of one state at the expense of the security of other states.",
    "They asked Blinken and his team to explain to us how they interpret this part of those commitments that were adopted at the political level in the OSCE and repeatedly confirmed in the OSCE, \"the head of the Russian diplomatic department added.",
  ]],
  ["paragraph", [
    "Russian Foreign Minister Sergei Lavrov, commenting on the results of the consultations, noted that the West is \"quite tough and intransigent,\" but Blinken stated it \"calmly and in a business way.\"",
    "According to him, the negotiations, despite uncompromising, were business, which allows us to count on the prospect of their reflection.",
    "Lavrov confirmed that Moscow is awaiting written answers from the United States and NATO to Russia's proposals.",
  ]],
  ["paragraph", [
    "Earlier, the Russian minister said that \"One of the pillars of our initiatives is deliberately formulated extremely clearly and does not allow any dual interpretations.",
    "We are talking about the withdrawal of foreign forces, equipment and weapons and other steps with the aim of returning to the configuration as of 1997 in the territory of countries that were not members of NATO on this date.",
    "These include Bulgaria and Romania. \"",
  ]],
  ["paragraph", [
    "If the United States and NATO reject Russia's proposals for security guarantees, Moscow's answer may be completely different, depending on the final decision of President Vladimir Putin, - Sergey Lavrov, answering a journalist's question.",
  ]],
  ["paragraph", [
    "\"I can't add anything to what President (Russian Vladimir) Putin said...",
    "He was asked directly: what can be the answer if Russia's proposals for security guarantees are rejected.",
    "And he said literally the following: the answer can be very different, it depends on the proposals that our Russian military and experts will make to him, the President of Russia.",
    "Point, \"the minister said at a press conference.",
  ]],
  ["paragraph", [
    "According to the results of the negotiations, according to Lavrov, Russia expects that the emotions from the United States will decrease.",
    "Blinken agreed that dialogue should be more reasonable.",
    "The Russian Foreign Minister also noted that the United States tried to express its concern about the alleged likelihood of a Russian attack on Ukraine, while the Russian side noted that the entire problem of the European security architecture should not be reduced to this issue.",
    "Lavrov once again emphasized that Russia is not going to attack anyone.",
  ]],
  ["paragraph", [
    "As can be understood from the statements of the Russian Foreign Minister, the interpretation of the \"principle of indivisibility of security\" as it was agreed at the highest level within the OSCE has become the main stumbling block in the negotiations.",
    "When Russia receives US answers, including their attitude to the \"principle of indivisibility of security,\" a new contact is planned at the level of foreign ministers.",
  ]],
  ["heading", [
    "How to understand the behavior of the United States?",
  ]],
  ["paragraph", [
    "The author of the Polish edition of Onet, Witold Jurash, believes that there are at least three scenarios for the development of the situation between Russia and Ukraine.",
    "According to one of them, Poland could become \"the new West Germany in the new Cold War - a front-line state under the special protection of the West.\"",
  ]],
  ["paragraph", [
    "It should be noted in this regard that Ukraine with the current policy of the Kiev elite practically repeats the Polish model of behavior, appropriating the role of an irritant in relations between the West and Moscow.",
  ]],
  ["paragraph", [
    "Ukraine can help Joe Biden maintain the appearance of a balance of demands and fears in negotiations with Russia, and act as a trump card.",
    "Hence the unprecedented political in the framework of NATO and propaganda based on all leading media, the campaign under the slogan of \"invasion\" of Russia in Ukraine.",
    "Hence the requirements for Moscow to reduce tension on the borders of Ukraine, \"withdraw troops,\" to prove this readiness to search for diplomatic solutions on other issues.",
  ]],
  ["paragraph", [
    "There is a desire to represent the United States and NATO, the entire West, as a force to \"stop\" Russia, to save the territorial integrity of Ukraine within its current borders.",
    "Allegedly, Biden and his team of negotiators, \"defending\" Ukraine from Russian aggression, is able to keep the Kremlin tense and will certainly become the savior of democracy.",
  ]],
  ["paragraph", [
    "In recent days, the activity of the White House in this direction has been especially impressive.",
    "Spokesman Jen Psaki on January 19 made a statement that \"President Biden made it clear to the President of Russia: if any Russian armed forces cross the border with Ukraine, this will be a new invasion, and it will be met with a quick, harsh and unified response from the United States and allies.\"",
  ]],
  ["paragraph", [
    "The defense of \"democratic\" Ukraine is designed to be Biden's first victory!",
    "In second place should be his ability to confront the Russian President himself.",
    "In third place in the list of achievements of the White House may be concern for the security of US European allies in the NATO bloc.",
  ]],
  ["paragraph", [
    "Note that the security of the United States itself is not yet discussed.",
    "And Russia is waiting for the decryption of the \"principle of indivisibility of security\" in its American understanding.",
  ]],
  ["footer", [
    "Subscribe to our channels YANDEX.ZEN, PULSE, GOOGLE NEWS",
  ]],
];

describe("seed article: Different dreams in one Geneva", () => {
  const result = segmentText(seed, { language: "en" });

  it("rebuilds the text byte for byte", () => {
    expect(result.leading + result.blocks.map((b) => seed.slice(b.start, b.end) + b.separator).join("")).toBe(seed);
  });

  it("finds every block kind and sentence boundary", () => {
    expect(result.blocks.map((b) => [b.kind, b.segments.map((s) => s.text)])).toEqual(EXPECTED);
  });

  it("keeps MT quirks inside their sentences", () => {
    const sentences = result.blocks.flatMap((b) => b.segments.map((s) => s.text));
    expect(sentences).toContain('These include Bulgaria and Romania. "');
    expect(sentences.some((s) => s.startsWith("- We don't expect"))).toBe(true);
    expect(sentences.some((s) => s.endsWith('possible", - Blinken told.'))).toBe(true);
    expect(sentences.some((s) => s.includes("48.9%"))).toBe(true);
    expect(sentences.filter((s) => /U\.S\. (Secretary|President)/.test(s))).toHaveLength(2);
  });
});
