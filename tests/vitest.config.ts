import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

const alias = [
  { find: /^~\//, replacement: `${root}app/` },
  { find: /^#db\//, replacement: `${root}db/` },
  { find: /^#locales\//, replacement: `${root}locales/` },
];

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", root, include: ["app/**/*.test.{ts,tsx}"] },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          root,
          include: ["tests/integration/**/*.test.ts"],
          // Each test file gets its own throwaway database, so files may run in parallel.
          setupFiles: ["tests/helpers/database-per-file.ts"],
          pool: "forks",
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
