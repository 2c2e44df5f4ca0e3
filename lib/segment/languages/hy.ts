// Armenian sentence rules, by hand: "։" ends a sentence, typed as ASCII ":" as often as not.
import { defineLanguage } from "./define";

export const hy = defineLanguage({
  code: "hy",
  abbreviations: "թ թթ պրն տկն դոկտ պրոֆ էջ հմմտ տե ս",
  extraEnds: ":",
  periodEnds: false,
});
