import { formatPath } from './fieldPath.js';

/**
 * Line numbers for messages about a JSON file. `JSON.parse` says neither where a value was
 * nor (on Node 20) where the text stopped being JSON, so this small scanner walks the text
 * once: it records the line of every value by its path, or the line where the syntax breaks.
 * It never throws: deep nesting that overflows the stack just means no line numbers.
 */
export type JsonLines = { lines: Map<string, number> } | { syntaxErrorLine: number } | { unknown: true };

class Stop {
  constructor(readonly line: number) {}
}

export function scanJsonLines(text: string): JsonLines {
  let i = 0;
  let line = 1;
  const lines = new Map<string, number>();
  const stop = (): never => {
    throw new Stop(line);
  };
  const ws = (): void => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
    }
  };
  const expect = (c: string): void => {
    if (text[i] !== c) stop();
    i++;
  };
  const string = (): string => {
    const start = i;
    expect('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') stop();
      if (c === '"') break;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop();
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else stop();
      } else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const literal = (): void => {
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) stop();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (path: PropertyKey[]): void => {
    ws();
    lines.set(formatPath(path), line);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const key = string();
        ws();
        expect(':');
        value([...path, key]);
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        value([...path, index]);
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    } else if (c === '"') string();
    else literal();
  };
  try {
    value([]);
    ws();
    if (i < text.length) stop();
    return { lines };
  } catch (e) {
    if (e instanceof Stop) return { syntaxErrorLine: e.line };
    return { unknown: true };
  }
}

/** The line of the value at `path`, or of its nearest enclosing value when it is missing. */
export function lineOf(scan: JsonLines, path: readonly PropertyKey[]): number | undefined {
  if (!('lines' in scan)) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const line = scan.lines.get(formatPath(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}
