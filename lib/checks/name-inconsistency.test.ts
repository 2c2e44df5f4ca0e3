import { describe, expect, it } from "vitest";
import { spans } from "./run-one.test-helper";
import { spellingKey } from "./transliteration";

describe("name-inconsistency", () => {
  it("gives the usual romanisations of one name one key", () => {
    const same = [
      ["Sergei", "Sergey"],
      ["Dmitriy", "Dmitry", "Dmitri", "Dmitrii"],
      ["Alexei", "Aleksey", "Alexey", "Aleksei"],
      ["Yevgeny", "Evgeny", "Evgeniy"],
      ["Zakharova", "Zaharova"],
      ["Fyodor", "Fedor"],
      ["Alexander", "Aleksandr"],
      ["Zelensky", "Zelenskyy", "Zelenskiy"],
    ];
    for (const names of same) expect(new Set(names.map(spellingKey)).size, names.join("/")).toBe(1);
    expect(spellingKey("Ivanov")).not.toBe(spellingKey("Ivanova"));
  });

  it("reports the less frequent spelling of a name in the MT alone", () => {
    const doc = ["This was stated by Dmitriy Peskov.", "Later Dmitry Peskov clarified the details.", "Sergei Lavrov arrived.", "Sergey Lavrov spoke.", "Then Sergei Lavrov left.", "Shoigu came.", "He met Shoygu."];
    expect(spans("name-inconsistency", doc)).toEqual([
      [2, "Dmitry"],
      [4, "Sergey"],
      [7, "Shoygu"],
    ]);
  });

  it("pairs spellings through the source name when their keys differ", () => {
    const doc = [
      { source: "Он посетил Киев.", target: "He visited Kiev." },
      { source: "Киев ответил.", target: "Then Kyiv replied." },
    ];
    expect(spans("name-inconsistency", doc)).toEqual([[2, "Kyiv"]]);
  });

  it("takes a sentence's first word for a name when it romanises the source's name", () => {
    const doc = [
      { source: "Зеленский выступил с обращением.", target: "Zelensky addressed the nation." },
      { source: "Зеленский подписал закон.", target: "Zelenskyy signed the law." },
      { source: "Позже он уехал.", target: "Later he left." },
      { source: "Потом он вернулся.", target: "Latter he returned." },
    ];
    expect(spans("name-inconsistency", doc)).toEqual([[2, "Zelenskyy"]]);
  });

  it("leaves different words and sentence openers alone", () => {
    const doc = ["Later the talks resumed.", "Latter points were discussed.", "Ivanov and Ivanova came.", "Russia and Russian diplomats met.", "Putin's aide met Putin."];
    expect(spans("name-inconsistency", doc)).toEqual([]);
  });

  it("takes a man's and a woman's form of one surname, or a first name and its surname (Ivan Ivanov), for two people", () => {
    const doc = [
      { source: "Алексей Навальный был арестован.", target: "Alexei Navalny was arrested." },
      { source: "Навальный заявил о голодовке.", target: "Navalny announced a hunger strike." },
      { source: "Юлия Навальная выступила.", target: "Yulia Navalnaya spoke." },
      { source: "Захаров и Захарова пришли.", target: "Zakharov and Zakharova came." },
      { source: "Иван Иванов пришёл.", target: "Ivan Ivanov came." },
      { source: "Иванов сказал.", target: "Ivanov said." },
      { source: "Иван ушёл.", target: "Ivan left." },
    ];
    expect(spans("name-inconsistency", doc)).toEqual([]);
  });

  it("pairs spellings through the source name in its inflected forms (Харьков, Харькове)", () => {
    const doc = [
      { source: "Он уехал в Харьков.", target: "He left for Kharkiv." },
      { source: "Харьков обстреляли ночью.", target: "Kharkiv was shelled at night." },
      { source: "В Харькове прошли взрывы.", target: "Explosions took place in Kharkov." },
    ];
    expect(spans("name-inconsistency", doc)).toEqual([[3, "Kharkov"]]);
  });
});
