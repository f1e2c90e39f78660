import { useEffect, useRef } from 'react';

export interface Shortcuts {
  addActor?: () => void;
  addNote?: () => void;
  remove?: () => void;
  undo?: () => void;
  redo?: () => void;
  selectAll: () => void;
  clearSelection: () => void;
  fit: () => void;
  search: () => void;
  /** The copy as text for the clipboard, or null when nothing is selected. */
  copy: () => string | null;
  /** Pasted text; true when it is the board's to paste (a map file's text, read and placed soon after). */
  paste?: (text: string) => boolean;
}

/** Where typing means text, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * The map's keyboard: A adds an actor, N a sticky note, Delete removes what is selected,
 * Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo this person's own changes, Ctrl+A selects
 * all, F zooms to fit, / finds an actor, Escape clears the selection; copy and paste go
 * through the browser's own copy and paste events, so the system clipboard works.
 *
 * They apply wherever focus is on the board's page (the map is what the page is for), except
 * while typing in a field or with a dialog open.
 */
export function useMapShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;

  useEffect(() => {
    const ours = (event: Event) => !isTyping(event.target) && document.querySelector('dialog[open]') === null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!ours(event) || event.altKey) return;
      const s = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const act = (fn: (() => void) | undefined) => {
        if (!fn) return;
        event.preventDefault(); // also keeps the "a" of "A" out of the name field it opens
        fn();
      };
      if (mod && key === 'z') act(event.shiftKey ? s.redo : s.undo);
      else if (mod && key === 'y') act(s.redo);
      else if (mod && key === 'a') act(s.selectAll);
      else if (mod || event.shiftKey) return;
      else if (key === 'a') act(s.addActor);
      else if (key === 'n') act(s.addNote);
      else if (key === 'f') act(s.fit);
      else if (key === '/') act(s.search);
      else if (key === 'delete' || key === 'backspace') act(s.remove);
      else if (key === 'escape') s.clearSelection();
    };
    const onCopy = (event: ClipboardEvent) => {
      // Text selected on the page is copied as text, as anywhere else.
      if (!ours(event) || !event.clipboardData || document.getSelection()?.isCollapsed === false) return;
      const text = latest.current.copy();
      if (text === null) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      const paste = latest.current.paste;
      if (!paste || !ours(event) || !event.clipboardData) return;
      if (paste(event.clipboardData.getData('text/plain'))) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
