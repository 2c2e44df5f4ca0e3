import { expect, test } from "vitest";
import { splitPoints } from "./split-points";

test("a sentence splits where a word starts after a space", () => {
  expect(splitPoints("Lavrov spoke. Blinken left.").map((p) => p.at)).toEqual([7, 14, 22]);
});

test("a Chinese or Japanese sentence, without spaces, splits after its own punctuation", () => {
  const text = "会谈结束了，双方离开。";
  expect(splitPoints(text).map((p) => text.slice(p.at))).toEqual(["双方离开。"]);
  expect(splitPoints("会谈结束了")).toEqual([]);
});
