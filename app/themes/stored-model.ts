// The theme model as the database keeps it (theme_models.model), for every app server to read alike.
import { FEATURE_SPACE } from "./features";
import type { ThemeModel, ThemeParams } from "./model";

// 2: calibrated confidences and thresholds (decision 024); a model of format 1 is trained again.
export const MODEL_FORMAT = 2;

// Stored as JSON with the numeric arrays in base64: a few hundred kB for a consultation with
// thousands of tagged submissions, read once per model version by each server.
const toBase64 = (array: Int32Array | Float32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
const fromBase64 = <T>(text: string, make: (buffer: ArrayBuffer) => T): T => {
  const bytes = Buffer.from(text, "base64");
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

export function serialiseModel(model: ThemeModel): string {
  return JSON.stringify({
    format: MODEL_FORMAT,
    space: FEATURE_SPACE,
    themes: model.themes,
    trainedOn: model.trainedOn,
    calibration: model.calibration,
    buckets: toBase64(model.buckets),
    idf: toBase64(model.idf),
    weights: toBase64(model.weights),
    knownWords: toBase64(Int32Array.from([...model.knownWords].sort((a, b) => a - b))),
  });
}

/** A stored model, or null when it was made by another format (it is then trained again). */
export function parseModel(json: string): ThemeModel | null {
  const stored = JSON.parse(json) as {
    format: number;
    space: number;
    themes: ThemeParams[];
    trainedOn: number;
    calibration: ThemeModel["calibration"];
    buckets: string;
    idf: string;
    weights: string;
    knownWords: string;
  };
  if (stored.format !== MODEL_FORMAT || stored.space !== FEATURE_SPACE) return null;
  return {
    themes: stored.themes,
    trainedOn: stored.trainedOn,
    calibration: stored.calibration,
    buckets: fromBase64(stored.buckets, (b) => new Int32Array(b)),
    idf: fromBase64(stored.idf, (b) => new Float32Array(b)),
    weights: fromBase64(stored.weights, (b) => new Float32Array(b)),
    knownWords: new Set(fromBase64(stored.knownWords, (b) => new Int32Array(b))),
  };
}
