import { expect, test } from "vitest";
import { segmentCsv } from "./segment-csv";

test("one line per segment, rounded to four decimals, empty cells where nothing is approved yet", () => {
  const csv = segmentCsv([
    { id: 10, order: 1, status: "approved", hter: 100 / 7, chrf: 80.123456, penalty: 5.1, activeMs: 61_500 },
    { id: 11, order: 2, status: "new", hter: null, chrf: null, penalty: 0, activeMs: 0 },
  ]);
  expect(csv).toBe("segment,status,hter,chrf,mqm_penalty,active_seconds\r\n1,approved,14.2857,80.1235,5.1,61.5\r\n2,new,,,0,0\r\n");
});
