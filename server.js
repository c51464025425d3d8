// Production server: Express serves the built assets and hands every other request to Remix.
// The database is migrated (and seeded on first start) before the port opens.
import { createRequestHandler } from "@remix-run/express";
import express from "express";

process.env.NODE_ENV ??= "production";

const appBuild = await import("./build/index.js");
const {
  prepareServer,
  shutdownServer,
  isCrossSiteWrite,
  securityHeaders,
  newNonce,
  cacheControl,
  bodyLimitFor,
  BodyTooLarge,
  trustedProxies,
  lookUpKeptPage,
  answeringDatabaseOutages,
  recordingRequestAddresses,
} = appBuild.entry.module;
// The benchmark's form-parsing baseline (tests/bench/baseline-route.js) is in no build: only when the
// benchmark starts the server with BENCH_ROUTES=true is it added to the route table Remix serves.
// Audit events written by a request keep its client address (decision 038).
const build = answeringDatabaseOutages(
  recordingRequestAddresses(
    process.env.BENCH_ROUTES === "true"
      ? (await import("./tests/bench/baseline-route.js")).withBaselineRoute(appBuild)
      : appBuild,
  ),
);

let location;
try {
  location = await prepareServer();
} catch (error) {
  if (error && typeof error === "object" && "variable" in error) {
    console.error(String(error.message));
    process.exit(1);
  }
  throw error;
}

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", trustedProxies(process.env));

app.use((req, res, next) => {
  res.locals.nonce = newNonce();
  res.set(securityHeaders(res.locals.nonce));
  const siteOrigin = process.env.APP_ORIGIN ?? `${req.protocol}://${req.get("host")}`;
  if (isCrossSiteWrite(req.method, new Headers(req.headers), siteOrigin)) {
    res.status(403).type("text/plain").send("Forbidden: this form was sent from another site.");
    return;
  }
  next();
});
app.use(capBody);
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
// After the static files, which keep their own caching: this is for what Remix answers.
app.use((req, res, next) => {
  const value = cacheControl(req.path, req.get("Cookie"));
  if (value) res.set("Cache-Control", value);
  next();
});
// A visitor's section page is served from the copy kept after rendering it, while its content is
// current, with this response's nonce (decision 016); on a miss Remix renders it and keeps it.
app.get("*", (req, res, next) => {
  lookUpKeptPage(req.originalUrl, (name) => req.get(name), res.locals.nonce).then((found) => {
    if (found && "html" in found) {
      res.status(200).type("html").end(found.html);
      return;
    }
    res.locals.pageToKeep = found?.toKeep;
    next();
  }, next);
});
app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (req, res) => ({
      clientAddress: req.ip ?? "unknown",
      nonce: res.locals.nonce,
      pageToKeep: res.locals.pageToKeep,
      drained: () => drained(res),
    }),
  }),
);

/**
 * Resolves once the connection took what was written to it; fails once the reader is gone, so a
 * download stops reading the database for nobody (AppLoadContext.drained).
 */
function drained(res) {
  return new Promise((resolve, reject) => {
    const gone = () => reject(new Error("the client closed the connection during a download"));
    if (!res.socket || res.socket.destroyed) return gone();
    if (!res.writableNeedDrain) return resolve();
    const onDrain = () => {
      res.off("close", onClose);
      resolve();
    };
    const onClose = () => {
      res.off("drain", onDrain);
      gone();
    };
    res.once("drain", onDrain);
    res.once("close", onClose);
  });
}

/**
 * Caps a request's body at its route's limit (bodyLimitFor) before it is read into memory: by
 * Content-Length at once, and by counting what arrives for a chunked body. Over the cap, the body
 * stream Remix reads fails with BodyTooLarge (the form pipeline answers 413 with a translated page),
 * nothing more is read, and the connection closes after the answer instead of draining the rest.
 */
function capBody(req, res, next) {
  const limit = bodyLimitFor(req.method, req.path);
  if (limit === null) return next();
  let received = 0;
  const count = (chunk) => {
    received += chunk.length;
    if (received > limit) refuse();
  };
  const refuse = () => {
    req.off("data", count);
    req.pause();
    if (!res.headersSent) res.setHeader("Connection", "close");
    // Only a reader of the body listens for its errors; with none, nothing reads it anyway.
    if (req.listenerCount("error") > 0) req.emit("error", new BodyTooLarge(limit));
  };
  // Remix's Express adapter starts listening to the body as it builds its Request, which it does
  // synchronously inside next(): after it returns, the error reaches the body Remix reads.
  next();
  if (Number(req.headers["content-length"]) > limit) refuse();
  else req.on("data", count);
}

// A download whose reader went away fails after its headers were sent: there is nobody to answer
// and nothing to report, so the connection is closed instead of Express printing a stack trace.
app.use((error, req, res, next) => {
  if (!res.headersSent) return next(error);
  res.destroy();
});

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, () => {
  console.log(`Masukan is serving http://localhost:${port} (database: ${location})`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => shutdownServer().finally(() => process.exit(0)));
  });
}
