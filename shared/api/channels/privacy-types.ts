/** Result types of the personal data, retention, encrypted backups (issue 10) channels. */
export type PrivacyResults = {};
