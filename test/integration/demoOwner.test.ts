import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoTitle } from '../../src/server/services/demoWorkshop.js';
import { ensureDemoWorkshop, giveDemoToFirstFacilitator } from '../../src/server/services/demoInvites.js';
import { openStore } from '../../src/server/store/index.js';
import type { FacilitatorAccount } from '../../src/domain/index.js';
import { runCli } from '../support/cliProcess.js';

const account = (id: string, createdAt: string): FacilitatorAccount => ({
  id,
  email: `${id}@example.org`,
  name: id,
  passwordHash: 'x',
  isAdmin: false,
  createdAt,
});

/** The demo made on first start (`npm start`) has an owner once there is a facilitator account (README, "The demo workshop"). */
describe('the first-start demo workshop belongs to the first facilitator account', () => {
  it('the first account made with the CLI is given it, and finds it in their list', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ocs-demo-'));
    let store = await openStore({ dataDir });
    await ensureDemoWorkshop(store, new Date());
    expect((await store.listWorkshops())[0]).toMatchObject({ title: demoTitle, ownerId: null });
    await store.close();

    const made = runCli(
      ['admin', 'create-facilitator', '--email', 'fay@example.org', '--name', 'Fay', '--data', dataDir],
      'a long enough password\n',
    );
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(`The demo workshop "${demoTitle}" is yours`);
    store = await openStore({ dataDir });
    const fay = await store.getAccountByEmail('fay@example.org');
    expect((await store.listWorkshopsFor(fay!.id)).map((w) => w.title)).toEqual([demoTitle]);
    await store.close();

    // A second account does not take it over.
    expect(
      runCli(['admin', 'create-facilitator', '--email', 'gus@example.org', '--name', 'Gus', '--data', dataDir], 'another long password\n')
        .stdout,
    ).not.toContain('demo');
    store = await openStore({ dataDir });
    expect((await store.listWorkshops())[0]!.ownerId).toBe(fay!.id);
    await store.close();
  }, 120_000);

  it('at start, an ownerless demo goes to the oldest account; a store whose first workshop is not a demo is left alone', async () => {
    const store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'ocs-demo-')) });
    await ensureDemoWorkshop(store, new Date());
    expect(await giveDemoToFirstFacilitator(store)).toBeNull(); // no account yet
    await store.createAccount(account('ac_new', '2026-12-02T00:00:00.000Z'));
    await store.createAccount(account('ac_old', '2026-12-01T00:00:00.000Z'));
    expect(await giveDemoToFirstFacilitator(store)).toMatchObject({ title: demoTitle, ownerId: 'ac_old' });
    expect(await giveDemoToFirstFacilitator(store)).toBeNull(); // once
    await store.close();

    const other = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'ocs-demo-')) });
    await other.createAccount(account('ac_1', '2026-12-01T00:00:00.000Z'));
    await other.createWorkshop({
      id: 'ws_1',
      title: 'Air day',
      description: '',
      meetingLink: null,
      ownerId: null,
      agenda: [],
      createdAt: '2026-12-01T00:00:00.000Z',
    });
    expect(await giveDemoToFirstFacilitator(other)).toBeNull();
    expect((await other.getWorkshop('ws_1'))!.ownerId).toBeNull();
    await other.close();
  });
});
