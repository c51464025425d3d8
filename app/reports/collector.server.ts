import v8 from "node:v8";
import vm from "node:vm";

// V8's collector, exposed to a new context only: no page's code sees a `gc` global.
v8.setFlagsFromString("--expose-gc");
const exposed: unknown = vm.runInNewContext("gc");
const collect =
  typeof exposed === "function" ? (exposed as (options: { type: "major"; execution: "async" }) => void) : () => {};

const COLLECT_EVERY_BYTES = 8 * 1024 * 1024;

/**
 * Counts the bytes a download sends and starts an incremental full collection after every 8 MB
 * of them (decision 027). A download's bytes arrive from PostgreSQL in buffers outside the
 * JavaScript heap, twice over (the socket's reads, then each batch joined from them); those still
 * in flight when the young generation is collected move to the old one, which V8 collects by
 * itself only once 64 MB more of them wait. Incremental: the marking runs in steps between other
 * work, so no request waits on it.
 */
export function collectingEvery8Mb(): (bytes: number) => void {
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < COLLECT_EVERY_BYTES) return;
    since = 0;
    collect({ type: "major", execution: "async" });
  };
}
