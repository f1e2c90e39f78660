import type { Command } from '../command.js';

/** Commands whose issues have not landed: listed, and honest about it. */
function notYet(name: string, summary: string, usage: string): Command {
  return {
    name,
    summary: `${summary} (not yet available)`,
    usage,
    async run(args) {
      if (args.includes('--help') || args.includes('-h')) {
        console.log(`${usage}\n\nNot yet available in this version.`);
        return 0;
      }
      console.error(`opencities ${name}: not yet available in this version; it arrives with the findings and formats release.`);
      return 1;
    },
  };
}

export const atlasCommand = notYet('atlas', 'Merge the maps of many projects into a city atlas', 'opencities atlas --workshop ID...');
export const reportCommand = notYet('report', 'Write the workshop report', 'opencities report --workshop ID --format md|pdf');
