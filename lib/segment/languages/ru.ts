// Russian sentence rules, by hand: no npm segmenter knows "т. е." or "г." (see bench/segment.ts).
import type { LanguageRules } from "../types";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const ru: LanguageRules = {
  code: "ru",
  abbreviations: words(`
    г гг др пр им ул пл пер просп д кв корп стр обл р с ст т е п см рис табл гл акад проф доц ген
    полк подп ред изд англ лат руб коп млн млрд тыс трлн долл ок прим тел напр
    янв фев февр мар апр авг сен сент окт ноя нояб дек
  `),
  nonBreaking: words("т.е т.д т.п т.к т.н т.ч напр см"),
  timeAbbreviations: words(""),
  timeZones: words(""),
  sentenceStarters: words(`
    а в во вчера для его ее её же за и из их к как когда кроме мы на но однако он она они оно по после
    при с сегодня сейчас так также там тогда что это эта этот эти я
  `),
  months: words(`
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    янв фев февр мар апр авг сен сент окт ноя нояб дек
  `),
  weekdays: words("понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс"),
};
