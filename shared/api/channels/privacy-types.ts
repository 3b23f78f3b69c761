/** The privacy settings as the UI sees them (the backup password itself never leaves the core). */
export type PrivacySettings = { retentionYears: number; hasBackupPassword: boolean };

/** What one erasure did: the pseudonym, and the locked records that still name the person (and until when). */
export type ErasureResult = {
  listenerId: number;
  pseudonym: string;
  /** Locked protocol snapshots that keep the name until `lockedUntil` (null: kept for as long as retention is 0). */
  lockedKept: number;
  /** Locked snapshots whose name was replaced now, the retention period being over. */
  lockedRedacted: number;
  lockedUntil: string | null;
};

/** A listener whose retention period is over (the erase-due preview). */
export type DueListener = { id: number; cohortId: number; cohortName: string; name: string; cohortEndedOn: string; dueSince: string; isErased: boolean };

/** Result types of the personal data and retention channels. */
export type PrivacyResults = {
  'privacy:settings': PrivacySettings;
  'privacy:set-retention': PrivacySettings;
  'privacy:set-backup-password': PrivacySettings;
  'privacy:erase-listener': ErasureResult;
  'privacy:due': { retentionYears: number; listeners: DueListener[] };
  'privacy:erase-due': { erased: number; redacted: number };
};
