// Plain constant lists behind the database enums. No drizzle import here: the browser bundle
// imports these (through app/) to build the same choices the database accepts.
export const organisationTypes = [
  "think_tank",
  "research_institution",
  "civil_society",
  "private_sector",
  "intergovernmental",
  "government_agency",
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const countryCodes = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "other"] as const;
export type CountryCode = (typeof countryCodes)[number];

export const languages = ["en", "id"] as const;
export type Language = (typeof languages)[number];

export const rejectionReasons = ["off_topic", "abusive", "spam", "duplicate", "personal_data", "other"] as const;
export type RejectionReason = (typeof rejectionReasons)[number];
