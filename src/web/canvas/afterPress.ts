/**
 * Folding something away (an empty note form, a note's options) when focus leaves it changes
 * the canvas's layout. If focus left because a button elsewhere was pressed, folding at once
 * would move that button from under the pointer before the press ends, and the click would
 * be lost. So the fold waits until the press is over; from the keyboard it happens at once.
 */
let pressed = false;
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('pointerdown', () => (pressed = true), true);
  const release = () => (pressed = false);
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}

/** Runs `then` now, or just after the pointer press in progress (its click included) is over. */
export function afterPress(then: () => void): void {
  listen();
  if (!pressed) {
    then();
    return;
  }
  const done = () => {
    window.removeEventListener('pointerup', done, true);
    window.removeEventListener('pointercancel', done, true);
    // The click follows pointerup in the same task: wait for the next one.
    window.setTimeout(then, 0);
  };
  window.addEventListener('pointerup', done, true);
  window.addEventListener('pointercancel', done, true);
}

// Start listening as soon as the canvas loads: the first press must already be seen.
if (typeof window !== 'undefined') listen();
