import { readdirSync } from "node:fs";
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { action as loginAction } from "~/routes/login";
import { context, cookiesFrom, formRequest, getRequest, settle } from "../helpers/requests";

type Role = "visitor" | "contributor" | "moderator" | "admin";
type Outcome = number | "login";
type Entry = { path: string; params: Record<string, string>; expect: Record<Role, Outcome> };

const everyone = (status: Outcome): Record<Role, Outcome> => ({
  visitor: status,
  contributor: status,
  moderator: status,
  admin: status,
});
const signedIn: Record<Role, Outcome> = { visitor: "login", contributor: 200, moderator: 200, admin: 200 };
const workingGroup: Record<Role, Outcome> = { visitor: "login", contributor: 403, moderator: 200, admin: 200 };
const secretariat: Record<Role, Outcome> = { visitor: "login", contributor: 403, moderator: 403, admin: 200 };

/**
 * Who may open each page. Every route file must have an entry: adding a route without saying
 * who may see it fails this test. Pages signed-in users are sent away from answer 302.
 */
const matrix: Record<string, Entry> = {
  "_index.tsx": { path: "/", params: {}, expect: everyone(200) },
  "$.tsx": { path: "/nowhere", params: {}, expect: everyone(404) },
  "healthz.ts": { path: "/healthz", params: {}, expect: everyone(200) },
  "language.tsx": { path: "/language", params: {}, expect: everyone(302) },
  "login.tsx": { path: "/login", params: {}, expect: { visitor: 200, contributor: 302, moderator: 302, admin: 302 } },
  "register.tsx": {
    path: "/register",
    params: {},
    expect: { visitor: 200, contributor: 302, moderator: 302, admin: 302 },
  },
  "forgot-password.tsx": {
    path: "/forgot-password",
    params: {},
    expect: { visitor: 200, contributor: 302, moderator: 302, admin: 302 },
  },
  // Anyone with a link may use it; an unknown one says so (410) to everyone.
  "reset-password.$token.tsx": {
    path: "/reset-password/not-a-real-token",
    params: { token: "not-a-real-token" },
    expect: everyone(410),
  },
  "logout.tsx": { path: "/logout", params: {}, expect: { visitor: 302, contributor: 200, moderator: 200, admin: 200 } },
  "consultations.$slug._index.tsx": {
    path: "/consultations/ascc-post-2025",
    params: { slug: "ascc-post-2025" },
    expect: everyone(200),
  },
  "consultations.$slug.sections.$number.tsx": {
    path: "/consultations/ascc-post-2025/sections/2.1",
    params: { slug: "ascc-post-2025", number: "2.1" },
    expect: everyone(200),
  },
  "consultations.$slug.send.tsx": {
    path: "/consultations/ascc-post-2025/send?section=2.1",
    params: { slug: "ascc-post-2025" },
    expect: signedIn,
  },
  "my-input._index.tsx": { path: "/my-input", params: {}, expect: signedIn },
  // Each person sees only their own account: the page has no id to ask for another's.
  "account._index.tsx": { path: "/account", params: {}, expect: signedIn },
  // Only a form's target; opening it goes back to the account page.
  "account.sessions.tsx": { path: "/account/sessions", params: {}, expect: everyone(302) },
  "account.preferences.tsx": { path: "/account/preferences", params: {}, expect: everyone(302) },
  // The signed-in person's own data and deletion: neither address names an account to ask for another's.
  "account.data.ts": { path: "/account/data", params: {}, expect: signedIn },
  "account.delete.tsx": { path: "/account/delete", params: {}, expect: signedIn },
  "my-input.$reference._index.tsx": {
    path: "/my-input/ASCC-2026-0001",
    params: { reference: "ASCC-2026-0001" },
    // The demo's input belongs to the demo contributor; anyone else is told it does not exist.
    expect: { visitor: "login", contributor: 200, moderator: 404, admin: 404 },
  },
  "my-input.$reference.edit.tsx": {
    path: "/my-input/ASCC-2026-0007/edit",
    params: { reference: "ASCC-2026-0007" },
    expect: { visitor: "login", contributor: 200, moderator: 404, admin: 404 },
  },
  "my-input.$reference.withdraw.tsx": {
    path: "/my-input/ASCC-2026-0007/withdraw",
    params: { reference: "ASCC-2026-0007" },
    expect: { visitor: "login", contributor: 200, moderator: 404, admin: 404 },
  },
  "review._index.tsx": { path: "/review", params: {}, expect: workingGroup },
  "review.$slug._index.tsx": {
    path: "/review/ascc-post-2025",
    params: { slug: "ascc-post-2025" },
    expect: workingGroup,
  },
  "review.$slug.$reference.tsx": {
    path: "/review/ascc-post-2025/ASCC-2026-0001",
    params: { slug: "ascc-post-2025", reference: "ASCC-2026-0001" },
    expect: workingGroup,
  },
  "review.$slug.$reference.attachment.ts": {
    path: "/review/ascc-post-2025/ASCC-2026-0001/attachment",
    params: { slug: "ascc-post-2025", reference: "ASCC-2026-0001" },
    // The demo input has no file: the working group gets 404, everyone else never learns that.
    expect: { visitor: "login", contributor: 403, moderator: 404, admin: 404 },
  },
  "review.$slug.themes._index.tsx": {
    path: "/review/ascc-post-2025/themes",
    params: { slug: "ascc-post-2025" },
    expect: workingGroup,
  },
  "review.$slug.themes.$theme.tsx": {
    path: "/review/ascc-post-2025/themes/youth",
    params: { slug: "ascc-post-2025", theme: "youth" },
    expect: workingGroup,
  },
  "consultations.$slug.what-we-heard.tsx": {
    path: "/consultations/ascc-blueprint-2025-review/what-we-heard",
    params: { slug: "ascc-blueprint-2025-review" },
    expect: everyone(200),
  },
  "consultations.$slug.open-data._index.tsx": {
    path: "/consultations/ascc-post-2025/open-data",
    params: { slug: "ascc-post-2025" },
    expect: everyone(200),
  },
  "consultations.$slug.open-data.$file.ts": {
    path: "/consultations/ascc-post-2025/open-data/submissions.csv",
    params: { slug: "ascc-post-2025", file: "submissions.csv" },
    expect: everyone(200),
  },
  "review.$slug.dashboard.tsx": {
    path: "/review/ascc-post-2025/dashboard",
    params: { slug: "ascc-post-2025" },
    expect: workingGroup,
  },
  "review.$slug.export.ts": {
    path: "/review/ascc-post-2025/export?status=all&format=csv",
    params: { slug: "ascc-post-2025" },
    expect: workingGroup,
  },
  "review.$slug.suggestions.tsx": {
    path: "/review/ascc-post-2025/suggestions",
    params: { slug: "ascc-post-2025" },
    expect: workingGroup,
  },
  "admin._index.tsx": { path: "/admin", params: {}, expect: secretariat },
  "admin.consultations.new.tsx": { path: "/admin/consultations/new", params: {}, expect: secretariat },
  "admin.outbox._index.tsx": { path: "/admin/outbox", params: {}, expect: secretariat },
  // No such message: an admin is told so; nobody else learns whether it exists.
  "admin.outbox.$id.tsx": {
    path: "/admin/outbox/00000000-0000-4000-8000-000000000000",
    params: { id: "00000000-0000-4000-8000-000000000000" },
    expect: { ...secretariat, admin: 404 },
  },
  "admin.consultations.$slug.tsx": {
    path: "/admin/consultations/ascc-post-2025",
    params: { slug: "ascc-post-2025" },
    expect: secretariat,
  },
  "admin.consultations.$slug_.amendments.tsx": {
    path: "/admin/consultations/ascc-post-2025/amendments",
    params: { slug: "ascc-post-2025" },
    expect: secretariat,
  },
  "admin.consultations.$slug_.import.tsx": {
    path: "/admin/consultations/ascc-post-2025/import",
    params: { slug: "ascc-post-2025" },
    expect: secretariat,
  },
  "admin.consultations.$slug_.sections.tsx": {
    path: "/admin/consultations/ascc-post-2025/sections",
    params: { slug: "ascc-post-2025" },
    expect: secretariat,
  },
  "admin.consultations.$slug_.themes.tsx": {
    path: "/admin/consultations/ascc-post-2025/themes",
    params: { slug: "ascc-post-2025" },
    expect: secretariat,
  },
  "admin.audit._index.tsx": { path: "/admin/audit", params: {}, expect: secretariat },
  "admin.audit.export.ts": { path: "/admin/audit/export?action=auth", params: {}, expect: secretariat },
  "admin.consultations.$slug_.versions.tsx": {
    path: "/admin/consultations/ascc-post-2025/versions",
    params: { slug: "ascc-post-2025" },
    expect: secretariat,
  },
};

