export const roles = ["contributor", "moderator", "admin"] as const;
export type Role = (typeof roles)[number];

// Each role can do everything the roles before it can: an admin also moderates.
export function hasRole(role: Role, minimum: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(minimum);
}
