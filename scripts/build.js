// `remix build`, without the notice Vite prints whenever its CommonJS entry is loaded ("The CJS
// build of Vite's Node API is deprecated"). Remix's classic compiler loads that entry for its Vite
// plugin even though this app does not build with Vite, so the notice is about Remix's code and
// there is nothing of ours to change; Vite's own switch turns it off (README, "Run it").
import { createRequire } from "node:module";

process.env.VITE_CJS_IGNORE_WARNING ??= "true";
const require = createRequire(import.meta.url);
const { cli } = require("@remix-run/dev");
// The theme model's training process (app/themes/child-training.server.ts) runs a script of its
// own beside the server bundle; Remix's compiler builds only the bundle, so its esbuild builds the
// script.
const esbuild = createRequire(require.resolve("@remix-run/dev"))("esbuild");
const buildTrainingScript = () =>
  esbuild.build({
    entryPoints: ["app/themes/training-child.ts"],
    outfile: "build/theme-training.js",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
// As Remix's own command ends: the compiler leaves esbuild's build contexts open, which would
// keep the process alive.
cli
  .run(["build", ...process.argv.slice(2)])
  .then(buildTrainingScript)
  .then(
    () => process.exit(0),
    (error) => {
      if (error) console.error(error);
      process.exit(1);
    },
  );
