/**
 * The public pages' own small stylesheet (SPEC U1), served from /p/style.css: the app's
 * colours and type, no web fonts, nothing from elsewhere. Readable on a 390px phone: nothing
 * is wider than the screen (the map picture scales down; long words wrap).
 */
export const publicPageCss = `:root { color-scheme: light; --ink: #1a1d1f; --muted: #4a5559; --accent: #0b6e69; --line: #c9d3d1; --page: #f6f8f7; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; overflow-wrap: anywhere; }
header, main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0.25rem 0; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; }
a { color: var(--accent); }
.pp-site, .pp-facts, .pp-credit { color: var(--muted); font-size: 0.9rem; }
.pp-preview { background: #fff4e0; color: #7a4100; border: 1px solid #7a4100; padding: 0.5rem 0.75rem; font-weight: 600; }
.pp-figure { margin: 0; background: #fff; border: 1px solid var(--line); padding: 0.5rem; }
.pp-figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.pp-comment { margin: 0; white-space: pre-wrap; }
.pp-notice { padding: 0.5rem 0.75rem; border: 1px solid var(--line); background: #fff; }
.pp-error { border-color: #b3261e; color: #8a1c14; }
.pp-form fieldset { border: 1px solid var(--line); background: #fff; padding: 1rem; min-width: 0; }
.pp-form label { display: block; margin-top: 0.75rem; font-weight: 600; }
.pp-form input, .pp-form textarea { display: block; width: 100%; max-width: 40rem; font: inherit; padding: 0.4rem; border: 1px solid #6b7a7e; border-radius: 4px; }
.pp-form button { margin-top: 1rem; font: inherit; padding: 0.5rem 1rem; background: var(--accent); color: #fff; border: 0; border-radius: 4px; }
.pp-form button:disabled { background: var(--muted); }
.pp-hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
`;