const routesDir = path.resolve(__dirname, "../../app/routes");
const routeFiles = readdirSync(routesDir).filter((name) => /\.(tsx?|jsx?)$/.test(name) && !name.includes(".test."));

const accounts: Record<Exclude<Role, "visitor">, [string, string]> = {
  contributor: ["contributor@demo.masukan.test", "contributor-demo-2026"],
  moderator: ["moderator@demo.masukan.test", "moderator-demo-2026"],
  admin: ["admin@demo.masukan.test", "admin-demo-2026"],
};

async function cookieFor(role: Role): Promise<string> {
  if (role === "visitor") return "";
  const [email, password] = accounts[role];
  const response = await settle(() =>
    loginAction({ request: formRequest("/login", { email, password }), params: {}, context: context() }),
  );
  return cookiesFrom(response);
}

async function outcome(file: string, entry: Entry, cookie: string): Promise<Outcome> {
  const module = (await import(/* @vite-ignore */ path.join(routesDir, file))) as {
    loader?: (args: LoaderFunctionArgs) => Promise<unknown>;
  };
  if (!module.loader) return 200;
  const response = await settle(async () => {
    const result = await module.loader!({
      request: getRequest(entry.path, { cookie }),
      params: entry.params,
      context: context(),
    });
    return result instanceof Response ? result : new Response(null, { status: 200 });
  });
  if (response.status === 302 && response.headers.get("Location")?.startsWith("/login?")) return "login";
  return response.status;
}

