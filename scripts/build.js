// `remix build`, without the notice Vite prints whenever its CommonJS entry is loaded ("The CJS
// build of Vite's Node API is deprecated"). Remix's classic compiler loads that entry for its Vite
// plugin even though this app does not build with Vite, so the notice is about Remix's code and
// there is nothing of ours to change; Vite's own switch turns it off (README, "Run it").
import { createRequire } from "node:module";

process.env.VITE_CJS_IGNORE_WARNING ??= "true";
const { cli } = createRequire(import.meta.url)("@remix-run/dev");
// As Remix's own command ends: the compiler leaves esbuild's build contexts open, which would
// keep the process alive.
cli.run(["build", ...process.argv.slice(2)]).then(
  () => process.exit(0),
  (error) => {
    if (error) console.error(error);
    process.exit(1);
  },
);
