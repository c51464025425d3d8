// A small closed-loop HTTP load generator on node:http (keep-alive, one socket per client), so the
// benchmark needs no extra package and measures exactly what the server answers: status, Location,
// Set-Cookie and the time until the whole response has arrived.
import http from "node:http";

export function createAgent(connections) {
  return new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections, scheduling: "fifo" });
}

/**
 * One request. Resolves with { status, headers, ms } once the body is read; never rejects (a
 * network failure comes back as status 0 with `error` set to its code).
 */
export function send(agent, url, { method = "GET", headers = {}, body, timeoutMs = 30_000 } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, ms: elapsed() });
    };
    const payload = body === undefined ? undefined : Buffer.from(body);
    const request = http.request(
      url,
      {
        method,
        agent,
        headers: payload ? { ...headers, "Content-Length": String(payload.byteLength) } : headers,
      },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () =>
          finish({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", (error) => finish({ status: 0, error: error.code ?? error.message, headers: {} }));
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    request.on("error", (error) => finish({ status: 0, error: error.code ?? error.message, headers: {} }));
    request.end(payload);
  });
}

/** `name=value` pairs from Set-Cookie headers, ready for a Cookie header. */
export function cookiesFrom(headers) {
  const setCookie = headers["set-cookie"] ?? [];
  return setCookie.map((line) => line.split(";")[0].trim()).filter((pair) => pair.includes("=") && !pair.endsWith("="));
}

/**
 * Runs `clients` loops for `durationMs`; each loop sends one request at a time and starts the next
 * as soon as the answer is in. `next(client, sequence)` returns { url, options, context };
 * `classify(result, context)` returns { ok: boolean, label?: string } and may record side effects.
 * Requests still in flight when the time is up are awaited and counted (the rate divides by the
 * real elapsed time).
 */
export async function closedLoop({ agent, clients, durationMs, next, classify, shouldStop = () => false }) {
  const latencies = [];
  const errors = {};
  let ok = 0;
  let failed = 0;
  let sequence = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + durationMs;
  const loop = async (client) => {
    while (Date.now() < deadline && !shouldStop()) {
      const { url, options, context } = next(client, sequence++);
      const result = await send(agent, url, options);
      const verdict = classify(result, context);
      if (verdict.ok) {
        ok++;
        latencies.push(result.ms);
      } else {
        failed++;
        const label = verdict.label ?? (result.status ? `HTTP ${result.status}` : `network ${result.error}`);
        errors[label] = (errors[label] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ok, failed, seconds, perSecond: ok / seconds, errors, latency: summarise(latencies) };
}

/** Runs `task(index)` for 0..count-1 with at most `concurrency` at once; keeps results in order. */
export async function pool(count, concurrency, task) {
  const results = new Array(count);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < count) {
      const index = nextIndex++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

export function summarise(values) {
  if (values.length === 0) return { count: 0, mean_ms: null, p50_ms: null, p95_ms: null, p99_ms: null, max_ms: null };
  const sorted = Float64Array.from(values).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (value) => Math.round(value * 10) / 10;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    mean_ms: round(sum / sorted.length),
    p50_ms: round(at(0.5)),
    p95_ms: round(at(0.95)),
    p99_ms: round(at(0.99)),
    max_ms: round(sorted[sorted.length - 1]),
  };
}
