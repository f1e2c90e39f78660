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

\`FILE_INVALID\` also carries \`details\`: the file's first problem as data, so a client can say it
in its person's language (the web app does, docs/i18n.md). The message stays as it is, in English:

\`\`\`json
{ "error": { "code": "FILE_INVALID", "message": "map.json: actors[0].type: \\"goverment\\" is not one of public, … (line 7) (and 1 more problem). The file is not valid, …",
  "details": { "file": "map.json", "path": "actors[0].type", "line": 7, "more": 1,
    "problem": { "code": "notOneOf", "values": { "found": { "found": "text", "text": "\\"goverment\\"" }, "values": "public, private, third-sector, academia, individuals" } } } } }
\`\`\`

\`file\` is the file as the upload named it; \`path\` the place (a field path, a sheet's row and column,
a node or edge), empty for the whole file; \`line\` when the place has one; \`more\` how many more
problems the file has. \`problem.code\` is a stable id for the kind of problem (a required field
missing, a wrong type, a value not in the list, too long, an id that names nothing, not UTF-8, not
JSON, a Kumu pair wrong…; the list and each one's English are in \`src/domain/fileProblems\`) and
\`values\` what its sentence says: numbers, what the file writes, lists of the format's own words,
or \`{ "found", "text" }\` for what the file held where something else was expected (\`found\`: text,
number, boolean, null, nothing, list, object or other). A client that does not know a code shows the
message. Other codes carry no \`details\`.

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
