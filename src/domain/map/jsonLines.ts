/**
 * Line numbers for messages about a JSON text. JSON.parse gives the values but no places (and
 * its syntax error messages differ between engines), so this small scanner walks the same text
 * and records where things are. It only locates: values always come from JSON.parse.
 */

/** The 1-based line of the first syntax error, or undefined if the scanner finds none. */
export function syntaxErrorLine(text: string): number | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (e) {
    return e instanceof SyntaxError ? scanner.line : undefined;
  }
}

/**
 * The line where each value starts, by path: `title`, `flows[3]`, `flows[3].to`. Empty when
 * the text cannot be scanned (not JSON, or nested too deep for the stack).
 */
export function valueLines(text: string): Map<string, number> {
  const scanner = new Scanner(text);
  try {
    scanner.document();
  } catch {
    return new Map();
  }
  return scanner.lines;
}

/** The line of `path`, or of the nearest enclosing value that has one (for a missing field). */
export function lineOfPath(lines: Map<string, number>, path: string): number | undefined {
  for (let p = path; ;) {
    const line = lines.get(p);
    if (line !== undefined || p === '') return line;
    const parent = p.replace(/(?:\.[^.[\]]*|\[\d+\])$/, '');
    p = parent === p ? '' : parent;
  }
}

const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Scanner {
  pos = 0;
  line = 1;
  readonly lines = new Map<string, number>();

  constructor(private readonly text: string) {}

  document(): void {
    this.value('');
    this.space();
    if (this.pos < this.text.length) this.fail();
  }

  private fail(): never {
    throw new SyntaxError(`unexpected character at ${this.pos}`);
  }

  private space(): void {
    for (let c = this.text[this.pos]; c === ' ' || c === '\t' || c === '\n' || c === '\r'; c = this.text[++this.pos]) {
      if (c === '\n') this.line++;
    }
  }

  private expect(char: string): void {
    this.space();
    if (this.text[this.pos] !== char) this.fail();
    this.pos++;
  }

  private value(path: string): void {
    this.space();
    this.lines.set(path, this.line);
    const c = this.text[this.pos];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return void this.string();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    number.lastIndex = this.pos;
    if (!number.test(this.text)) this.fail();
    this.pos = number.lastIndex;
  }

  private object(path: string): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === '}') return void this.pos++;
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') this.fail();
      const key = this.string();
      this.expect(':');
      this.value(path === '' ? key : `${path}.${key}`);
      this.space();
      if (this.text[this.pos] === '}') return void this.pos++;
      this.expect(',');
    }
  }

  private array(path: string): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === ']') return void this.pos++;
    for (let index = 0; ; index++) {
      this.value(`${path}[${index}]`);
      this.space();
      if (this.text[this.pos] === ']') return void this.pos++;
      this.expect(',');
    }
  }

  /** Reads a string at `pos` (on its opening quote) and returns its value. */
  private string(): string {
    const start = this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c < ' ') this.fail();
      if (c === '"') break;
      if (c === '\\') {
        const escape = this.text[this.pos + 1] ?? '';
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
        else if ('"\\/bfnrt'.includes(escape) && escape !== '') this.pos += 2;
        else this.fail();
      } else this.pos++;
    }
    this.pos++;
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }
}
