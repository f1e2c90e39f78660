// The runnable entry of the CLI: bin/opencities.js loads its build; tests and `npm run dev` run it from source.
import { main } from './main.js';

const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
