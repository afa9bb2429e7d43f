// Another commit's build, in a temporary folder, so that sections 1 and 5 can measure it side
// by side with this build in one run (BENCH_BASE=main npm run bench): `git archive` of the
// commit (the repository is not touched), this checkout's node_modules linked in, build.mjs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";

/** Builds `commit` of the repository at `root`; returns its dist/chrome, its library bundle and a remover, or null (said in `log`). */
export function buildOf(root, commit, log) {
  const dir = mkdtempSync(join(os.tmpdir(), "sourcelight-base-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const tar = execFileSync("git", ["-C", root, "archive", "--format=tar", commit], { maxBuffer: 2 ** 30 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    execFileSync(process.execPath, ["build.mjs"], { cwd: dir, stdio: "ignore" });
    const dist = join(dir, "dist", "chrome");
    if (!existsSync(join(dist, "manifest.json"))) throw new Error("no dist/chrome after the build");
    const sha = execFileSync("git", ["-C", root, "rev-parse", "--short", commit], { encoding: "utf8" }).trim();
    log(`  ${commit} (${sha}) built in ${dir}`);
    return { dist, lib: join(dir, "dist", "lib", "sourcelight.mjs"), remove };
  } catch (e) {
    log(`  ${commit} could not be built (${e.message}): measured alone`);
    remove();
    return null;
  }
}
