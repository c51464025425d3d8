import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { database } from "#db/client.server";
import { answeringDatabaseOutages } from "~/outages.server";
import * as login from "~/routes/login";
import { context, formRequest } from "../helpers/requests";

// The last test here closes the database: keep this file to the outage alone.
describe("while the database is away", () => {
  const build = answeringDatabaseOutages({
    routes: { "routes/login": { id: "routes/login", path: "login", module: login } },
  } as unknown as ServerBuild);
  const wrapped = build.routes["routes/login"]!.module;

  it("lets a bug fail as a bug", async () => {
    const broken = answeringDatabaseOutages({
      routes: {
        bug: {
          id: "bug",
          path: "bug",
          module: {
            default: () => null,
            loader: () => {
              throw new TypeError("a bug");
            },
          },
        },
      },
    } as unknown as ServerBuild);
    await expect(Promise.resolve(broken.routes.bug!.module.loader!({} as never))).rejects.toThrow("a bug");
  });

  // The embedded database lives in the process: it cannot go away while the server runs.
  it.runIf(process.env.DATABASE_URL)(
    "answers a form posted to any route with the 503 'try again in a moment' page",
    async () => {
      const post = () =>
        wrapped.action!({
          request: formRequest("/login", { email: "siti@example.org", password: "a long passphrase" }),
          params: {},
          context: context(),
        });
      await (await database()).close();
      const answer = await Promise.resolve(post()).catch((thrown: unknown) => thrown);
      expect(answer).toBeInstanceOf(Response);
      expect((answer as Response).status).toBe(503);
      expect((answer as Response).headers.get("Retry-After")).toBe("5");
    },
  );
});
