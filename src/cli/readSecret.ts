import { createInterface } from 'node:readline';

/**
 * Reads a password: the first line of standard input when it is piped, or a prompt that
 * does not echo when it is a terminal.
 */
export async function readSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  process.stdout.write(prompt);
  const rl = createInterface({ input: process.stdin, output: undefined, terminal: true });
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}
