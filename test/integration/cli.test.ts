import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cliProcess.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'ocs-cli-'));

/** E3: a user error is one line on stderr, exit 1, and no stack trace. */
function expectUserError(r: { status: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('opencities CLI', () => {
  it('--help lists every command of the contract', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['serve', 'demo', 'admin', 'import', 'export', 'analyze', 'atlas', 'report'])
      expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  });

  it('demo --json prints the contract shape', () => {
    const r = runCli(['demo', '--json', '--data', dataDir()]);
    expect(r.status).toBe(0);
    const demo = JSON.parse(r.stdout);
    expect(demo.workshop.title).toBe('Open Cities demo');
    expect(Object.keys(demo.invites).sort()).toEqual(['facilitator', 'observer', 'participant']);
    expect(demo.boards).toHaveLength(6);
    expect(demo.boards[0]).toEqual({ id: expect.any(String), kind: 'ecosystem-map', title: expect.any(String), group: 'Group 1' });
  });

  it('admin creates a facilitator from a piped password, lists and deletes workshops', () => {
    const data = dataDir();
    expect(
      runCli(['admin', 'create-facilitator', '--email', 'f@example.org', '--name', 'Fay', '--data', data], 'a long enough password\n')
        .status,
    ).toBe(0);
    expectUserError(
      runCli(['admin', 'create-facilitator', '--email', 'f@example.org', '--name', 'Fay', '--data', data], 'a long enough password\n'),
      /already exists/,
    );
    expectUserError(
      runCli(['admin', 'create-facilitator', '--email', 'g@example.org', '--name', 'G', '--data', data], 'short\n'),
      /at least 10 characters/,
    );
    const demo = JSON.parse(runCli(['demo', '--json', '--data', data]).stdout);
    expect(runCli(['admin', 'list-workshops', '--data', data]).stdout).toContain(demo.workshop.id);
    expect(runCli(['admin', 'delete-workshop', demo.workshop.id, '--data', data]).status).toBe(0);
    expect(runCli(['admin', 'list-workshops', '--data', data]).stdout).not.toContain(demo.workshop.id);
  });

  it('E3: user errors are one line with what to do, exit 1, never a stack trace', () => {
    expectUserError(runCli(['frobnicate']), /unknown command "frobnicate".*--help/);
    expectUserError(runCli(['serve', '--port', 'abc']), /--port must be a number/);
    expectUserError(runCli(['serve', '--public-url', 'studio.example.org']), /PUBLIC_URL must be an address like https:/);
    expectUserError(runCli(['demo', '--colour']), /Unknown option '--colour'.*--help/);
  });

  // Each CLI run starts Node with tsx (seconds on a busy machine): the cases are split so each test stays well inside its time.
  it('E3, I6: a wrong single sign-on setting stops the start in one line naming it', () => {
    const sso = { OIDC_ISSUER: 'https://login.example.org', OIDC_CLIENT_ID: 'studio', OIDC_CLIENT_SECRET: 's' };
    expectUserError(runCli(['serve', '--data', dataDir()], undefined, sso), /OIDC_ALLOWED_DOMAINS must name the e-mail domains/);
    expectUserError(
      runCli(['serve', '--data', dataDir()], undefined, { ...sso, OIDC_ALLOWED_DOMAINS: 'coventry.gov.uk' }),
      /OIDC_ISSUER needs --public-url \(PUBLIC_URL\)/,
    );
    expectUserError(runCli(['serve', '--data', dataDir()], undefined, { LOCAL_SIGN_IN: 'off' }), /LOCAL_SIGN_IN=off needs single sign-on/);
  });

  it('E3: a wrong workshop, action, file or database is one line with what to do', () => {
    expectUserError(runCli(['admin', 'delete-workshop', 'ws_nope', '--data', dataDir()]), /no workshop with id "ws_nope"/);
    expectUserError(runCli(['admin', 'explode', '--data', dataDir()]), /unknown admin action/);
    expectUserError(runCli(['import', 'map.json']), /--workshop ID is required/);
    expectUserError(runCli(['analyze', 'map.json']), /cannot read map\.json: no such file/);
    expectUserError(runCli(['atlas']), /--city "City" is required/);
    expectUserError(runCli(['demo', '--database-url', 'postgres://127.0.0.1:1/nothing']), /cannot connect to PostgreSQL at 127.0.0.1:1/);
  });
});
