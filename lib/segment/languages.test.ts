import { describe, expect, it } from "vitest";
import { getLanguageRules, hasLanguageRules, splitSentences } from "./index";

const split = (text: string, language: string) => splitSentences(text, language).map((s) => text.slice(s.start, s.end));

// Sentences written for these tests, not taken from the golden files: each checks one rule of one script.
const CASES: Array<[string, string, string, string[]]> = [
  ["zh", "full-width ends need no space", "今天天气很好。我们去公园吧！你来吗？", ["今天天气很好。", "我们去公园吧！", "你来吗？"]],
  ["zh", "a closing bracket stays with its sentence", "他说：「我明天不来。」然后就走了。", ["他说：「我明天不来。」", "然后就走了。"]],
  ["zh", "a title in 《》 keeps its exclamation mark", "我读了《活着！》这本书。很好看。", ["我读了《活着！》这本书。", "很好看。"]],
  ["ja", "a quotation followed by a particle goes on", "「こんにちは。」と彼は言った。元気ですか？", ["「こんにちは。」と彼は言った。", "元気ですか？"]],
  ["ru", "a unit after a number, then a capitalised word", "Это стоит 5 руб. 50 коп. Дорого!", ["Это стоит 5 руб. 50 коп.", "Дорого!"]],
  ["da", "a time before a capitalised word", "Mødet er kl. 10. Kom til tiden.", ["Mødet er kl. 10.", "Kom til tiden."]],
  ["de", "a capitalised noun after a unit goes on", "Das kostet ca. 10 Mio. Euro. Das ist viel.", ["Das kostet ca. 10 Mio. Euro.", "Das ist viel."]],
  ["ja", "Japanese full stops", "東京に行きました。とても楽しかったです。", ["東京に行きました。", "とても楽しかったです。"]],
  ["hi", "the danda", "मैं घर जा रहा हूँ। तुम कहाँ हो? कल मिलेंगे।", ["मैं घर जा रहा हूँ।", "तुम कहाँ हो?", "कल मिलेंगे।"]],
  ["mr", "the danda with no space", "आज पाऊस आहे।उद्या ऊन असेल।", ["आज पाऊस आहे।", "उद्या ऊन असेल।"]],
  ["ur", "the Urdu full stop and question mark", "آپ کیسے ہیں؟ میں ٹھیک ہوں۔ شکریہ۔", ["آپ کیسے ہیں؟", "میں ٹھیک ہوں۔", "شکریہ۔"]],
  ["fa", "a period and the Arabic question mark", "او به مدرسه رفت. چرا دیر کردی؟ نمی‌دانم.", ["او به مدرسه رفت.", "چرا دیر کردی؟", "نمی‌دانم."]],
  ["am", "Ethiopic full stop and question mark", "ሰላም ነው።ስምህ ማን ነው፧ደህና ሁን።", ["ሰላም ነው።", "ስምህ ማን ነው፧", "ደህና ሁን።"]],
  ["my", "the Burmese section mark", "ကျွန်တော်စာအုပ်ဖတ်နေတယ်။သူကအိမ်ပြန်သွားပြီ။", ["ကျွန်တော်စာအုပ်ဖတ်နေတယ်။", "သူကအိမ်ပြန်သွားပြီ။"]],
  ["hy", "the Armenian full stop, as ։ or :", "Ես տուն եմ գնում։ Դու որտե՞ղ ես: Վաղը կհանդիպենք:", ["Ես տուն եմ գնում։", "Դու որտե՞ղ ես:", "Վաղը կհանդիպենք:"]],
  ["hy", "a clock time is no sentence end", "Հանդիպումը ժամը 10:30-ին է: Արի շուտ:", ["Հանդիպումը ժամը 10:30-ին է:", "Արի շուտ:"]],
  ["hy", "the Armenian period is a colon-like mark, not an end", "Նա ասաց. «Ես կգամ»: Բայց չեկավ:", ["Նա ասաց. «Ես կգամ»:", "Բայց չեկավ:"]],
  ["el", "the Greek question mark", "Πού πας; Στο σπίτι. Θα έρθεις αύριο;", ["Πού πας;", "Στο σπίτι.", "Θα έρθεις αύριο;"]],
  ["el", "π.χ. does not end a sentence", "Φέρε φρούτα, π.χ. Μήλα και αχλάδια. Ευχαριστώ.", ["Φέρε φρούτα, π.χ. Μήλα και αχλάδια.", "Ευχαριστώ."]],
  ["ru", "a quotation splits as English MT does, for alignment", "«Я устал. Пойду домой», — сказал он. Все молчали.", ["«Я устал.", "Пойду домой», — сказал он.", "Все молчали."]],
  ["sk", "a quotation stays whole", "„Som unavený. Idem domov,“ povedal. Všetci mlčali.", ["„Som unavený. Idem domov,“ povedal.", "Všetci mlčali."]],
  ["ru", "пос. before a place name", "Мы приехали в пос. Первомайский вечером. Там было тихо.", ["Мы приехали в пос. Первомайский вечером.", "Там было тихо."]],
  ["bg", "Bulgarian abbreviations", "Срещата е на ул. Раковски в 10 ч. Ще дойдеш ли?", ["Срещата е на ул. Раковски в 10 ч.", "Ще дойдеш ли?"]],
  ["kk", "жыл. before a number sign", "Заң 2015 жыл. № 12 болып қабылданды. Ол күшіне енді.", ["Заң 2015 жыл. № 12 болып қабылданды.", "Ол күшіне енді."]],
  ["de", "an ordinal before a month and a name", "Am 3. Oktober feiern wir. Prof. Weber spricht am 1. Mai. Das ist neu.", ["Am 3. Oktober feiern wir.", "Prof. Weber spricht am 1. Mai.", "Das ist neu."]],
  ["de", "German quotation marks close a sentence", "Sie sagte: „Ich komme morgen.“ Dann ging sie.", ["Sie sagte: „Ich komme morgen.“", "Dann ging sie."]],
  ["de", "a street abbreviated in a compound", "Er wohnt in der Hauptstr. 5. Sie wohnt nebenan.", ["Er wohnt in der Hauptstr. 5.", "Sie wohnt nebenan."]],
  ["de", "z. B. and bzw. go on", "Wir brauchen z. B. Milch bzw. Käse. Danke.", ["Wir brauchen z. B. Milch bzw. Käse.", "Danke."]],
  ["da", "a title before a name", "Vi mødte Dr. Hansen i går. Han var glad.", ["Vi mødte Dr. Hansen i går.", "Han var glad."]],
  ["nl", "a number can start a sentence", "Het project duurde lang. 42 mensen werkten eraan.", ["Het project duurde lang.", "42 mensen werkten eraan."]],
  ["nl", "bijv. goes on", "Neem fruit mee, bijv. Appels of peren. Tot straks.", ["Neem fruit mee, bijv. Appels of peren.", "Tot straks."]],
  ["fr", "M. and Mme before names", "M. Dupont et Mme Martin sont arrivés. Ils sont fatigués.", ["M. Dupont et Mme Martin sont arrivés.", "Ils sont fatigués."]],
  ["fr", "French guillemets with spaces", "Il a dit : « Je pars. Adieu. » Puis il est parti.", ["Il a dit : « Je pars. Adieu. »", "Puis il est parti."]],
  ["it", "an abbreviation after an elided article", "Ho parlato con l'Arch. Rossi ieri. Era contento.", ["Ho parlato con l'Arch. Rossi ieri.", "Era contento."]],
  ["es", "Spanish titles and inverted marks", "¿Vino la Dra. Gómez? ¡Sí! Llegó con el Sr. Pérez.", ["¿Vino la Dra. Gómez?", "¡Sí!", "Llegó con el Sr. Pérez."]],
  ["es", "art. and núm. before numbers", "Lea el art. 5 y el núm. 3 del anexo. Después firme.", ["Lea el art. 5 y el núm. 3 del anexo.", "Después firme."]],
  ["pt", "Portuguese titles and p. ex.", "A Dra. Silva comprou frutas, p. ex. Maçãs e peras. O Sr. Costa não veio.", ["A Dra. Silva comprou frutas, p. ex. Maçãs e peras.", "O Sr. Costa não veio."]],
  ["pl", "np. and a Roman ordinal", "W XIX w. Polska nie istniała, np. Warszawa była pod zaborem. To smutne.", ["W XIX w. Polska nie istniała, np. Warszawa była pod zaborem.", "To smutne."]],
  ["sk", "an ordinal date and a company form", "Firma ABC s. r. o. vznikla 5. Mája 2019. Je úspešná.", ["Firma ABC s. r. o. vznikla 5. Mája 2019.", "Je úspešná."]],
];

describe("sentence rules per language and script", () => {
  it.each(CASES)("%s: %s", (language, _rule, text, expected) => {
    expect(split(text, language)).toEqual(expected);
  });

  it("chooses rules by a BCP 47 tag's primary subtag, English when it knows none", () => {
    expect(getLanguageRules("pt-BR").code).toBe("pt");
    expect(getLanguageRules("sw").code).toBe("en");
    expect(getLanguageRules("de-AT").code).toBe("de");
    expect(getLanguageRules(" ZH_hant ").code).toBe("zh");
    expect(hasLanguageRules("es-419")).toBe(true);
    expect(hasLanguageRules("xx")).toBe(false);
  });

  it("keeps English's editing convention: each sentence of a quotation is a segment", () => {
    expect(split("\"We will stay. We will win,\" he said.", "en")).toEqual(["\"We will stay.", "We will win,\" he said."]);
    expect(split("\"We will stay. We will win,\" he said.", "es")).toEqual(["\"We will stay. We will win,\" he said."]);
  });
});
