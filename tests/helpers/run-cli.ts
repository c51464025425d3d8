import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

export type CliRun = { code: number; stdout: string; stderr: string; result: unknown };

/**
 * Runs a command-line script of the app as `npm run` would, on `data` written to a temporary file
 * (a string is written as it is, anything else as JSON); `result` is what it wrote with --out.
 */
export function runCli(script: string, data: unknown, extra: string[] = []): Promise<CliRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "masukan-cli-"));
  const file = path.join(dir, "data.json");
  const out = path.join(dir, "result.json");
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return new Promise((resolve) => {
    execFile(tsx, [script, "--data", file, "--out", out, ...extra], { cwd: root }, (error, stdout, stderr) => {
      const result: unknown = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : null;
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, result });
    });
  });
}
