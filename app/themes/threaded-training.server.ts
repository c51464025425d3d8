import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type Example, type ThemeModel, type ThemeSpec, trainThemeModelInTurns } from "./model";

// Beside the server bundle (build/index.js) once built; absent where the code runs from source
// (tests, the CLI tools), which then train in turns in their own thread.
const BUILT_SCRIPT = fileURLToPath(new URL("./theme-training.js", import.meta.url));

/**
 * Trains a theme model in a worker thread, so that a large consultation's training (tens of
 * seconds) never holds up the app server's event loop; the same model as training in-process
 * (decision 024). Without the built worker script, it trains here, giving way every few ms.
 */
export function trainThemeModelOffThread(
  themes: readonly ThemeSpec[],
  examples: readonly Example[],
  script = BUILT_SCRIPT,
): Promise<ThemeModel> {
  if (!existsSync(script)) return trainThemeModelInTurns(themes, examples);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { themes, examples } });
    let model: ThemeModel | null = null;
    worker.once("message", (trained: ThemeModel) => {
      model = trained;
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (model) resolve(model);
      else reject(new Error(`the theme training thread ended with exit code ${code} and no model`));
    });
  });
}
