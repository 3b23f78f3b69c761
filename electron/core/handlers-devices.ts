import type { ChannelResult, ParsedInput } from '../../shared/api/contract';
import type { DeviceResults, DevicesStatus } from '../../shared/api/channels/devices';
import { AppError } from '../../shared/domain/errors';
import { actorOf, type CoreContext } from './context';
import { prepared } from './db/prepared';
import { qrDataUrl } from './host/qr-svg';
import { getSession } from './services/commission';
import { closeDevices, openDeviceSession, openDevices } from './services/devices';

type DeviceChannel = keyof DeviceResults;
/** The handlers of the device channels. */
export type DeviceHandlers = { [C in DeviceChannel]: (input: ParsedInput<C>) => Promise<ChannelResult<C>> };

/** Opening and closing a session for devices: the host listens on the network only in between. */
export function createDeviceHandlers(ctx: CoreContext): DeviceHandlers {
  const { db } = ctx;
  const urls = new Map<number, string>();
  const openSittings = new Set<number>();

  async function status(sessionId: number): Promise<DevicesStatus> {
    const session = getSession(db, sessionId);
    const open = openDeviceSession(db, sessionId);
    const url = open && ctx.lan?.current() ? (urls.get(sessionId) ?? null) : null;
    const connected = open ? (prepared(db, 'SELECT count(*) AS n FROM device_token WHERE device_session_id = ? AND revoked_at IS NULL').get(open.id) as { n: number }).n : 0;
    return {
      isOpen: open !== null,
      url,
      qrDataUrl: url ? qrDataUrl(url) : null,
      members: session.members.filter((m) => m.role !== 'secretary').map((m) => ({ id: m.id, fullName: m.fullName, role: m.role, hasPin: m.hasPin })),
      connected,
    };
  }

  return {
    'devices:open': async ({ sessionId }) => {
      if (!ctx.lan) throw new AppError('bad_input', 'devices can join only while the app runs (npm start or npm run serve)', 'sessionId');
      const { joinKey } = openDevices(db, sessionId, actorOf(ctx), ctx.now());
      const where = await ctx.lan.open();
      urls.set(sessionId, `http://${where.address}:${where.port}/#join=${joinKey}`);
      return status(sessionId);
    },
    'devices:close': async ({ sessionId }) => {
      closeDevices(db, sessionId, actorOf(ctx), ctx.now());
      urls.delete(sessionId);
      const stillOpen = prepared(db, 'SELECT 1 FROM device_session WHERE closed_at IS NULL LIMIT 1').get();
      if (!stillOpen && openSittings.size === 0) await ctx.lan?.close();
      return status(sessionId);
    },
    'devices:status': ({ sessionId }) => status(sessionId),
    'devices:open-sitting': async ({ sittingId }) => {
      if (!ctx.lan) throw new AppError('bad_input', 'devices can join only while the app runs (npm start or npm run serve)', 'sittingId');
      if (!prepared(db, 'SELECT 1 FROM sitting WHERE id = ? AND locked_at IS NULL').get(sittingId)) throw new AppError('not_found', `no open sitting ${sittingId}`, 'sittingId');
      const where = await ctx.lan.open();
      openSittings.add(sittingId);
      // examinees open their kiosk link on this address: http://<address>:<port>/#exam=<token>
      return { isOpen: true, baseUrl: `http://${where.address}:${where.port}/` };
    },
    'devices:close-sitting': async ({ sittingId }) => {
      openSittings.delete(sittingId);
      const defenseOpen = prepared(db, 'SELECT 1 FROM device_session WHERE closed_at IS NULL LIMIT 1').get();
      if (openSittings.size === 0 && !defenseOpen) await ctx.lan?.close();
      return { isOpen: ctx.lan?.current() != null, baseUrl: null };
    },
  };
}
