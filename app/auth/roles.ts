import { type Role, roles } from "#db/schema/values";

export { type Role, roles };

// Each role can do everything the roles before it can: an admin also moderates.
export function hasRole(role: Role, minimum: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(minimum);
}
