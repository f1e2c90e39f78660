/**
 * `npm run bench -- workshop [--participants 100] [--groups 10] [--starts 30]`
 *
 * The facilitator starts an activity; how long until every participant's screen has it?
 * Ours: a real `opencities serve` process (SQLite, authentication, durable storage), 100
 * participants who joined by invite across 10 groups, each following the workshop's control
 * document read-only; the facilitator writes it. Anchor: the same fan-out through a bare
 * Hocuspocus server (no authentication, no storage), in the same run. Prints p50/p99 of
 * "start → last participant has it" and of "start → each participant has it", and the ratio.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readActivity, startActivity } from '../src/doc/control/index.js';
import { agendaFromTemplate, findTemplate } from '../src/domain/facilitation/index.js';
import { createWorkshop } from '../src/server/services/createWorkshop.js';
import { openStore } from '../src/server/store/index.js';
import { fixed, summarize, type Summary } from './stats.js';

interface Options {
  participants: number;
  groups: number;
  starts: number;
}

function parse(args: string[]): Options {
  const get = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    const value = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
    return value;
  };
  return { participants: get('participants', 100), groups: get('groups', 10), starts: get('starts', 30) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(1);
  }
}

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

/** A server with a facilitator ("lead") and participants connected to the document they follow. */
interface Setup {
  lead: Client;
  people: Client[];
  child: ChildProcess;
  read: (c: Client) => string | null;
  start: (c: Client, id: string) => void;
}

function connect(url: string, name: string, token: string): Client {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ url, name, document: doc, token, WebSocketPolyfill: WebSocket } as ConstructorParameters<
    typeof HocuspocusProvider
  >[0]);
  return { doc, provider };
}

async function serverOf(child: ChildProcess, match: RegExp): Promise<string> {
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = match.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** Sets up a workshop with groups and people, starts `opencities serve`, and connects everyone to the control document. */
async function ours(o: Options): Promise<Setup> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ocs-bench-workshop-'));
  const store = await openStore({ dataDir });
  const template = findTemplate('data-ecosystem-mapping')!;
  const groups = Array.from({ length: o.groups }, (_, i) => `Group ${i + 1}`);
  const made = await createWorkshop(
    store,
    {
      title: 'Bench workshop',
      description: '',
      meetingLink: null,
      ownerId: null,
      groups,
      projects: [],
      boardsPerGroup: [],
      agenda: agendaFromTemplate(template),
    },
    new Date(),
  );
  await store.close();
  // Each participant joins as from an address of their own, through a "proxy" the server
  // trusts: 100 joins from one address would meet the join throttle (SPEC S4).
  const serveArgs = ['serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--trust-proxy', '127.0.0.1'];
  const child = spawn(process.execPath, ['bin/opencities.js', ...serveArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = (await serverOf(child, /running at (http:\/\/localhost:\d+)/)).replace('localhost', '127.0.0.1');
  let joined = 0;
  const joinAs = async (invite: string, name: string, organisation: string) => {
    joined += 1;
    const res = await fetch(`${base}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${joined >> 8}.${joined & 255}` },
      body: JSON.stringify({ invite, name, organisation }),
    });
    const body = (await res.json()) as { token: string };
    return { token: body.token, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
  };
  const facilitator = await joinAs(made.invites.facilitator.code, 'Facilitator', 'Council');
  const detail = (await (await fetch(`${base}/api/workshops/${made.workshop.id}`, { headers: { cookie: facilitator.cookie } })).json()) as {
    controlDocId: string;
  };
  const url = base.replace('http', 'ws') + '/collab';
  const people: Client[] = [];
  for (let i = 0; i < o.participants; i++)
    people.push(connect(url, detail.controlDocId, (await joinAs(made.invites.participant.code, `P${i}`, `Org ${i % 7}`)).token));
  const lead = connect(url, detail.controlDocId, facilitator.token);
  return {
    lead,
    people,
    child,
    read: (c: Client) => readActivity(c.doc)?.activityId ?? null,
    start: (c: Client, id: string) => startActivity(c.doc, { id, minutes: 10 }, Date.now()),
  };
}

/** The same fan-out through stock Hocuspocus: one document, a plain map key as "the activity". */
async function bare(o: Options): Promise<Setup> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/serverProcess.ts', 'bare', tmpdir(), '1'], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const ready = JSON.parse(await serverOf(child, /^(\{.*\})\n/m)) as { url: string; boards: string[] };
  const name = ready.boards[0]!;
  const people = Array.from({ length: o.participants }, () => connect(ready.url, name, 'bench'));
  const lead = connect(ready.url, name, 'bench');
  return {
    lead,
    people,
    child,
    read: (c: Client) => (c.doc.getMap('live').get('activity') as string | undefined) ?? null,
    start: (c: Client, id: string) => c.doc.getMap('live').set('activity', id),
  };
}

async function measure(setup: Setup, o: Options) {
  const everyone = [setup.lead, ...setup.people];
  await until('everyone to sync', () => everyone.every((c) => c.provider.isSynced));
  const last: number[] = [];
  const each: number[] = [];
  for (let round = 0; round < o.starts + 3; round++) {
    const id = `activity-${round}`;
    const seenAt = new Map<Client, number>();
    const watchers = setup.people.map((c) => {
      const check = () => {
        if (!seenAt.has(c) && setup.read(c) === id) seenAt.set(c, performance.now());
      };
      c.doc.on('update', check);
      return () => c.doc.off('update', check);
    });
    const t0 = performance.now();
    setup.start(setup.lead, id);
    await until(`round ${round} to reach everyone`, () => seenAt.size === setup.people.length);
    for (const stop of watchers) stop();
    if (round >= 3) {
      // the first rounds warm up connections and code paths
      const times = [...seenAt.values()].map((t) => t - t0);
      last.push(Math.max(...times));
      each.push(...times);
    }
    await sleep(200);
  }
  for (const c of everyone) c.provider.destroy();
  setup.child.kill('SIGTERM');
  return { last: summarize(last), each: summarize(each) };
}

const row = (label: string, s: Summary) => `| ${label} | ${fixed(s.p50)} | ${fixed(s.p95)} | ${fixed(s.p99)} | ${fixed(s.max)} |`;

export async function runWorkshop(args: string[]): Promise<void> {
  const o = parse(args);
  console.log(`workshop fan-out: ${o.participants} participants in ${o.groups} groups, ${o.starts} activity starts`);
  const bareResult = await measure(await bare(o), o);
  const oursResult = await measure(await ours(o), o);
  console.log('\n| start → participants have it (ms) | p50 | p95 | p99 | max |\n|---|---|---|---|---|');
  console.log(row('ours: last participant', oursResult.last));
  console.log(row('bare Hocuspocus: last participant', bareResult.last));
  console.log(row('ours: each participant', oursResult.each));
  console.log(row('bare Hocuspocus: each participant', bareResult.each));
  console.log(
    `\nratio ours/bare, last participant: p50 ${fixed(oursResult.last.p50 / bareResult.last.p50, 2)}, p99 ${fixed(oursResult.last.p99 / bareResult.last.p99, 2)} (target p99 ≤ 1.25)`,
  );
}
