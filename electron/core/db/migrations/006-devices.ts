import type { Migration } from '../migration';

/**
 * Devices on the local network: a "session for devices" the secretary opens, device tokens
 * (stored hashed, scoped to one member or examinee, revoked when the session closes), PIN
 * throttling, and the client ids that make a resent write count once.
 */
export const migration006: Migration = {
  version: 6,
  name: 'devices',
  up(db) {
    db.exec(`
      CREATE TABLE device_session (
        id INTEGER PRIMARY KEY,
        defense_session_id INTEGER REFERENCES defense_session(id),
        join_key_hash TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        closed_at TEXT
      ) STRICT;
      CREATE TABLE device_token (
        id INTEGER PRIMARY KEY,
        device_session_id INTEGER NOT NULL REFERENCES device_session(id),
        member_id INTEGER REFERENCES commission_member(id),
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE TABLE pin_throttle (
        subject TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        locked_until TEXT
      ) STRICT;
      CREATE TABLE client_write (
        client_id TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        result TEXT NOT NULL CHECK (json_valid(result)),
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
