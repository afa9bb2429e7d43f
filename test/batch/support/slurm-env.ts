// Whether a Slurm cluster answers here, and what to do when none does: skip with a plain
// message, or fail when REQUIRE_SLURM=1 (CI, after .ci/slurm-up.sh), as browsers are treated
// in test/e2e/support/env.ts.
import { spawnSync } from "node:child_process";
import { describe, it } from "vitest";

export const REQUIRED = process.env.REQUIRE_SLURM === "1";

function probe(): { found: boolean; missing: string } {
  const sbatch = spawnSync("sbatch", ["--version"], { encoding: "utf8" });
  if (sbatch.error || sbatch.status !== 0) return { found: false, missing: "Slurm not found: sbatch is not on PATH (Debian: slurm-wlm; .ci/slurm-up.sh installs and starts a one-node cluster)" };
  const ping = spawnSync("scontrol", ["ping"], { encoding: "utf8", timeout: 20_000 });
  if (ping.status !== 0 || !/\bUP\b/.test(ping.stdout)) return { found: false, missing: `Slurm is installed but its controller does not answer (scontrol ping: ${(ping.stdout || ping.stderr || "no answer").trim()}); run .ci/slurm-up.sh` };
  return { found: true, missing: "" };
}

export const slurm = probe();

/** Under REQUIRE_SLURM=1, a missing Slurm is a failing test that says so plainly. */
export function failWhenMissing(): void {
  describe.runIf(!slurm.found && REQUIRED)("slurm", () => {
    it("answers (REQUIRE_SLURM=1)", () => {
      throw new Error(slurm.missing);
    });
  });
}

/** Logs the skip message once; returns true when the Slurm tests should run. */
export function available(): boolean {
  if (!slurm.found && !REQUIRED) console.warn(`${slurm.missing}, skipping the Slurm array test`);
  return slurm.found;
}
