export const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

// With --expose-gc (as npm run bench:export starts it), garbage left by one run is not collected inside the next.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Median ms of `run` per document. Sizes take turns, so a busy machine slows both alike and the ratio stays honest;
 * round -1 warms up the JIT and PostgreSQL's caches.
 */
export async function timeInTurns(run: (documentId: number) => Promise<unknown>, documentIds: number[], runs: number): Promise<number[]> {
  const samples = documentIds.map(() => [] as number[]);
  for (let round = -1; round < runs; round++) {
    for (const [i, documentId] of documentIds.entries()) {
      collect();
      const start = performance.now();
      await run(documentId);
      if (round >= 0) samples[i].push(performance.now() - start);
    }
  }
  return samples.map(median);
}
