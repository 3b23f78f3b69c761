import { z } from 'zod';
import type { Member } from './people-types';

const id = z.number().int().positive();

/** Input schemas of the session for devices (members scoring on their own phones). */
export const deviceInputs = {
  'devices:open': z.object({ sessionId: id }).strict(),
  'devices:close': z.object({ sessionId: id }).strict(),
  'devices:status': z.object({ sessionId: id }).strict(),
  /** Examinees' own devices for a test sitting: the host listens on the network until closed. */
  'devices:open-sitting': z.object({ sittingId: id }).strict(),
  'devices:close-sitting': z.object({ sittingId: id }).strict(),
} as const;

/** What the secretary shows while devices are open: the address, its QR code, who may join. */
export type DevicesStatus = {
  isOpen: boolean;
  url: string | null;
  qrDataUrl: string | null;
  members: Pick<Member, 'id' | 'fullName' | 'role' | 'hasPin'>[];
  connected: number;
};

/** Result types of the device channels. */
export type DeviceResults = {
  'devices:open': DevicesStatus;
  'devices:close': DevicesStatus;
  'devices:status': DevicesStatus;
  'devices:open-sitting': { isOpen: boolean; baseUrl: string | null };
  'devices:close-sitting': { isOpen: boolean; baseUrl: string | null };
};

/** The channels a member's device token may call (every other channel is refused). */
export const MEMBER_DEVICE_CHANNELS = ['defense:queue', 'defense:turn', 'sheet:get', 'sheet:save', 'sheet:submit', 'board:get', 'template:get'] as const;
