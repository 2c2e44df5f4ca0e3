// Timing shared by the segmenter benches (tables: lib/print-table.ts).

/** Median time of `runs` runs after one warm-up run. */
export function medianMs(run: () => unknown, runs: number): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** CPU time of one call in ms (user + system): a busy shared machine stretches wall time, not the work done. */
export function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
