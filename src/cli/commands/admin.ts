import { signInRequest, restore, updateWorkshopRequest, withCity } from '../../domain/index.js';
import { isAppError } from '../../shared/index.js';
import { hashPassword } from '../../server/auth/password.js';
import { makeId } from '../../server/services/random.js';
import type { WorkshopRecords } from '../../server/store/Store.js';
import { storeArgs, storeOptions, UserError, type Command } from '../command.js';
import { withStore } from '../withStore.js';
import { listBookings } from './adminBookings.js';
import { listRetention } from './adminRetention.js';
import { retentionLimitsFromEnv } from '../../server/config.js';
import { backupSqlite, restoreSqlite } from './backup.js';
import { parse } from '../parse.js';
import { readSecret } from '../readSecret.js';
import { help } from './serve.js';
import { giveDemoToFirstFacilitator } from '../../server/services/demoInvites.js';

const usage = `opencities admin <action> [options] [--data ./data | --database-url URL]

  create-facilitator --email E --name N [--admin]
                         make a facilitator account; the password is read from standard
                         input (piped) or asked for (at least 10 characters)
  list-workshops         every workshop: id, title, created, owner
  delete-workshop ID     delete a workshop and everything in it, for good
  set-city ID "City"     the city a workshop belongs to, for the city atlas ("" for none)
  bookings [--json]      booking requests, newest first: id, date, status, kind, organisation,
                         city, name, e-mail (or every field as JSON)
  retention [--json]     what will be deleted when (SPEC K7), soonest first: workshop id,
                         title, last activity, deletion date; limits from RETENTION_*
  backup FILE            SQLite: a consistent copy of the store, while the server runs
  restore FILE           SQLite: put a backup in place, with the server stopped (the store
                         it replaces is kept beside it, renamed)`;

async function createFacilitator(store: WorkshopRecords, args: string[]): Promise<number> {
  const { values } = parse('admin', args, {
    ...storeOptions,
    email: { type: 'string' },
    name: { type: 'string' },
    admin: { type: 'boolean', default: false },
  });
  if (!values.email || !values.name) throw new UserError('create-facilitator needs --email and --name (see: opencities admin --help)');
  const password = await readSecret('Password: ');
  if (password.length < 10) throw new UserError('the password must have at least 10 characters');
  const { email } = restore(signInRequest, { email: values.email, password });
  await store.createAccount({
    id: makeId('ac'),
    email,
    name: values.name.trim(),
    passwordHash: await hashPassword(password),
    isAdmin: values.admin,
    createdAt: new Date().toISOString(),
  });
  console.log(`Facilitator account created for ${email}. Sign in at /signin.`);
  const demo = await giveDemoToFirstFacilitator(store);
  if (demo) console.log(`The demo workshop "${demo.title}" is yours: it is in your workshop list.`);
  return 0;
}

async function listWorkshops(store: WorkshopRecords): Promise<number> {
  const workshops = await store.listWorkshops();
  if (workshops.length === 0) console.log('No workshops yet.');
  for (const w of workshops)
    console.log(`${w.id}\t${w.createdAt.slice(0, 10)}\t${w.title}${w.ownerId ? '' : '\t(no owner)'}${w.city ? `\t(${w.city})` : ''}`);
  return 0;
}

async function deleteWorkshop(store: WorkshopRecords, id: string | undefined): Promise<number> {
  if (!id) throw new UserError('delete-workshop needs the workshop id (see: opencities admin list-workshops)');
  if (!(await store.deleteWorkshop(id))) throw new UserError(`no workshop with id "${id}" (see: opencities admin list-workshops)`);
  console.log(`Workshop ${id} deleted, with all its boards, people and invites.`);
  return 0;
}

async function setCity(store: WorkshopRecords, id: string | undefined, typed: string | undefined): Promise<number> {
  if (!id || typed === undefined)
    throw new UserError(
      'set-city needs the workshop id and the city, e.g. set-city ws_123 "Coventry" (see: opencities admin list-workshops)',
    );
  const workshop = await store.getWorkshop(id);
  if (!workshop) throw new UserError(`no workshop with id "${id}" (see: opencities admin list-workshops)`);
  const { city } = restore(updateWorkshopRequest, { city: typed });
  const updated = withCity(workshop, city ?? null);
  await store.updateWorkshop(updated);
  console.log(updated.city ? `Workshop ${id} now belongs to ${updated.city}.` : `Workshop ${id} now belongs to no city.`);
  return 0;
}

export const adminCommand: Command = {
  name: 'admin',
  usage,
  async run(args) {
    const [action, ...rest] = args;
    if (!action || action === '--help' || action === '-h') return help(usage);
    const { values, positionals } = parse(
      'admin',
      rest,
      {
        ...storeOptions,
        email: { type: 'string' },
        name: { type: 'string' },
        admin: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      true,
    );
    if (values.help) return help(usage);
    const { dataDir, databaseUrl } = storeArgs(values);
    if (action === 'backup') return backupSqlite(dataDir, databaseUrl, positionals[0]);
    if (action === 'restore') return await restoreSqlite(dataDir, databaseUrl, positionals[0]);
    if (!['create-facilitator', 'list-workshops', 'delete-workshop', 'set-city', 'bookings', 'retention'].includes(action)) {
      throw new UserError(
        `unknown admin action "${action}": use create-facilitator, list-workshops, delete-workshop, set-city, bookings, retention, backup or restore`,
      );
    }
    let limits;
    try {
      limits = retentionLimitsFromEnv(process.env);
    } catch (e) {
      throw new UserError((e as Error).message);
    }
    try {
      return await withStore(values, (store) => {
        if (action === 'retention') return listRetention(store, limits, values.json);
        if (action === 'create-facilitator') return createFacilitator(store, rest);
        if (action === 'list-workshops') return listWorkshops(store);
        if (action === 'set-city') return setCity(store, positionals[0], positionals[1]);
        if (action === 'bookings') return listBookings(store, values.json);
        return deleteWorkshop(store, positionals[0]);
      });
    } catch (e) {
      if (isAppError(e)) throw new UserError(e.message);
      throw e;
    }
  },
};
