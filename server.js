// Production server: Express serves the built assets and hands every other request to Remix.
// The database is migrated (and seeded on first start) before the port opens.
import { createRequestHandler } from "@remix-run/express";
import express from "express";

process.env.NODE_ENV ??= "production";

const appBuild = await import("./build/index.js");
const { prepareServer, shutdownServer, isCrossSiteWrite, trustedProxies } = appBuild.entry.module;
// The benchmark's form-parsing baseline (tests/bench/baseline-route.js) is in no build: only when the
// benchmark starts the server with BENCH_ROUTES=true is it added to the route table Remix serves.
const build =
  process.env.BENCH_ROUTES === "true"
    ? (await import("./tests/bench/baseline-route.js")).withBaselineRoute(appBuild)
    : appBuild;

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
  res.set({
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  });
  const siteOrigin = process.env.APP_ORIGIN ?? `${req.protocol}://${req.get("host")}`;
  if (isCrossSiteWrite(req.method, new Headers(req.headers), siteOrigin)) {
    res.status(403).type("text/plain").send("Forbidden: this form was sent from another site.");
    return;
  }
  next();
});
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (req) => ({ clientAddress: req.ip ?? "unknown" }),
  }),
);

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, () => {
  console.log(`Masukan is serving http://localhost:${port} (database: ${location})`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => shutdownServer().finally(() => process.exit(0)));
  });
}
