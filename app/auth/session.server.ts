// The one door to sessions. lucia v3 is deprecated upstream (see docs/decisions/003-authentication.md):
// everything that touches it lives in this file so it can be replaced by owned code later.
import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { redirect } from "@remix-run/node";
import { and, eq, isNull, sql } from "drizzle-orm";
import { type DatabaseSession, type DatabaseUser, Lucia, type Session, type User } from "lucia";
import { db, preparedPerPool, schema } from "#db/client.server";
import { invariantResponse } from "~/responses";
import { hasRole, type Role } from "./roles";

export type SessionUser = User;

export const SESSION_COOKIE_NAME = "masukan_session";

const { sessions, users } = schema;

// Every signed-in request looks its session up: built by drizzle and described by PostgreSQL
// once per pool, not on every request (decision 028). It reads the user's columns lucia hands on,
// not the password hash. A disabled account has no valid session, whatever rows are left.
const sessionAndUserQuery = preparedPerPool((database) =>
  database
    .select({
      userId: users.id,
      expiresAt: sessions.expiresAt,
      email: users.email,
      name: users.name,
      role: users.role,
      preferredLanguage: users.preferredLanguage,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sql.placeholder("sessionId")), isNull(users.disabledAt)))
    .prepare("session_and_user"),
);

class PreparedSessionAdapter extends DrizzlePostgreSQLAdapter {
  override async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const [row] = await (await sessionAndUserQuery()).execute({ sessionId });
    if (!row) return [null, null];
    const { userId, expiresAt, ...attributes } = row;
    return [
      { id: sessionId, userId, expiresAt, attributes: {} },
      { id: userId, attributes },
    ];
  }
}

async function createLucia() {
  const adapter = new PreparedSessionAdapter(await db(), sessions, users);
  return new Lucia(adapter, {
    sessionCookie: {
      name: SESSION_COOKIE_NAME,
      attributes: {
        sameSite: "lax",
        secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false",
      },
    },
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      name: attributes.name,
      role: attributes.role,
      preferredLanguage: attributes.preferredLanguage,
    }),
  });
}

let luciaInstance: ReturnType<typeof createLucia> | undefined;
function lucia() {
  luciaInstance ??= createLucia();
  return luciaInstance;
}

declare module "lucia" {
  interface Register {
    Lucia: Awaited<ReturnType<typeof createLucia>>;
    DatabaseUserAttributes: {
      email: string;
      name: string;
      role: Role;
      preferredLanguage: "en" | "id";
    };
  }
}

export type CurrentSession = {
  user: SessionUser | null;
  session: Session | null;
  /** Set-Cookie to send back when lucia extended or cleared the session. */
  setCookie: string | null;
};

// lucia's session ids: 25 random bytes in lower-case base32. A cookie holding anything else was not
// written by us, and is never sent to the database.
const SESSION_ID = /^[a-z2-7]{40}$/;

export async function readSession(request: Request): Promise<CurrentSession> {
  const auth = await lucia();
  const sessionId = cookieValue(request.headers.get("Cookie"), auth.sessionCookieName);
  if (!sessionId) return { user: null, session: null, setCookie: null };
  if (!SESSION_ID.test(sessionId))
    return { user: null, session: null, setCookie: auth.createBlankSessionCookie().serialize() };
  const { session, user } = await auth.validateSession(sessionId);
  if (!session) return { user: null, session: null, setCookie: auth.createBlankSessionCookie().serialize() };
  return { user, session, setCookie: session.fresh ? auth.createSessionCookie(session.id).serialize() : null };
}

/**
 * The raw value of the cookie `name`. Not lucia's reader: it percent-decodes every cookie of the
 * site and throws on one bad "%" (another site's analytics cookie, a hand-made header), which
 * would be a 500 on every page. A session id needs no decoding.
 */
function cookieValue(header: string | null, name: string): string | null {
  for (const pair of header?.split(";") ?? []) {
    const [key, ...value] = pair.split("=");
    if (key?.trim() === name) return value.join("=").trim();
  }
  return null;
}

/** Whether the request carries a session cookie at all, valid or not: a page for it may name its reader. */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  return (cookieHeader ?? "").split(";").some((pair) => pair.trim().startsWith(`${SESSION_COOKIE_NAME}=`));
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await readSession(request)).user;
}

/** The signed-in user, or a redirect to log in that comes back to this page afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return user;
}

/** Whether the reader is in the working group (a moderator or an admin), who also sees drafts. */
export async function isWorkingGroup(request: Request): Promise<boolean> {
  const user = await getUser(request);
  return user !== null && hasRole(user.role, "moderator");
}

/** Every role check on the server goes through here. */
export async function requireRole(request: Request, minimum: Role): Promise<SessionUser> {
  const user = await requireUser(request);
  invariantResponse(hasRole(user.role, minimum), 403);
  return user;
}

export async function startSession(userId: string): Promise<string> {
  const auth = await lucia();
  const session = await auth.createSession(userId, {});
  return auth.createSessionCookie(session.id).serialize();
}

export async function endSession(sessionId: string): Promise<string> {
  const auth = await lucia();
  await auth.invalidateSession(sessionId);
  return auth.createBlankSessionCookie().serialize();
}

/** The cookie that clears the session on this device, for when its session has ended elsewhere. */
export async function blankSessionCookie(): Promise<string> {
  return (await lucia()).createBlankSessionCookie().serialize();
}

/** The signed-in user with their session, for actions that treat this device apart from others. */
export async function requireSession(request: Request): Promise<{ user: SessionUser; session: Session }> {
  const { user, session } = await readSession(request);
  if (!user || !session) {
    const url = new URL(request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return { user, session };
}
