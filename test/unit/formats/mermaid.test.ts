import { describe, expect, it } from 'vitest';
import { mermaidText, writeMermaid } from '../../../src/domain/formats/index.js';
import { goldenMap } from './fixtures.js';

describe('Mermaid export', () => {
  it('the golden map: a flowchart LR, one node per actor, one labelled arrow per flow', () => {
    const text = writeMermaid(goldenMap());
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines.filter((l) => /^ {2}a\d+\["/.test(l))).toHaveLength(7);
    expect(lines.filter((l) => l.includes('-->'))).toHaveLength(11);
    expect(text).toBe(`flowchart LR
  %% Air quality sensing
  a0["City Council"]
  a1["AirSense Ltd"]
  a2["City University"]
  a3["Environment Agency"]
  a4["Clean Air Now"]
  a5["Residents"]
  a6["Enterprise Partnership"]
  a1 -->|"Data: hourly upload"| a0
  a0 -->|"Data: public dashboard"| a5
  a0 -->|"Data: research extract"| a2
  a4 -->|"Data: community sensor upload"| a0
  a1 -->|"Data: calibration data for research"| a2
  a2 -->|"Data: study results"| a3
  a0 -->|"Money: maintenance contract"| a1
  a6 -->|"Money: smart city grant"| a0
  a1 -->|"Service or product: sensor network operation"| a0
  a2 -->|"Insight or value: exposure model findings"| a0
  a3 -->|"Oversight: local air quality management duty"| a0
`);
  });

  it('HTML or script in a label stays text; no label can close its quote or arrow', () => {
    expect(mermaidText('<script>alert("x")</script>')).toBe('#lt;script#gt;alert(#quot;x#quot;)#lt;/script#gt;');
    expect(mermaidText('a|b `c` & #lt; d\ne')).toBe('a#124;b #96;c#96; #amp; #35;lt; d e');
    expect(mermaidText('')).toBe('#160;');
    const text = writeMermaid({
      title: 'x\n%%{init: {"theme": "dark"}}%%',
      actors: [{ id: 'a', name: '<img src=x onerror=alert(1)>', roles: [], tags: [] }],
      datasets: [],
      flows: [{ id: 'f', from: 'a', to: 'a', kind: 'data', label: '"]; click a0 call alert()' }],
      notes: [],
    });
    expect(text).not.toMatch(/<|>(?!\|)|"\]; click/);
    // Mermaid reads a %%{init}%% directive wherever it is, a comment included: it cannot form.
    expect(text).not.toContain('%%{');
    expect(text.split('\n')[1]).toBe('  %% x #37;#37;{init: {#quot;theme#quot;: #quot;dark#quot;}}#37;#37;');
    expect(text).toContain('a0["#lt;img src=x onerror=alert(1)#gt;"]');
    expect(text).toContain('a0 -->|"Data: #quot;]; click a0 call alert()"| a0');
  });

  it('E5: no line break of any kind in a title or label starts a Mermaid line of its own', () => {
    const breaks = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f'];
    const inject = 'click a0 call alert()';
    const text = writeMermaid({
      title: breaks.map((b) => `t${b}${inject}`).join(''),
      actors: [{ id: 'a', name: breaks.map((b) => `n${b}${inject}`).join(''), roles: [], tags: [] }],
      datasets: [],
      flows: [{ id: 'f', from: 'a', to: 'a', kind: 'data', label: breaks.map((b) => `l${b}${inject}`).join('') }],
      notes: [],
    });
    // Mermaid splits lines at \n and \r; JavaScript's own line terminators count too.
    const lines = text.trimEnd().split(/\r\n?|[\n\u2028\u2029\u0085]/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^ {2}%% t click/);
    expect(lines[2]).toMatch(/^ {2}a0\["n click/);
    expect(lines[3]).toMatch(/^ {2}a0 -->\|"Data: l click/);
  });

  it('E5: control and bidi-override characters are left out of the whole export', () => {
    const odd = 'A\u0000B\u0007C\u202ED\u2066E\u0085F\u001bG';
    const text = writeMermaid({
      title: odd,
      actors: [{ id: 'a', name: odd, roles: [], tags: [] }],
      datasets: [],
      flows: [{ id: 'f', from: 'a', to: 'a', kind: 'data', label: odd }],
      notes: [],
    });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('a0["ABCDE FG"]');
    expect(text).toContain('  %% ABCDE FG\n');
  });
});
