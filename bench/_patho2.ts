import { segmentText } from "../lib/segment/index";
import { pathologicalLanguageTexts, pathologicalTexts } from "../lib/segment/fixtures/news-text";
for (let r = 0; r < 2; r++) {
for (const [name, text] of Object.entries(pathologicalTexts(1_000_000))) { const s = performance.now(); segmentText(text); console.log("en", name, (performance.now() - s).toFixed(0), "ms"); }
for (const [name, [language, text]] of Object.entries(pathologicalLanguageTexts(1_000_000))) { const s = performance.now(); const r = segmentText(text, { language }); console.log(language, name, (performance.now() - s).toFixed(0), "ms"); }
}
