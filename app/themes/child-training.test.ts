import { fork } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trainThemeModel } from "./model";
import { serialiseModel } from "./stored-model";
import { trainThemeModelInChildProcess } from "./child-training.server";

const themes = [
  { key: "water", keywords: ["water", "air bersih"] },
  { key: "roads", keywords: ["road", "jalan"] },
];
const examples = Array.from({ length: 40 }, (_, i) =>
  i % 2 === 0
    ? { text: `The well ran dry and the pipes leak (${i})`, language: "en" as const, themes: ["water"] }
    : { text: `Jalan berlubang dekat pasar (${i})`, language: "id" as const, themes: ["roads"] },
);

/** The examples as the trainer reads them: in parts of `size`. */
async function* inParts(size: number) {
  for (let start = 0; start < examples.length; start += size) yield examples.slice(start, start + size);
}

// The child's script as scripts/build.js makes it, built into a directory of this test's own.
let directory: string;
let script: string;
beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), "theme-training-"));
  script = path.join(directory, "theme-training.js");
  const require = createRequire(import.meta.url);
  const esbuild = createRequire(require.resolve("@remix-run/dev"))("esbuild");
  await esbuild.build({
    entryPoints: [path.join(__dirname, "training-child.ts")],
    outfile: script,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "silent",
  });
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("training off the event loop", () => {
  it("gives, in a child process sent the examples in parts, the same model byte for byte as training in the process", async () => {
    const inChild = await trainThemeModelInChildProcess(themes, inParts(7), script);
    expect(serialiseModel(inChild)).toBe(serialiseModel(trainThemeModel(themes, examples)));
  });

  it("trains in the process when the child's script was not built", async () => {
    const inProcess = await trainThemeModelInChildProcess(themes, inParts(7), path.join(directory, "missing.js"));
    expect(serialiseModel(inProcess)).toBe(serialiseModel(trainThemeModel(themes, examples)));
  });

  it("ends when its server is gone, mid-training, rather than train for nobody", async () => {
    // About 7 s of training on the 2-core machine: far longer than the child may take to notice.
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      text: `word${i % 997} the well ${i % 13} ran dry, road${i % 31} jalan ${i}`,
      language: "en" as const,
      themes: [i % 2 ? "water" : "roads"],
    }));
    const child = fork(script, [], { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let model = false;
    child.on("message", () => {
      model = true;
    });
    const send = (message: unknown) =>
      new Promise<void>((resolve, reject) =>
        child.send(message as never, (error) => (error ? reject(error) : resolve())),
      );
    await send({ themes });
    await send({ examples: many });
    await send({ train: true });
    const exited = once(child, "exit");
    const gone = performance.now();
    child.disconnect();
    const [code] = await exited;
    expect(performance.now() - gone).toBeLessThan(3_000);
    expect(code).toBe(0);
    expect(model).toBe(false);
  });
});
