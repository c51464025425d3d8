import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { eraseExpiredAddresses } from "~/audit/address-eraser.server";
import { recordAudit } from "~/audit/audit.server";
import { addressRetentionDays, recordingRequestAddresses, withRequestAddress } from "~/audit/request-address.server";
import { deleteAccount } from "~/auth/account-deletion.server";
import { seedDemo } from "~/demo/seed.server";
import { setThemeRetired } from "~/themes/taxonomy.server";
import { loader as exportLoader } from "~/routes/admin.audit.export";
import { loader as auditLoader } from "~/routes/admin.audit._index";
import { csvRecords } from "../helpers/csv";
import { context, getRequest, jsonBody, settle } from "../helpers/requests";
import { loggedInCookie } from "../helpers/sessions";
import type { ServerBuild } from "@remix-run/node";

// Issue 15, item 4: the audit log's search, export and address retention (decision 038).
let adminCookie: string;
let adminId: string;
let moderatorId: string;

beforeEach(async () => {
  const { db } = await database();
  await seedDemo(db);
  const people = await db.select().from(schema.users);
  adminId = people.find((user) => user.email === "admin@demo.masukan.test")!.id;
  moderatorId = people.find((user) => user.email === "moderator@demo.masukan.test")!.id;
  adminCookie = await loggedInCookie("admin@demo.masukan.test", "admin-demo-2026");
});

/** An event at a fixed moment (the log takes inserts, only never changes), with an address if given. */
async function eventAt(
  occurredAt: string,
  fields: { actorId?: string | null; action?: string; reason?: string; address?: string } = {},
) {
  const { db } = await database();
  const [event] = await db
    .insert(schema.auditEvents)
    .values({
      occurredAt: new Date(occurredAt),
      actorId: fields.actorId ?? moderatorId,
      action: fields.action ?? "test.happened",
      subjectType: "test",
      subjectId: occurredAt,
      reason: fields.reason ?? null,
    })
    .returning({ id: schema.auditEvents.id });
  if (fields.address)
    await db.insert(schema.auditEventAddresses).values({ eventId: event!.id, address: fields.address });
  return event!.id;
}

type Page = {
  rows: {
    action: string;
    subjectId: string;
    address: string | null;
    actorEmail: string | null;
    actorDeleted: boolean;
  }[];
  errors: Record<string, string>;
  older: string | null;
  newer: string | null;
};

async function search(params: Record<string, string>): Promise<Page> {
  const response = await settle(() =>
    auditLoader({
      request: getRequest(`/admin/audit?${new URLSearchParams(params)}`, { cookie: adminCookie }),
      params: {},
      context: context(),
    }),
  );
  expect(response.status).toBe(200);
  return jsonBody<Page>(response);
}

async function databaseError(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    return (error as { cause?: { message?: string } }).cause?.message ?? String(error);
  }
  return "no error";
}

describe("the client address of an event", () => {
  it("is kept beside each event written during a request, and not for events from no request", async () => {
    const { db } = await database();
    const build = {
      routes: {
        "routes/x": {
          id: "routes/x",
          path: "x",
          module: {
            action: () =>
              recordAudit(db, { actorId: adminId, action: "test.requested", subjectType: "test" }).then(() => null),
          },
        },
      },
    } as unknown as ServerBuild;
    const wrapped = recordingRequestAddresses(build).routes["routes/x"]!.module.action!;
    await wrapped({ request: getRequest("/x"), params: {}, context: context("198.51.100.23") });
    await withRequestAddress("2001:db8::7", () =>
      recordAudit(db, { actorId: adminId, action: "test.requested", subjectType: "test" }),
    );
    await recordAudit(db, { actorId: null, action: "test.background", subjectType: "test" });

    const rows = await db
      .select({ action: schema.auditEvents.action, address: schema.auditEventAddresses.address })
      .from(schema.auditEvents)
      .leftJoin(schema.auditEventAddresses, eq(schema.auditEventAddresses.eventId, schema.auditEvents.id))
      .where(sql`${schema.auditEvents.action} like 'test.%'`)
      .orderBy(schema.auditEvents.id);
    expect(rows).toEqual([
      { action: "test.requested", address: "198.51.100.23" },
      { action: "test.requested", address: "2001:db8::7" },
      { action: "test.background", address: null },
    ]);
  });
});

