// English function words: a change among them ("the" to "a") is grammar of its own sentence, not a term to carry over.
const FUNCTION_WORDS = new Set(
  `a an the this that these those of in on at to for from by with about into onto over under after before during
   and or but nor so as than then if whether is are was were be been being has have had do does did will would
   shall should can could may might must it its he she they we you i his her their our your my him them us me
   there here which who whom whose what when where why how not no`.split(/\s+/),
);

/** Whether every word of a phrase is a function word ("the", "of the", "in a"). */
export function onlyFunctionWords(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.length > 0 && words.every((word) => FUNCTION_WORDS.has(word));
}
