import type { Role } from '../../shared/api/channels/people-types';
import { postEnvelope, unwrap } from './client';

/** What `POST /device/members` answers for an open join link. */
export type DeviceSessionInfo = {
  sessionId: number;
  heldOn: string;
  place: string | null;
  members: { id: number; fullName: string; role: Role }[];
};

/** What `POST /device/join` answers: the device's own token, scoped to one member. */
export type DeviceJoin = { token: string; memberId: number; memberName: string; sessionId: number };

/** The commission a join link opens (names only; `forbidden` when the link is closed). */
export async function deviceMembers(joinKey: string): Promise<DeviceSessionInfo> {
  return unwrap(await postEnvelope('/device/members', { joinKey }, null)) as DeviceSessionInfo;
}

/** Joins as one member with their PIN (`wrong_pin`, `pin_locked` when refused). */
export async function deviceJoin(joinKey: string, memberId: number, pin: string): Promise<DeviceJoin> {
  return unwrap(await postEnvelope('/device/join', { joinKey, memberId, pin }, null)) as DeviceJoin;
}
