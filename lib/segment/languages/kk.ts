// Kazakh sentence rules, by hand: "жыл." (year), "т.б." (and so on) and the Russian-style abbreviations.
import { defineLanguage } from "./define";

export const kk = defineLanguage({
  code: "kk",
  abbreviations: `
    ж жыл жж ғ ғғ ғас обл қ көш ауд ауыл млн млрд мың тг теңге проф акад доц мыс т б с бет сурет кесте
    г гг ул пр им др тел каз орыс ағыл
  `,
  nonBreaking: "т.б т.с.с т.е б.з.б б.з.д б.з",
  sentenceStarters: `
    мен сен сіз ол біз сендер сіздер олар бұл сол осы мына ана бірақ және немесе сондықтан содан кейін
    бүгін кеше ертең мұнда онда не кім қайда қашан қалай неге ал егер
  `,
});
