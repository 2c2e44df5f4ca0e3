import { expect, test } from "vitest";
import { textDirection } from "./text-direction";

test("right-to-left languages and scripts", () => {
  expect(["ar", "he", "fa-IR", "ur", "yi", "az-Arab", "ku-Arab"].map(textDirection)).toEqual(Array(7).fill("rtl"));
  expect(["ru", "en-GB", "zh-Hant", "ja", "ko", "uz-Latn", "sr-Cyrl", "az"].map(textDirection)).toEqual(Array(8).fill("ltr"));
});
