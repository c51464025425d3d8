// What is left of an account its owner deleted, and how other pages name it (decision 036).
import { sql } from "drizzle-orm";
import { schema } from "#db/client.server";

const { users } = schema;

/** The tombstone's name: pages that do not ask whether an account is deleted still show no one's name. */
export const DELETED_ACCOUNT_NAME = "Deleted account";

/**
 * The tombstone's e-mail: unique, as the column must be, built from the account's random id (which
 * names no one), and under `.invalid`, a domain that never receives mail (RFC 2606). The person's
 * own address is free to register again.
 */
export function deletedAccountEmail(userId: string): string {
  return `${userId}@deleted.invalid`;
}

/** Not an argon2 hash: no password verifies against it. */
export const DELETED_ACCOUNT_PASSWORD_HASH = "!deleted";

/** A person's name as the working group reads it: null once the account is deleted, for the page to say so. */
export const nameUnlessDeleted = sql<string | null>`case when ${users.deletedAt} is null then ${users.name} end`;

/** A person's e-mail address as the working group reads it: null once the account is deleted. */
export const emailUnlessDeleted = sql<string | null>`case when ${users.deletedAt} is null then ${users.email} end`;
