import { describe, expect, it } from "vitest";
import { findMentions } from "./number-mentions";
import { findings, spans } from "./run-one.test-helper";

const one = (source: string, target: string) => spans("number-mismatch", [{ source, target }]);

describe("number-mismatch", () => {
  it("accepts percentage points rendered as basis points (1 п.п. = 100 basis points) and back", () => {
    const clean: [string, string][] = [
      ["Ставка выросла на 0,25 п.п.", "The rate rose by 25 basis points."],
      ["ЦБ повысил ставку на 0,5 процентного пункта.", "The central bank raised the rate by 50 bps."],
      ["ЦБ повысил ставку на 1 п. п., до 16%.", "The central bank raised the rate by 100 basis points to 16%."],
      ["ЦБ снизил ставку на 75 базисных пунктов.", "The central bank cut the rate by 0.75 percentage points."],
      ["ЦБ снизил ставку на 75 б.п.", "The central bank cut the rate by 75 basis points."],
      ["Ставка выросла на 0,25 п.п.", "The rate rose by 0.25 percentage points."],
      ["Доходность выросла на 0,25%.", "The yield rose by 25 basis points."],
      ["Доходность выросла на 15 пунктов.", "The yield rose by 15 basis points."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
  });

  it("still reports a wrong conversion between percentage points and basis points", () => {
    expect(one("Ставка выросла на 0,25 п.п.", "The rate rose by 0.25 basis points.")).toEqual([[1, "0.25"]]);
    expect(one("Ставка выросла на 25 п.п.", "The rate rose by 25 basis points.")).toEqual([[1, "25"]]);
    expect(one("Ставка выросла на 0,25 п.п.", "The rate rose by 25 percentage points.")).toEqual([[1, "25"]]);
    expect(one("ЦБ снизил ставку на 75 базисных пунктов.", "The central bank cut the rate by 75 percentage points.")).toEqual([[1, "75"]]);
    expect(one("Ставка выросла на 0,5 п.п.", "The rate rose by 25 basis points.")).toEqual([[1, "25"]]);
  });

  it("accepts the same numbers, dates, times and percentages in either locale's writing", () => {
    const clean: [string, string][] = [
      ["Курс доллара вырос до 92,4 рубля.", "The dollar rate rose to 92.4 roubles."],
      ["Встреча прошла 10 января.", "The meeting took place on January 10."],
      ["Встреча прошла 10 января 2022 года.", "The meeting took place on 10 January 2022."],
      ["Пять человек пострадали.", "5 people were injured."],
      ["Пострадали 5 человек.", "Five people were injured."],
      ["В зале было 300 человек.", "There were three hundred people in the hall."],
      ["Бюджет составил 1 500 000 рублей.", "The budget was 1,500,000 roubles."],
      ["Бюджет составил 3,5 млрд долларов.", "The budget was $3.5 billion."],
      ["Бюджет составил 3,5 млрд долларов.", "The budget was 3,500,000,000 dollars."],
      ["Рейтинг составил 48,9%.", "The rating was 48.9 percent."],
      ["Начало в 15:30.", "The start is at 3:30 p.m."],
      ["Встреча заняла полтора часа.", "The meeting lasted an hour and a half."],
      ["Документ подписан 03.03.2022.", "The document was signed on March 3, 2022."],
      ["Это было в 90-х годах.", "It was in the 1990s."],
      ["В XXI веке всё иначе.", "In the 21st century everything is different."],
      ["Обе стороны договорились.", "The two sides agreed."],
      ["Переговоры прошли 9-10 января в Женеве.", "The talks were held on January 9-10 in Geneva."],
      ["Он выступил на двухчасовой пресс-конференции.", "He spoke at a two-hour press conference."],
      ["Об этом заявил Дмитрий Песков.", "This was stated by Dmitry Peskov."],
      ["За сутки выпало 30 мм осадков.", "In 24 hours, 30 mm of rain fell."],
      ["За сутки выпало 30 мм осадков.", "In one day, 30 mm of rain fell."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
  });

  it("reports a changed number, date, month or time on the MT's number", () => {
    expect(one("Президент подписал указ 3 марта.", "The president signed the decree on March 8.")).toEqual([[1, "8"]]);
    expect(one("Инфляция составила 7,4%.", "Inflation was 74%.")).toEqual([[1, "74"]]);
    expect(one("Это случилось в 2020 году.", "It happened in 2021.")).toEqual([[1, "2021"]]);
    expect(one("Пострадали пять человек.", "6 people were injured.")).toEqual([[1, "6"]]);
    expect(one("Встреча прошла 3 апреля.", "The meeting took place on March 3.")).toEqual([[1, "March"]]);
    expect(one("Начало в 15:30.", "The start is at 5:30 p.m.")).toEqual([[1, "5:30 p.m."]]);
    expect(one("В зале было 300 человек.", "There were three thousand people in the hall.")).toEqual([[1, "three thousand"]]);
    expect(one("Компания заработала 1,2 млрд рублей.", "The company earned 1.2 million roubles.")).toEqual([[1, "1.2 million"]]);
  });

  it("reads a scale word that ends the sentence (\"$120 million.\") as part of its number", () => {
    expect(one("Компания привлекла 12 млн долларов.", "The company raised $120 million.")).toEqual([[1, "120 million"]]);
    expect(one("Ущерб составил 3 млрд рублей.", "The damage amounted to 3 billion.")).toEqual([]);
    expect(one("Ущерб составил 3 млрд рублей.", "The damage amounted to 30 billion.")).toEqual([[1, "30 billion"]]);
  });

  it("leaves a number that is part of a name alone (G20, G7), and reads half of a unit (полпроцента)", () => {
    const clean: [string, string][] = [
      ["Лидеры «Большой двадцатки» встретятся в Индии.", "G20 leaders will meet in India."],
      ["Лидеры «Большой семёрки» ввели санкции.", "The G7 leaders imposed sanctions."],
      ["Саммит G20 пройдёт в сентябре.", "The G20 summit will be held in September."],
      ["Ставка снижена на полпроцента.", "The rate was cut by 0.5%."],
      ["Совещание длилось полчаса.", "The meeting lasted 30 minutes."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
    expect(one("Ставка снижена на полпроцента.", "The rate was cut by 5%.")).toEqual([[1, "5"]]);
    expect(one("Рейс MH17 вылетел из Амстердама.", "Flight MH17 departed from Amsterdam at 12:15.")).toEqual([[1, "12:15"]]);
  });

  it("reads \"в ночь на воскресенье\" as Saturday night too", () => {
    expect(one("Инцидент произошёл в ночь на воскресенье.", "The incident occurred on Saturday night.")).toEqual([]);
    expect(one("Инцидент произошёл в ночь на воскресенье.", "The incident occurred overnight into Sunday.")).toEqual([]);
    expect(one("Инцидент произошёл в ночь на воскресенье.", "The incident occurred on Thursday night.")).toEqual([[1, "Thursday"]]);
    expect(one("Инцидент произошёл в воскресенье.", "The incident occurred on Saturday.")).toEqual([[1, "Saturday"]]);
  });

  it("reports a number the MT adds, and one it drops (on the whole sentence)", () => {
    expect(one("Встреча прошла в Женеве.", "The meeting took place in Geneva on 12 May.")).toEqual([[1, "12"], [1, "May"]]);
    expect(one("Погибли 12 человек.", "People died.")).toEqual([[1, "People died."]]);
  });

  it("reports a minus sign the MT drops, and accepts it written out or as a fall in percent", () => {
    expect(one("Температура опустилась до -15 градусов.", "The temperature dropped to 15 degrees.")).toEqual([[1, "15"]]);
    expect(one("Ночью было −7 градусов.", "At night it was 7 degrees.")).toEqual([[1, "7"]]);
    const clean: [string, string][] = [
      ["Температура опустилась до -15 градусов.", "The temperature dropped to -15 degrees."],
      ["Температура опустилась до -15 градусов.", "The temperature dropped to minus 15 degrees."],
      ["Ночью было минус 7 градусов.", "At night it was −7 degrees."],
      ["Ночью было −7 градусов.", "At night it was 7 degrees below zero."],
      ["Изменение цен составило -2%.", "Prices fell by 2%."],
      ["Переговоры прошли 9-10 января.", "The talks were held on January 9-10."],
      ["Вакцина от COVID-19 одобрена.", "The COVID-19 vaccine was approved."],
      ["Счёт – 2:1.", "The score is 2:1."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
  });

  it("reads one and a half thousand in both languages", () => {
    const clean: [string, string][] = [
      ["Около полутора тысяч человек пришли.", "About 1,500 people came."],
      ["Полторы тысячи человек пришли.", "One and a half thousand people came."],
      ["Около полутора тысяч человек пришли.", "About one and a half thousand people came."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
    expect(one("Около полутора тысяч человек пришли.", "About 2,500 people came.")).toEqual([[1, "2,500"]]);
  });

  it("reports a changed day of the week", () => {
    expect(one("Во вторник, 5 марта, начнутся учения.", "On Thursday, March 5, the exercises will begin.")).toEqual([[1, "Thursday"]]);
    expect(one("В среду президент выступит.", "On Friday the president will speak.")).toEqual([[1, "Friday"]]);
    const clean: [string, string][] = [
      ["В среду президент выступит.", "On Wednesday the president will speak."],
      ["По пятницам музей закрыт.", "The museum is closed on Fridays."],
      ["Окружающая среда страдает.", "The environment suffers."],
      ["Вчера он выступил.", "He spoke on Monday."],
      ["Офис на Пятницкой улице.", "The office is on Pyatnitskaya Street."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
  });

  it("pairs a scaled number with the scaled one, so the finding is on the number that changed", () => {
    expect(one("По данным на 01.02.2023, продано 2 млн единиц.", "As of January 2, 2023, 2 million units were sold.")).toEqual([[1, "January"], [1, "2"]]);
  });

  it("reads a shortened year range, a Russian time with a dot and a fraction", () => {
    const clean: [string, string][] = [
      ["Это произошло в 2022–2023 годах.", "This happened in 2022–23."],
      ["Он вернулся в 20.00.", "He returned at 8 p.m."],
      ["Он вернулся в 20.00.", "He returned at 8:00 p.m."],
      ["Доходы сократились на 2/3.", "Revenue fell by two-thirds."],
      ["Доходы сократились на 2/3.", "Revenue fell by 2/3."],
      ["Цена выросла на 20.5 процента.", "The price rose by 20.5 percent."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
    expect(one("Это произошло в 2022–2023 годах.", "This happened in 2022–24.")).toEqual([[1, "24"]]);
    expect(one("Он вернулся в 20.00.", "He returned at 9:00 p.m.")).toEqual([[1, "9:00 p.m."]]);
    expect(one("Доходы сократились на 2/3.", "Revenue fell by 3/4.")).toEqual([[1, "3/4"]]);
  });

  it("reads multiples and fractions written as words (в 2 раза as doubled, 1/4 as a quarter)", () => {
    const clean: [string, string][] = [
      ["Цены выросли в 2 раза.", "Prices doubled."],
      ["Цены выросли в 2 раза.", "Prices rose twofold."],
      ["Цены выросли в 2 раза.", "Prices rose twice."],
      ["Цены выросли в 3 раза.", "Prices tripled."],
      ["Он купил 1/4 акций.", "He bought a quarter of the shares."],
      ["Он купил 2/3 акций.", "He bought two thirds of the shares."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
    expect(one("Цены выросли в 3 раза.", "Prices doubled.")).toEqual([[1, "doubled"]]);
    expect(one("Цены удвоились.", "Prices doubled.")).toEqual([]);
  });

  it("reports a Russian decimal comma left in an English MT (\"2,3%\"), and reads its value", () => {
    expect(one("Акции подорожали на 2,3%.", "Shares rose by 2,3%.")).toEqual([[1, "2,3"]]);
    expect(one("Курс составил 91,55 рубля.", "The rate was 91,55 roubles.")).toEqual([[1, "91,55"]]);
    expect(one("Акции подорожали на 2,3%.", "Shares rose by 2,4%.")).toEqual([[1, "2,4"]]);
    expect(findings("number-mismatch", [{ source: "Акции подорожали на 2,3%.", target: "Shares rose by 2,3%." }])[0].message).toBe('"2,3" has a decimal comma: English writes "2.3".');
    const clean: [string, string][] = [
      ["Выручка составила 2 300 рублей.", "Revenue was 2,300 roubles."],
      ["В 2019 году 20 человек пострадали.", "In 2019, 20 people were injured."],
      ["Акции подорожали на 2,3%.", "Shares rose by 2.3%."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
  });

  it("reads an hour with a.m./p.m. or утра/вечера as a time", () => {
    const clean: [string, string][] = [
      ["Встреча назначена на 18:00.", "The meeting is scheduled for 6 p.m."],
      ["Встреча назначена на 18:00.", "The meeting is scheduled for 6pm."],
      ["Пожар потушили к 6 утра.", "The fire was extinguished by 6 a.m."],
      ["Пожар начался в 10 вечера.", "The fire started at 10 p.m."],
      ["Пожар начался в 10 вечера.", "The fire started at 22:00."],
      ["Пожар начался в 2 часа ночи.", "The fire started at 2 a.m."],
      ["Совещание началось в 9 утра.", "The meeting began at 9:00."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
    expect(one("Встреча назначена на 18:00.", "The meeting is scheduled for 8 p.m.")).toEqual([[1, "8 p.m."]]);
    expect(one("Пожар начался в 10 вечера.", "The fire started at 10 a.m.")).toEqual([[1, "10 a.m."]]);
  });

  it("applies a range's scale to both its ends (от 50 до 100 тыс.)", () => {
    const clean: [string, string][] = [
      ["Штраф составит от 50 до 100 тыс. рублей.", "The fine will range from 50,000 to 100,000 rubles."],
      ["Штраф составит от 50 до 100 тыс. рублей.", "The fine will be 50-100 thousand rubles."],
      ["Штраф составит 50–100 тыс. рублей.", "The fine will range from 50,000 to 100,000 rubles."],
    ];
    for (const [source, target] of clean) expect(one(source, target), target).toEqual([]);
    expect(one("Штраф составит от 50 до 100 тыс. рублей.", "The fine will range from 5,000 to 100,000 rubles.")).toEqual([[1, "5,000"]]);
  });

  it("needs a source", () => {
    expect(spans("number-mismatch", ["The president signed the decree on March 8."])).toEqual([]);
  });

  it("reads thousands separators by language", () => {
    expect(findMentions("1,000 and 2.5", "en").map((m) => m.values[0])).toEqual([1000, 2.5]);
    expect(findMentions("1 000 и 2,5", "ru").map((m) => m.values[0])).toEqual([1000, 2.5]);
  });
});
