import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { exportDocument, inThreadRenderer } from '../../electron/core/services/documents/export';
import { importListeners } from '../../electron/core/services/listener-import';
import { listenerWorkbook } from './listener-workbook';

/**
 * A process the crash test kills with SIGKILL: `crash-worker.ts DATA_DIR imports|exports COHORT SESSION XLSX`.
 * It prints one line per acknowledged (committed or completely written) piece of work.
 */
const [dataDir, mode, cohort, session, xlsx] = process.argv.slice(2);
const core = openCore(dataDir!);
const template = xlsx ? readFileSync(xlsx) : Buffer.alloc(0);
for (let i = 0; ; i += 1) {
  if (mode === 'imports') {
    const book = await listenerWorkbook(Array.from({ length: 2000 }, (_, k) => [`Crash ${i}-${k}`, null, null, null, null, null]));
    const r = await importListeners(core.ctx.db, Number(cohort), book, { dryRun: false, actor: 'crash', now: new Date() });
    if (r.imported !== 2000 || template.length === 0) throw new Error(`import ${i} wrote ${r.imported}`);
    process.stdout.write(`imported ${r.imported}\n`);
  } else {
    const out = join(dataDir!, `protocol-${i}.pdf`);
    await exportDocument(core.ctx, { doc: 'protocol', sessionId: Number(session), format: 'pdf', lang: 'kk', draft: true, out }, inThreadRenderer());
    process.stdout.write(`exported ${out}\n`);
  }
}
