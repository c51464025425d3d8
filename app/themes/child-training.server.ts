import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Example, type ThemeModel, type ThemeSpec, trainThemeModelInTurns } from "./model";

// Beside the server bundle (build/index.js) once built; absent where the code runs from source
// (tests, the CLI tools), which then train in turns in their own thread.
const BUILT_SCRIPT = fileURLToPath(new URL("./theme-training.js", import.meta.url));

/**
 * Trains a theme model in a child process, so that a large consultation's training (tens of
 * seconds) never holds up the app server's event loop, and its memory (gigabytes for 200,000
 * examples) goes back to the system when it ends: a worker thread's stayed resident in the server
 * (decision 024). The same model as training in-process. Without the built script, it trains
 * here, giving way every few ms.
 */
export function trainThemeModelInChildProcess(
  themes: readonly ThemeSpec[],
  examples: readonly Example[],
  script = BUILT_SCRIPT,
): Promise<ThemeModel> {
  if (!existsSync(script)) return trainThemeModelInTurns(themes, examples);
  return new Promise((resolve, reject) => {
    // "advanced": typed arrays cross as they are, not as JSON.
    const child = fork(script, [], { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
    // A server that stops (or crashes) ends the training with it, as it would a thread.
    const stop = () => child.kill();
    process.once("exit", stop);
    let model: ThemeModel | null = null;
    child.once("message", (trained) => {
      model = trained as ThemeModel;
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      process.off("exit", stop);
      if (model) resolve(model);
      else reject(new Error(`the theme training process ended (${signal ?? `exit code ${code}`}) with no model`));
    });
    child.send({ themes, examples });
  });
}
