import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Example, type ThemeModel, type ThemeSpec, trainThemeModelInTurns } from "./model";
import type { TrainingMessage } from "./training-child";

// Beside the server bundle (build/index.js) once built; absent where the code runs from source
// (tests, the CLI tools), which then train in turns in their own thread.
const BUILT_SCRIPT = fileURLToPath(new URL("./theme-training.js", import.meta.url));

async function allOf(parts: AsyncIterable<readonly Example[]>): Promise<Example[]> {
  const examples: Example[] = [];
  for await (const part of parts) examples.push(...part);
  return examples;
}

/**
 * Trains a theme model in a child process, so that a large consultation's training (tens of
 * seconds) never holds up the app server's event loop, and its memory (gigabytes for 200,000
 * examples) goes back to the system when it ends: a worker thread's stayed resident in the server
 * (decision 024). The examples cross in parts as they are read, each sent before the next is
 * asked for, so the server holds one part, never the whole training set. The same model as
 * training in-process. Without the built script, it trains here, giving way every few ms.
 */
export async function trainThemeModelInChildProcess(
  themes: readonly ThemeSpec[],
  parts: AsyncIterable<readonly Example[]>,
  script = BUILT_SCRIPT,
): Promise<ThemeModel> {
  if (!existsSync(script)) return trainThemeModelInTurns(themes, await allOf(parts));
  // "advanced": typed arrays cross as they are, not as JSON.
  const child = fork(script, [], { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
  // A server that stops (or crashes) ends the training with it, as it would a thread.
  const stop = () => child.kill();
  process.once("exit", stop);
  const trained = new Promise<ThemeModel>((resolve, reject) => {
    let model: ThemeModel | null = null;
    child.once("message", (sent) => {
      model = sent as ThemeModel;
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      process.off("exit", stop);
      if (model) resolve(model);
      else reject(new Error(`the theme training process ended (${signal ?? `exit code ${code}`}) with no model`));
    });
  });
  // A child that failed rejects `trained` while the parts are still being sent: not unhandled.
  trained.catch(() => {});
  const send = (message: TrainingMessage) =>
    new Promise<void>((resolve, reject) => child.send(message, (error) => (error ? reject(error) : resolve())));
  try {
    await send({ themes });
    for await (const part of parts) await send({ examples: part });
    await send({ train: true });
  } catch (error) {
    child.kill();
    throw error;
  }
  return trained;
}
