/**
 * The few pieces every command's argument parser shares: the usage error, the walk over argv
 * that reads `--flag value` and `--flag=value` alike, and range-checked numbers.
 */

export class UsageError extends Error {
  override name = "UsageError";
}

/** One argument as a flag: `--flag value` and `--flag=value` alike; `value()` takes the value. */
export interface ArgView {
  arg: string;
  flag: string;
  inline: string | undefined;
  value: () => string;
}

/** Walks argv, handing each argument to `visit` (which may take the next one as a value). */
export function eachArg(rest: string[], visit: (a: ArgView) => void): void {
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    visit({ arg, flag, inline, value });
  }
}

/** A number within [min, max] or a usage error naming the flag. */
export function checkNumber(flag: string, v: string, min: number, max: number, what = "a number"): number {
  const n = Number(v);
  if (v.trim() !== "" && Number.isFinite(n) && n >= min && n <= max) return n;
  throw new UsageError(`${flag} must be ${what} from ${min} to ${max}, got "${v}"`);
}

