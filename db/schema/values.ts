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

export const roles = ["contributor", "moderator", "admin"] as const;
export type Role = (typeof roles)[number];

export const consultationPhases = ["draft", "open", "closed", "published"] as const;

export const versionStatuses = ["drafting", "published"] as const;
export type VersionStatus = (typeof versionStatuses)[number];
export const sectionMappingKinds = ["new", "changed", "merged", "removed", "unchanged"] as const;
export type SectionMappingKind = (typeof sectionMappingKinds)[number];
export const amendmentOutcomes = ["applied", "conflict", "resolved_by_admin"] as const;
export type AmendmentOutcome = (typeof amendmentOutcomes)[number];

export const submissionKinds = ["comment", "amendment", "general"] as const;
export type SubmissionKind = (typeof submissionKinds)[number];
export const stances = ["support", "support_with_changes", "oppose", "neutral"] as const;
export type Stance = (typeof stances)[number];
export const consents = ["public_named", "public_anonymous", "private"] as const;
export type Consent = (typeof consents)[number];
export const submissionLanguages = ["id", "en", "other"] as const;
export type SubmissionLanguage = (typeof submissionLanguages)[number];
export const submissionStatuses = ["pending", "approved", "rejected", "withdrawn"] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export const tagSources = ["manual", "suggested"] as const;

export const outboxStatuses = ["queued", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
