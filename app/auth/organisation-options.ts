export { type CountryCode, countryCodes, type OrganisationType, organisationTypes } from "#db/schema/values";
