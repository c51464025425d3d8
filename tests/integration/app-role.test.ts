import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { withRequestAddress } from "~/audit/request-address.server";

// Roles belong to the whole PostgreSQL server: this one has a name of its own and is dropped after.
const ownerUrl = process.env.DATABASE_URL;
const role = `masukan_test_app_${randomBytes(6).toString("hex")}`;
const password = randomBytes(12).toString("hex");

describe.skipIf(!ownerUrl)("the app connected as the role of db/app-role.sql", () => {
  let owner: postgres.Sql;
  let app: DatabaseHandle;
  let asApp: postgres.Sql;

  beforeAll(async () => {
    owner = postgres(ownerUrl ?? "", { max: 1, onnotice: () => {} });
    await owner.unsafe(`create role "${role}" login password '${password}'`);
    const script = readFileSync("db/app-role.sql", "utf8").replaceAll(':"app_role"', `"${role}"`);
    await owner.unsafe(script);
    const appUrl = new URL(ownerUrl ?? "");
    appUrl.username = role;
    appUrl.password = password;
    app = await openDatabase({ url: appUrl.toString() });
    asApp = postgres(appUrl.toString(), { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await app?.close();
    await asApp?.end();
    await owner.unsafe(`drop owned by "${role}"`);
    await owner.unsafe(`drop role "${role}"`);
    await owner.end();
  });

  it("starts on a migrated database and appends to the audit log", async () => {
    await app.migrate();
    await recordAudit(app.db, { actorId: null, action: "test.appended", subjectType: "test" });
    expect(await asApp`select action from audit_events`).toEqual([{ action: "test.appended" }]);
  });

  it.each([
    ["empty the log", "truncate audit_events", /permission denied/],
    ["change an event", "update audit_events set action = 'rewritten'", /permission denied/],
    ["delete an event", "delete from audit_events", /permission denied/],
    ["switch off its triggers", "alter table audit_events disable trigger all", /must be owner/],
    ["drop its trigger", "drop trigger audit_events_append_only on audit_events", /must be owner/],
    ["drop the table", "drop table audit_events", /must be owner/],
    ["rewrite an event's address", "update audit_event_addresses set address = '192.0.2.1'", /permission denied/],
  ])("cannot %s", async (_, statement, refusal) => {
    await expect(asApp.unsafe(statement)).rejects.toThrow(refusal);
  });

  it("keeps an event's address and may erase it, leaving the event (decision 038)", async () => {
    await withRequestAddress("198.51.100.8", () =>
      recordAudit(app.db, { actorId: null, action: "test.addressed", subjectType: "test" }),
    );
    expect(await asApp`select address from audit_event_addresses`).toEqual([{ address: "198.51.100.8" }]);
    await asApp`delete from audit_event_addresses`;
    expect(await asApp`select action from audit_events where action = 'test.addressed'`).toEqual([
      { action: "test.addressed" },
    ]);
  });
});
