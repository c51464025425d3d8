// The secretariat's view of accounts (issue 15, item 1): who is here, in which role, and whether
// they may still come in. Every change lands with its audit event in one transaction.
import { and, asc, count, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { db, schema, type Transaction } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import { lockActiveAdmins } from "./active-admins.server";
import { PEOPLE_PAGE_SIZE, type PeopleFilter, type PersonChange } from "./people-schema";
import type { Role } from "./roles";

const { users, sessions } = schema;

export type Admin = { id: string };

/** `%`, `_` and `\` typed into the search box are letters to look for, not patterns. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Accounts that exist: a deleted one is a nameless tombstone (decision 036), not a person to manage. */
const existing = isNull(users.deletedAt);

function matching(search: string) {
  if (search === "") return existing;
  const pattern = containing(search);
  // Plain SQL with aliases: drizzle writes a column of a one-table query without its table, which
  // inside a subquery would name the subquery's own column.
  const inOrganisation = sql`exists (
    select 1 from organisation_members m join organisations o on o.id = m.organisation_id
    where m.user_id = "users"."id" and o.name ilike ${pattern})`;
  return and(existing, or(ilike(users.name, pattern), ilike(users.email, pattern), inOrganisation));
}

/** One page of accounts, by name, matching the search on name, e-mail or an organisation's name. */
export async function listPeople(filter: PeopleFilter) {
  const database = await db();
  const where = matching(filter.q);
  const [total] = await database.select({ n: count() }).from(users).where(where);
  const rows = await database
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      organisations: sql<string[]>`coalesce((
        select array_agg(o.name order by o.name)
        from organisation_members m join organisations o on o.id = m.organisation_id
        where m.user_id = "users"."id"), '{}')`,
      // Those of them the person still waits to be confirmed in.
      pendingOrganisations: sql<string[]>`coalesce((
        select array_agg(o.name order by o.name)
        from organisation_members m join organisations o on o.id = m.organisation_id
        where m.user_id = "users"."id" and m.confirmed_at is null), '{}')`,
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.email))
    .limit(PEOPLE_PAGE_SIZE)
    .offset((filter.page - 1) * PEOPLE_PAGE_SIZE);
  return { people: rows, total: total?.n ?? 0, pages: Math.max(1, Math.ceil((total?.n ?? 0) / PEOPLE_PAGE_SIZE)) };
}
export type ListedPerson = Awaited<ReturnType<typeof listPeople>>["people"][number];

async function lockedPerson(tx: Transaction, userId: string) {
  const [person] = await tx
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, userId), existing))
    .for("update")
    .limit(1);
  return person;
}

/** Applies one change an admin asked for on the people page. */
export async function changePerson(admin: Admin, change: PersonChange, now = new Date()): Promise<Result> {
  if (change.intent === "role") return changeRole(admin, change.userId, change.role);
  return setDisabled(admin, change.userId, change.intent === "disable", now);
}

/**
 * Gives an account another role. An admin cannot take away their own admin role: the last admin
 * doing so would leave nobody able to undo it, and any admin doing so by a slip loses this page.
 */
export async function changeRole(admin: Admin, userId: string, role: Role): Promise<Result> {
  if (userId === admin.id && role !== "admin") return refuse("people:errors.ownAdminRole");
  return (await db()).transaction(async (tx) => {
    if (!(await lockActiveAdmins(tx)).includes(admin.id)) return refuse("people:errors.noLongerAdmin");
    const person = await lockedPerson(tx, userId);
    if (!person) return refuse("people:errors.unknownPerson");
    if (person.role === role) return ok();
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId: admin.id,
      action: "user.role_changed",
      subjectType: "user",
      subjectId: userId,
      details: { from: person.role, to: role },
    });
    return ok();
  });
}

/** Disables an account (every session of it ends at once) or enables it again. Not one's own. */
export async function setDisabled(admin: Admin, userId: string, disabled: boolean, now = new Date()): Promise<Result> {
  if (userId === admin.id) return refuse("people:errors.ownAccount");
  return (await db()).transaction(async (tx) => {
    if (!(await lockActiveAdmins(tx)).includes(admin.id)) return refuse("people:errors.noLongerAdmin");
    const person = await lockedPerson(tx, userId);
    if (!person) return refuse("people:errors.unknownPerson");
    if ((person.disabledAt !== null) === disabled) return ok();
    await tx
      .update(users)
      .set({ disabledAt: disabled ? now : null })
      .where(eq(users.id, userId));
    const ended = disabled
      ? await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id })
      : [];
    await recordAudit(tx, {
      actorId: admin.id,
      action: disabled ? "user.disabled" : "user.enabled",
      subjectType: "user",
      subjectId: userId,
      details: disabled ? { sessionsEnded: ended.length } : {},
    });
    return ok();
  });
}