/** Writes the working group makes: contributors and visitors are refused before anything changes. */
const reviewActions: { file: string; path: string; params: Record<string, string>; form: Record<string, string> }[] = [
  {
    file: "review.$slug._index.tsx",
    path: "/review/ascc-post-2025",
    params: { slug: "ascc-post-2025" },
    form: { intent: "approve", scope: "all" },
  },
  {
    file: "review.$slug.$reference.tsx",
    path: "/review/ascc-post-2025/ASCC-2026-0007",
    params: { slug: "ascc-post-2025", reference: "ASCC-2026-0007" },
    form: { intent: "approve" },
  },
  {
    file: "review.$slug.themes.$theme.tsx",
    path: "/review/ascc-post-2025/themes/youth",
    params: { slug: "ascc-post-2025", theme: "youth" },
    form: { intent: "save", baseNumber: "0", bodyEn: "Not theirs to write." },
  },
  {
    file: "review.$slug.suggestions.tsx",
    path: "/review/ascc-post-2025/suggestions?status=all",
    params: { slug: "ascc-post-2025" },
    form: { theme: "youth", minimum: "50", confirmedCount: "7" },
  },
  {
    file: "review.$slug.export.ts",
    path: "/review/ascc-post-2025/export?status=all",
    params: { slug: "ascc-post-2025" },
    form: { format: "csv", emails: "on" },
  },
];

/** Writes only the secretariat makes: the working group is refused too. */
const secretariatActions: {
  file: string;
  path: string;
  params: Record<string, string>;
  form: Record<string, string>;
}[] = [
  {
    file: "admin.consultations.$slug_.amendments.tsx",
    path: "/admin/consultations/ascc-post-2025/amendments",
    params: { slug: "ascc-post-2025" },
    form: { intent: "switch", section: "", open: "false" },
  },
  {
    file: "admin.consultations.$slug_.import.tsx",
    path: "/admin/consultations/ascc-post-2025/import",
    params: { slug: "ascc-post-2025" },
    form: { intent: "confirm" },
  },
  {
    file: "admin.consultations.$slug_.sections.tsx",
    path: "/admin/consultations/ascc-post-2025/sections",
    params: { slug: "ascc-post-2025" },
    form: { intent: "save", number: "9", headingEn: "Not theirs to add" },
  },
  {
    file: "admin.consultations.$slug_.versions.tsx",
    path: "/admin/consultations/ascc-post-2025/versions",
    params: { slug: "ascc-post-2025" },
    form: { intent: "draft" },
  },
  {
    file: "admin.consultations.$slug_.themes.tsx",
    path: "/admin/consultations/ascc-post-2025/themes",
    params: { slug: "ascc-post-2025" },
    form: { intent: "create", key: "not-theirs", labelEn: "Not theirs", labelId: "Bukan milik mereka" },
  },
];

