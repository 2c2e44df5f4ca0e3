export class CliError extends Error {
  /** The process's exit code: 1 unless a command says otherwise (check: 2 for bad input). */
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function readFlag(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new CliError(`${flag} needs a value.`);
  args.splice(index, 2);
  return value;
}

/** A flag without a value: true when present (and removed from args). */
export function readSwitch(args: string[], flag: string): boolean {
  const index = args.indexOf(flag);
  if (index !== -1) args.splice(index, 1);
  return index !== -1;
}
