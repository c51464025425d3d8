import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { database, schema } from "#db/client.server";
import { action as loginAction } from "~/routes/login";
import { action as registerAction } from "~/routes/register";
import { BASE, context, cookiesFrom, formRequest, settle } from "./requests";

/** The session cookie of a new individual contributor, registered through the form as a person would. */
export async function newContributorCookie(): Promise<string> {
  const response = await settle(() =>
    registerAction({
      request: formRequest("/register", {
        name: "Form Tester",
        email: `form-${randomUUID()}@example.org`,
        password: "a long enough passphrase",
        preferredLanguage: "en",
        organisationMode: "individual",
      }),
      params: {},
      context: context(),
    }),
  );
  return cookiesFrom(response);
}

export const PERSON_PASSWORD = "a long enough passphrase";
export type Person = { id: string; name: string; email: string; cookie: string };

/**
 * A new person registered through the form, as an individual expert unless `fields` say otherwise
 * (organisationMode "new" with its fields): their id, name, e-mail and the session cookie of that visit.
 */
export async function registeredPerson(fields: Record<string, string> = {}): Promise<Person> {
  const name = `Person ${randomUUID().slice(0, 8)}`;
  const email = `person-${randomUUID()}@example.org`;
  const response = await settle(() =>
    registerAction({
      request: formRequest("/register", {
        name,
        email,
        password: PERSON_PASSWORD,
        preferredLanguage: "en",
        organisationMode: "individual",
        ...fields,
      }),
      params: {},
      context: context(),
    }),
  );
  const { db } = await database();
  const [user] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email));
  if (!user) throw new Error(`registering ${email} failed with ${response.status}`);
  return { id: user.id, name, email, cookie: cookiesFrom(response) };
}

/** The session cookie of an account that logs in through the form (a demo moderator, say). */
export async function loggedInCookie(email: string, password: string): Promise<string> {
  return cookiesFrom(
    await settle(() =>
      loginAction({ request: formRequest("/login", { email, password }), params: {}, context: context() }),
    ),
  );
}

/** A multipart body as a browser sends the input form, with the file in the `attachment` field. */
export function inputFormBody(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append("attachment", new Blob([Buffer.from(file.bytes)]), file.name);
  return form;
}

export function multipartRequest(path: string, cookie: string, body: FormData): Request {
  return new Request(`${BASE}${path}`, { method: "POST", headers: { Cookie: cookie, Origin: BASE }, body });
}