describe("searching the log", () => {
  // Asia/Jakarta is UTC+7: 17:00 UTC is midnight there.
  beforeEach(async () => {
    await eventAt("2026-11-30T16:59:00Z", { action: "test.before" });
    await eventAt("2026-11-30T17:00:00Z", { action: "test.first_moment", actorId: adminId, address: "203.0.113.9" });
    await eventAt("2026-12-01T16:59:59.999Z", { action: "test.last_moment" });
    await eventAt("2026-12-01T17:00:00Z", { action: "test.after" });
  });

  it("finds an inclusive range of days read in the chosen time zone", async () => {
    const page = await search({ action: "test", from: "2026-12-01", to: "2026-12-01", zone: "Asia/Jakarta" });
    expect(page.rows.map((row) => row.action)).toEqual(["test.last_moment", "test.first_moment"]);
    const utc = await search({ action: "test", from: "2026-12-01", to: "2026-12-01", zone: "UTC" });
    expect(utc.rows.map((row) => row.action)).toEqual(["test.after", "test.last_moment"]);
    const openEnded = await search({ action: "test", from: "2026-12-02", zone: "Asia/Jakarta" });
    expect(openEnded.rows.map((row) => row.action)).toEqual(["test.after"]);
  });

  it("finds by who (name or part of an e-mail), by action and by target", async () => {
    const { db } = await database();
    expect((await search({ who: "ADMIN@demo", action: "test" })).rows.map((row) => row.action)).toEqual([
      "test.first_moment",
    ]);
    const byName = await search({ who: "moderator", action: "test" });
    expect(byName.rows.map((row) => row.action)).toEqual(["test.after", "test.last_moment", "test.before"]);
    expect((await search({ action: "test.before" })).rows.map((row) => row.action)).toEqual(["test.before"]);
    expect((await search({ target: "2026-11-30T17:00:00Z" })).rows).toMatchObject([
      { action: "test.first_moment", address: "203.0.113.9", actorEmail: "admin@demo.masukan.test" },
    ]);
    // A theme by its key.
    const youth = (await db.select().from(schema.themes).where(eq(schema.themes.key, "youth")))[0]!;
    await setThemeRetired({ id: adminId }, youth.consultationId, youth.id, true);
    expect((await search({ target: "youth" })).rows.map((row) => row.action)).toEqual(["theme.retired"]);
  });

  it("names a deleted account's events as such, never by what its tombstone holds, and erases their addresses", async () => {
    const { db } = await database();
    const contributor = (await db.select().from(schema.users)).find(
      (u) => u.email === "contributor@demo.masukan.test",
    )!;
    await eventAt("2026-12-01T05:00:00Z", {
      action: "test.by_contributor",
      actorId: contributor.id,
      address: "203.0.113.5",
    });
    await eventAt("2026-12-01T05:01:00Z", { action: "test.by_admin", actorId: adminId, address: "203.0.113.6" });
    const deleted = await withRequestAddress("203.0.113.5", () =>
      deleteAccount(contributor.id, "contributor-demo-2026", "203.0.113.5"),
    );
    expect(deleted.ok).toBe(true);
    const page = await search({ action: "test.by_contributor" });
    expect(page.rows).toMatchObject([{ actorDeleted: true, actorName: null, actorEmail: null }]);
    // Their addresses go with the account, the deletion's own included; everyone else's stay.
    expect((await search({ action: "test.by_contributor" })).rows[0]?.address).toBeNull();
    expect((await search({ action: "account.deleted" })).rows).toMatchObject([{ address: null }]);
    expect((await search({ action: "test.by_admin" })).rows[0]?.address).toBe("203.0.113.6");
  });

  it("pages newest first, older and back newer", async () => {
    const first = await searchPaged({ action: "test" });
    expect(first.rows.map((row) => row.action)).toEqual(["test.after", "test.last_moment"]);
    expect(first.newer).toBeNull();
    const second = await searchPaged({ action: "test", older: first.older! });
    expect(second.rows.map((row) => row.action)).toEqual(["test.first_moment", "test.before"]);
    expect(second.older).toBeNull();
    const back = await searchPaged({ action: "test", newer: second.newer! });
    expect(back.rows.map((row) => row.action)).toEqual(["test.after", "test.last_moment"]);
  });

  it("refuses a range that ends before it starts, a date that is none and an unknown zone, on their fields", async () => {
    expect((await search({ from: "2026-12-02", to: "2026-12-01" })).errors).toEqual({
      to: "audit:errors.endBeforeStart",
    });
    expect((await search({ from: "2026-02-30" })).errors).toEqual({ from: "audit:errors.notADate" });
    expect((await search({ zone: "Mars/Olympus" })).errors).toEqual({ zone: "audit:errors.unknownZone" });
  });
});

