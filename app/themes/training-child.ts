// The theme model's training in a child process (child-training.server.ts starts it): pure, the
// same training as in the app process, so the model is the same byte for byte. Bundled by
// scripts/build.js to build/theme-training.js.
import { type Example, type ThemeSpec, trainThemeModel } from "./model";

/** The themes first, then the examples in parts, then the word to train. */
export type TrainingMessage = { themes: readonly ThemeSpec[] } | { examples: readonly Example[] } | { train: true };

let themes: readonly ThemeSpec[] = [];
const examples: Example[] = [];

process.on("message", (message: TrainingMessage) => {
  if ("themes" in message) themes = message.themes;
  else if ("examples" in message) for (const example of message.examples) examples.push(example);
  else {
    const model = trainThemeModel(themes, examples);
    // The process ends once the model is sent and the channel closed: nothing else keeps it alive.
    process.send?.(model, () => process.disconnect());
  }
});