describe("authorization matrix", () => {
  beforeEach(async () => {
    await seedDemo((await database()).db);
  });

  it("has an entry for every route, and no entry for a route that is gone", () => {
    expect(routeFiles.filter((file) => !matrix[file])).toEqual([]);
    expect(Object.keys(matrix).filter((file) => !routeFiles.includes(file))).toEqual([]);
  });

  it("gives each role exactly the access the matrix says", async () => {
    const cookies = Object.fromEntries(
      await Promise.all(
        (["visitor", "contributor", "moderator", "admin"] as Role[]).map(async (role) => [role, await cookieFor(role)]),
      ),
    );
    const mismatches: string[] = [];
    for (const file of routeFiles) {
      const entry = matrix[file];
      if (!entry) continue;
      for (const role of Object.keys(entry.expect) as Role[]) {
        const actual = await outcome(file, entry, cookies[role]);
        if (actual !== entry.expect[role])
          mismatches.push(`${file} as ${role}: expected ${entry.expect[role]}, got ${actual}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("refuses review actions to visitors (log in) and contributors (403), and changes nothing", async () => {
    const contributor = await cookieFor("contributor");
    for (const { file, path: url, params, form } of reviewActions) {
      const module = (await import(/* @vite-ignore */ path.join(routesDir, file))) as {
        action: (args: {
          request: Request;
          params: Record<string, string>;
          context: ReturnType<typeof context>;
        }) => Promise<unknown>;
      };
      const visitor = await settle(
        async () => (await module.action({ request: formRequest(url, form), params, context: context() })) as Response,
      );
      expect(visitor.status, file).toBe(302);
      expect(visitor.headers.get("Location"), file).toMatch(/^\/login\?/);
      const refused = await settle(
        async () =>
          (await module.action({
            request: formRequest(url, form, { cookie: contributor }),
            params,
            context: context(),
          })) as Response,
      );
      expect(refused.status, file).toBe(403);
    }
    const { db } = await database();
    const [pending] = await db
      .select()
      .from(schema.submissions)
      .where(eq(schema.submissions.reference, "ASCC-2026-0007"));
    expect(pending!.status).toBe("pending");
    expect(
      await db
        .select()
        .from(schema.themeSummaryVersions)
        .where(eq(schema.themeSummaryVersions.bodyEn, "Not theirs to write.")),
    ).toEqual([]);
  });

  it("refuses the secretariat's actions to visitors (log in), contributors and moderators (403), and changes nothing", async () => {
    const cookies = { contributor: await cookieFor("contributor"), moderator: await cookieFor("moderator") };
    for (const { file, path: url, params, form } of secretariatActions) {
      const module = (await import(/* @vite-ignore */ path.join(routesDir, file))) as {
        action: (args: {
          request: Request;
          params: Record<string, string>;
          context: ReturnType<typeof context>;
        }) => Promise<unknown>;
      };
      const visitor = await settle(
        async () => (await module.action({ request: formRequest(url, form), params, context: context() })) as Response,
      );
      expect(visitor.headers.get("Location"), file).toMatch(/^\/login\?/);
      for (const cookie of Object.values(cookies)) {
        const refused = await settle(
          async () =>
            (await module.action({
              request: formRequest(url, form, { cookie }),
              params,
              context: context(),
            })) as Response,
        );
        expect(refused.status, file).toBe(403);
      }
    }
    const { db } = await database();
    const [consultation] = await db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, "ascc-post-2025"));
    expect(consultation!.amendmentsOpen).toBe(true);
    expect(await db.select().from(schema.themes).where(eq(schema.themes.key, "not-theirs"))).toEqual([]);
    const drafted = await db
      .select()
      .from(schema.documentVersions)
      .where(eq(schema.documentVersions.status, "drafting"));
    expect(drafted).toEqual([]);
  });
});
