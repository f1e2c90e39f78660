// Writes docs/errors.md from the error registry: `node --import tsx scripts/errors-doc.ts`.
import { writeFileSync } from 'node:fs';
import { closeCodes, errorRegistry } from '../src/shared/index.js';

const rows = Object.entries(errorRegistry).map(
  ([code, e]) => `| \`${code}\` | ${e.status} | ${(closeCodes as Record<string, number>)[code] ?? ''} | ${e.message} |`,
);
const page = `# Errors

Every user-facing error has a stable code. Over HTTP it comes as \`{ "error": { "code", "message" } }\`
with the status below; on \`/collab\` a refusal or a closed connection carries a reason that
starts with the code (\`CODE: what to do\`). Codes are never renamed once shipped. The registry
is \`src/shared/errors.ts\`; this page is written from it by \`scripts/errors-doc.ts\`, and a test
keeps the two equal.

| code | HTTP status | /collab close code | message |
|---|---|---|---|
${rows.join('\n')}

On \`/collab\`, a refusal (\`TOKEN_INVALID\`, \`BOARD_NOT_FOUND\`, \`FORBIDDEN\`) arrives as the
provider's authentication-failed event with the reason; a limit (\`MESSAGE_TOO_LARGE\`,
\`DOCUMENT_TOO_LARGE\`, \`RATE_LIMITED\`) closes that board's connection with the reason, then
ends the client's socket with the close code and the bare code as its reason, so the client
reconnects by itself; a write the store could not make for good ends it with 1011 and
\`STORE_UNAVAILABLE\`. When a facilitator removes someone (\`PARTICIPANT_REMOVED\`), or moves
them to a group whose rights no longer cover a board they have open (\`FORBIDDEN\`), each such
connection is closed the same way at once, and the page shows it as final; a token of a removed
person is refused with \`PARTICIPANT_REMOVED\`. A frame the server cannot read ends the socket
with 1002 (SPEC E4).

\`STORE_UNAVAILABLE\` (503) is also what every route answers while the database is down,
unreachable, slower than its statement timeout, or its disk is full (SPEC D8); \`/healthz\`
says so within a second (D9).

\`SERVER_NOT_READY\` and \`SERVER_DRAINING\` (503) are what \`/readyz\` says when an instance
should get no traffic (SPEC O1); \`SERVER_DRAINING\` is also every other request's answer while
the instance stops (O4). \`INSTANCE_RUNNING\` is why \`opencities serve\` refused to start
beside another server on the same store (O5); \`METRICS_NOT_ALLOWED\` guards \`/metrics\` (O2).

The CLI prints \`opencities <command>: <what is wrong and how to fix it>\` on standard error and
exits 1 for a user error, 2 for an unexpected one.
`;
writeFileSync(new URL('../docs/errors.md', import.meta.url), page);
