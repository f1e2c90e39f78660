import { createDemoWorkshop } from '../../server/services/demoWorkshop.js';
import { storeOptions, type Command } from '../command.js';
import { withStore } from '../withStore.js';
import { parse } from '../parse.js';
import { help } from './serve.js';

export const demoCommand: Command = {
  name: 'demo',
  usage: `opencities demo [--json] [--data ./data | --database-url URL]

  --json   print { workshop: {id, title}, invites: {facilitator, participant, observer}, boards: [...] }`,
  async run(args) {
    const { values } = parse('demo', args, { ...storeOptions, json: { type: 'boolean', default: false } });
    if (values.help) return help(this.usage);
    const demo = await withStore(values, (store) => createDemoWorkshop(store, new Date()));
    {
      const out = {
        workshop: { id: demo.workshop.id, title: demo.workshop.title },
        invites: {
          facilitator: demo.invites.facilitator.code,
          participant: demo.invites.participant.code,
          observer: demo.invites.observer.code,
        },
        boards: demo.boards.map((b) => ({
          id: b.id,
          kind: b.kind,
          title: b.title,
          group: demo.groups.find((g) => g.id === b.groupId)?.name ?? null,
        })),
      };
      if (values.json) console.log(JSON.stringify(out, null, 2));
      else {
        console.log(`Created "${out.workshop.title}" (${out.workshop.id}). Invite links, once the server runs:`);
        for (const [role, code] of Object.entries(out.invites)) console.log(`  ${role.padEnd(12)} /join/${code}`);
      }
      return 0;
    }
  },
};
