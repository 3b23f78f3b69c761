import { networkInterfaces } from 'node:os';

/**
 * The address the laptop has on the venue's network (or its hotspot): the first non-internal
 * IPv4 address, preferring private ranges. `ATTESTA_LAN_ADDRESS` overrides it (tests bind to
 * another loopback address such as 127.0.0.2).
 */
export function lanAddress(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ATTESTA_LAN_ADDRESS) return env.ATTESTA_LAN_ADDRESS;
  const candidates = Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return candidates.find(isPrivate) ?? candidates[0] ?? null;
}