/** The page's query, two events a page (the search itself, with its page size). */
async function searchPaged(params: Record<string, string>) {
  const { searchAuditLog, auditSearchOf, cursorOf } = await import("~/audit/search.server");
  const found = await auditSearchOf(new URLSearchParams(params));
  if (!found.ok) throw new Error("the search did not check");
  return searchAuditLog(
    found.query,
    { older: cursorOf(params.older ?? null), newer: cursorOf(params.newer ?? null) },
    2,
  );
}

describe("exporting the log", () => {
  it("streams what the search finds as CSV with a byte-order mark, formulas neutralised, and audits the export", async () => {
    await eventAt("2026-12-01T03:00:00Z", {
      action: "test.risky",
      reason: '=HYPERLINK("http://x")',
      address: "203.0.113.9",
    });
    await eventAt("2026-12-01T04:00:00Z", { action: "test.plain", reason: "Kesehatan jiwa" });
    const response = await settle(() =>
      exportLoader({
        request: getRequest("/admin/audit/export?action=test&zone=Asia%2FJakarta", { cookie: adminCookie }),
        params: {},
        context: context(),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toContain("\r\n");
    const records = csvRecords(text.slice(1));
    expect(records.map((record) => [record.action, record.reason, record.ip_address])).toEqual([
      ["test.plain", "Kesehatan jiwa", ""],
      ["test.risky", '\'=HYPERLINK("http://x")', "203.0.113.9"],
    ]);
    expect(records[0]).toMatchObject({
      occurred_at: "2026-12-01T04:00:00.000Z",
      actor_email: "moderator@demo.masukan.test",
    });
    const { db } = await database();
    const exported = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, "audit.exported"));
    expect(exported).toMatchObject([
      { actorId: adminId, details: { search: { action: "test", zone: "Asia/Jakarta" } } },
    ]);
  });
});

describe("address retention", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

  it("erases addresses older than the retention period and keeps the events as they were", async () => {
    const old = await eventAt(daysAgo(91), { address: "203.0.113.1" });
    const recent = await eventAt(daysAgo(89), { address: "203.0.113.2" });
    const { db } = await database();
    const before = await db.select().from(schema.auditEvents).orderBy(schema.auditEvents.id);

    expect(await eraseExpiredAddresses(now, 90)).toBe(1);
    expect(await eraseExpiredAddresses(now, 90)).toBe(0);

    const addresses = await db.select().from(schema.auditEventAddresses);
    expect(addresses).toEqual([{ eventId: recent, address: "203.0.113.2" }]);
    const after = await db.select().from(schema.auditEvents).orderBy(schema.auditEvents.id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toMatchObject([
      { actorId: null, action: "audit.addresses_erased", details: { count: 1, retentionDays: 90 } },
    ]);
    expect(old).toBeLessThan(recent);
  });

  it("reads the retention period from AUDIT_IP_RETENTION_DAYS, 90 days unless set, and refuses a wrong one", () => {
    expect(addressRetentionDays({})).toBe(90);
    expect(addressRetentionDays({ AUDIT_IP_RETENTION_DAYS: "30" })).toBe(30);
    expect(() => addressRetentionDays({ AUDIT_IP_RETENTION_DAYS: "ninety" })).toThrow(/^AUDIT_IP_RETENTION_DAYS: /);
    expect(() => addressRetentionDays({ AUDIT_IP_RETENTION_DAYS: "0" })).toThrow(/^AUDIT_IP_RETENTION_DAYS: /);
  });

  it("still refuses to change, delete or empty the events, and to rewrite an address", async () => {
    const id = await eventAt(daysAgo(1), { address: "203.0.113.3" });
    const { db } = await database();
    expect(await databaseError(db.update(schema.auditEvents).set({ action: "rewritten" }))).toMatch(
      /append-only: UPDATE refused/,
    );
    expect(await databaseError(db.delete(schema.auditEvents).where(eq(schema.auditEvents.id, id)))).toMatch(
      /append-only: DELETE refused/,
    );
    expect(await databaseError(db.execute(sql`truncate audit_events cascade`))).toMatch(
      /append-only: TRUNCATE refused/,
    );
    expect(await databaseError(db.update(schema.auditEventAddresses).set({ address: "192.0.2.1" }))).toMatch(
      /never changed, only erased: UPDATE refused/,
    );
    expect(await db.select().from(schema.auditEventAddresses)).toEqual([{ eventId: id, address: "203.0.113.3" }]);
  });
});
