// Runs the CLI from source (through tsx), so tests need no build.
import { main } from '../../src/cli/main.js';

const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
