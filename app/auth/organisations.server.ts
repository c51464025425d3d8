import { asc, eq, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";

const { organisations, organisationMembers } = schema;

// What a form shows of an organisation: enough to tell two of the same name apart.
const organisationSummary = {
  id: organisations.id,
  name: organisations.name,
  type: organisations.type,
  country: organisations.country,
};

/** Every organisation, by name: the ones a person may join when registering. */
export async function listOrganisations() {
  return (await db()).select(organisationSummary).from(organisations).orderBy(asc(organisations.name));
}

/**
 * The organisations a person belongs to, by name: whom they may send input on behalf of once
 * their membership is confirmed (`pending` until then).
 */
export async function organisationsOf(userId: string) {
  return (await db())
    .select({ ...organisationSummary, pending: sql<boolean>`${organisationMembers.confirmedAt} is null` })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.name));
}
