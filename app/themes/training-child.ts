// The theme model's training in a child process (child-training.server.ts starts it): pure, the
// same training as in the app process, so the model is the same byte for byte. Bundled by
// scripts/build.js to build/theme-training.js.
import { type Example, type ThemeSpec, trainThemeModelInTurns } from "./model";

/** The themes first, then the examples in parts, then the word to train. */
export type TrainingMessage = { themes: readonly ThemeSpec[] } | { examples: readonly Example[] } | { train: true };

let themes: readonly ThemeSpec[] = [];
const examples: Example[] = [];

// A server that dies without ending its child (killed, out of memory) closes the channel: training
// for nobody would hold gigabytes for minutes, so the child ends with it. Training gives way every
// few ms so that it hears the channel close.
process.once("disconnect", () => process.exit(0));

process.on("message", (message: TrainingMessage) => {
  if ("themes" in message) themes = message.themes;
  else if ("examples" in message) for (const example of message.examples) examples.push(example);
  else
    void trainThemeModelInTurns(themes, examples).then((model) =>
      // The process ends once the model is sent and the channel closed: nothing else keeps it alive.
      process.send?.(model, () => process.disconnect()),
    );
});
