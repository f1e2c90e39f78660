import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/store/index.js';
import { workshop } from '../contract/storeFixtures.js';
import { runCli } from '../support/cliProcess.js';

describe('opencities admin retention (SPEC K7)', () => {
  it('lists what will be deleted when, soonest first, as lines or JSON', async () => {
    const data = mkdtempSync(join(tmpdir(), 'ocs-cli-'));
    const empty = runCli(['admin', 'retention', '--data', data]);
    expect(empty.status).toBe(0);
    expect(empty.stdout.trim()).toBe('No workshops.');

    const store = await openStore({ dataDir: data });
    await store.createWorkshop(workshop('w_later', { title: 'Later', createdAt: '2026-01-01T09:00:00.000Z' }));
    await store.createWorkshop(workshop('w_sooner', { title: 'Sooner\tone', createdAt: '2026-03-01T09:00:00.000Z' }));
    await store.setRetentionMonths('w_sooner', 3);
    await store.touchWorkshopActivity('w_later', '2026-02-10T08:00:00.000Z', '2026-02-10T08:00:00.000Z');
    await store.close();

    const lines = runCli(['admin', 'retention', '--data', data]).stdout.trim().split('\n');
    expect(lines.map((l) => l.split('\t'))).toEqual([
      ['w_sooner', 'Sooner one', '2026-03-01', '2026-06-01'],
      ['w_later', 'Later', '2026-02-10', '2027-02-10'],
    ]);
    const json = JSON.parse(runCli(['admin', 'retention', '--json', '--data', data]).stdout);
    expect(json.workshops[1]).toEqual({
      workshop: { id: 'w_later', title: 'Later' },
      lastActivityAt: '2026-02-10T08:00:00.000Z',
      months: 12,
      deleteOn: '2027-02-10T08:00:00.000Z',
      warnedAt: null,
    });
  });
});
