import { openCore } from '../../electron/core/core';
import { startHost } from '../../electron/core/host/server';

/**
 * A hub process for crash tests: `node --import tsx hub-main.ts DATA_DIR PORT TOKEN`.
 * Prints one JSON line when it listens; the test kills it with SIGKILL and starts it again.
 */
const [dataDir, port, token] = process.argv.slice(2);
const core = openCore(dataDir!);
const host = await startHost({ core, rendererDir: null, port: Number(port), token });
process.stdout.write(`${JSON.stringify({ port: host.port, lan: core.ctx.lan?.current() ?? null })}\n`);
