import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

function startServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["server.js"], {
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.on("exit", (code) => resolve({ code, stderr, stdout }));
  });
}

describe("a wrong DATABASE_URL", () => {
  it.each([
    ["an unreachable server", "postgres://postgres@127.0.0.1:1/masukan"],
    ["something that is not a URL", "mysql://somewhere/else"],
  ])("stops the server with one line naming the variable: %s", async (_, url) => {
    expect(existsSync("build/index.js"), "run `npm run build` (npm test does) before this test").toBe(true);
    const { code, stderr } = await startServer({ DATABASE_URL: url });
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DATABASE_URL/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
