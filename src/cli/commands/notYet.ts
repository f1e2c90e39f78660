import type { Command } from '../command.js';

/** Commands whose issues have not landed: listed, and honest about it. */
function notYet(name: string, usage: string): Command {
  return {
    name,
    usage,
    async run(args) {
      if (args.includes('--help') || args.includes('-h')) {
        console.log(`${usage}\n\nNot yet available in this version.`);
        return 0;
      }
      console.error(`opencities ${name}: not yet available in this version; it arrives with the city atlas release.`);
      return 1;
    },
  };
}

export const atlasCommand = notYet('atlas', 'opencities atlas --workshop ID...');
