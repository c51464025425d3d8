// The theme model's training in a worker thread (threaded-training.server.ts starts it): pure, the
// same training as in the app process, so the model is the same byte for byte. Bundled by
// scripts/build.js to build/theme-training.js.
import { parentPort, workerData } from "node:worker_threads";
import { type Example, type ThemeSpec, trainThemeModel } from "./model";

const { themes, examples } = workerData as { themes: ThemeSpec[]; examples: Example[] };
const model = trainThemeModel(themes, examples);
// Handed over, not copied: the arrays are megabytes for a large consultation.
parentPort?.postMessage(model, [model.buckets.buffer, model.idf.buffer, model.weights.buffer] as ArrayBuffer[]);
