// The theme model's training in a child process (child-training.server.ts starts it): pure, the
// same training as in the app process, so the model is the same byte for byte. Bundled by
// scripts/build.js to build/theme-training.js.
import { type Example, type ThemeSpec, trainThemeModel } from "./model";

process.once("message", (job: { themes: ThemeSpec[]; examples: Example[] }) => {
  const model = trainThemeModel(job.themes, job.examples);
  // The process ends once the model is sent and the channel closed: nothing else keeps it alive.
  process.send?.(model, () => process.disconnect());
});
