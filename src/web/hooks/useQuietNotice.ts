import { useEffect, useState, type RefObject } from 'react';

/** How long a quiet notice stays while nobody points at it or has focus in it. */
export const quietNoticeMs = 6_000;

/** Keys that move around or are held with others: not an action on the board. */
const notActions = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

export interface QuietNoticeOptions {
  /** Where a press ends the notice: the board (a key anywhere on the page does too); absent, the page. */
  scope?: RefObject<HTMLElement | null>;
  /** The notice's element: pointing at it or focusing in it keeps it; pressing in it is no "next action". */
  notice: RefObject<HTMLElement | null>;
  /** True while the notice must stay (work under way: "Laying out 12 actors…"). */
  hold?: boolean;
  ms?: number;
}

/**
 * A transient status notice ("Placed 3 actors. Undo (Ctrl+Z) puts them back.", "Downloaded
 * map.svg.") leaves by itself: after `ms` counted while the pointer and focus are elsewhere
 * (someone reading it keeps it), or at the person's next action on the board, whichever is
 * first. `shown` is a value that changes identity for each new notice (a status object, a
 * text), null when there is none; the hook says whether it is gone. The element keeps
 * role=status, so a screen reader still announces it. Errors (role=alert) do not use this:
 * they stay until dismissed.
 */
export function useQuietNotice(shown: unknown, { scope, notice, hold = false, ms = quietNoticeMs }: QuietNoticeOptions): boolean {
  const [gone, setGone] = useState(false);
  // A new notice (even the same words again, after none) starts afresh.
  const [current, setCurrent] = useState(shown);
  if (current !== shown) {
    setCurrent(shown);
    setGone(false);
  }
  const active = shown !== null && shown !== undefined && shown !== '' && !hold;

  useEffect(() => {
    if (!active) return;
    const area: HTMLElement | Document = scope?.current ?? document;
    // Keys count wherever focus is on the page (the map's shortcuts do too); presses on the board.
    const element = notice.current;
    let timer: number | undefined;
    let pointed = false;
    let focused = false;
    const dismiss = () => setGone(true);
    const arm = () => {
      window.clearTimeout(timer);
      if (!pointed && !focused) timer = window.setTimeout(dismiss, ms);
    };
    const inside = (event: Event) => element !== null && event.target instanceof Node && element.contains(event.target);
    const onKey = (event: Event) => {
      if (!notActions.has((event as KeyboardEvent).key) && !inside(event)) dismiss();
    };
    const onPress = (event: Event) => {
      if (!inside(event)) dismiss();
    };
    const hover = (on: boolean) => () => {
      pointed = on;
      arm();
    };
    const focus = (on: boolean) => () => {
      focused = on;
      arm();
    };
    const enter = hover(true);
    const leave = hover(false);
    const focusIn = focus(true);
    const focusOut = focus(false);
    document.addEventListener('keydown', onKey, true);
    area.addEventListener('pointerdown', onPress, true);
    element?.addEventListener('pointerenter', enter);
    element?.addEventListener('pointerleave', leave);
    element?.addEventListener('focusin', focusIn);
    element?.addEventListener('focusout', focusOut);
    arm();
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('keydown', onKey, true);
      area.removeEventListener('pointerdown', onPress, true);
      element?.removeEventListener('pointerenter', enter);
      element?.removeEventListener('pointerleave', leave);
      element?.removeEventListener('focusin', focusIn);
      element?.removeEventListener('focusout', focusOut);
    };
  }, [active, shown, ms, scope, notice]);

  return active && gone;
}
