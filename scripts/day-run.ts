/**
 * A scripted workshop day, to look at (a manual check, not a test): `npm run build && node
 * --import tsx scripts/day-run.ts [--port 8090] [--shots DIR]`.
 *
 * Starts the built server (`opencities serve`) over a fresh temporary SQLite folder, makes a
 * facilitator account with the CLI, and in Chromium plays a short day: the facilitator signs
 * in and makes a workshop with two groups; three participants from two organisations join by
 * invite (one on a 390 × 844 phone) and an observer; they map, vote, present (spotlight and the
 * presenter view), work the ethics canvas, reflect in a private round; the report downloads.
 * At each step: a screenshot per person (DIR/NN-step-person.png) and a line "OK step person"
 * or "FAIL step person: why" (see dayRun/checks.ts), then a summary. Exit 1 when any failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../e2e/support/browser.js';
import { exited, freePort, runCli, serverRunsFrom, startServerProcess } from '../test/support/cliProcess.js';
import { Day, person, phone } from './dayRun/day.js';
import { canvas, joinAndGroup, mapping, presenting, reflection, report, signInAndCreate, voting, type Plan } from './dayRun/steps.js';

const { values } = parseArgs({ options: { port: { type: 'string' }, shots: { type: 'string', default: 'test-results/day-run' } } });
if (serverRunsFrom !== 'build') {
  console.error('The build is older than the sources: run `npm run build` first (the day runs the built server and web app).');
  process.exit(1);
}
const port = values.port ? Number(values.port) : await freePort();
const email = 'fatima@example.org';
const password = 'a long day-run password';

const data = mkdtempSync(join(tmpdir(), 'ocs-day-'));
const made = runCli(['admin', 'create-facilitator', '--email', email, '--name', 'Fatima Reyes', '--data', data], `${password}\n`);
if (made.status !== 0) throw new Error(`making the facilitator account failed: ${made.stderr}`);
const server = await startServerProcess(port, ['--data', data]);
const browser = await launchBrowser();
const day = new Day(values.shots!);
console.log(`Day run on ${server.base}; screenshots in ${values.shots}`);
try {
  const plan: Plan = {
    base: server.base,
    title: 'Riverside flood data day',
    groups: ['North bank', 'South bank'],
    facilitator: await person(browser, 'facilitator', 'Fatima Reyes', ''),
    participants: [
      { who: await person(browser, 'amira', 'Amira Haddad', 'City Council'), group: 'North bank' },
      { who: await person(browser, 'ben-phone', 'Ben Okafor', 'Fire and Rescue', phone), group: 'North bank' },
      { who: await person(browser, 'chen', 'Chen Wu', 'City Council'), group: 'South bank' },
    ],
    observer: await person(browser, 'observer', 'Olu Bello', 'University'),
    email,
    password,
  };
  for (const step of [signInAndCreate, joinAndGroup, mapping, voting, presenting, canvas, reflection, report]) await step(day, plan);
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
  await exited(server.child);
  rmSync(data, { recursive: true, force: true });
}
console.log(`\n${day.ok} OK, ${day.failed} FAIL`);
process.exitCode = day.failed === 0 ? 0 : 1;
