import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface FullScreen {
  /** The browser lets this page take the whole screen (false in some embedded frames). */
  supported: boolean;
  /** `element` has the whole screen now. */
  on: boolean;
  /** Takes the whole screen, or gives it back. Esc gives it back as well (the browser's own). */
  toggle: () => void;
}

/**
 * The map on the whole screen, for a projector: `element` (the editor: tools, canvas, panel,
 * legend) is shown full screen with the Fullscreen API. While it is, the editor's CSS variable
 * `--map-workspace-top` holds how far down the editor the canvas starts, so the canvas fills
 * the rest of the screen and the legend is one scroll away.
 */
export function useFullScreen(element: RefObject<HTMLElement | null>, workspace: RefObject<HTMLElement | null>): FullScreen {
  const [on, setOn] = useState(false);

  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const inside = workspace.current;
      if (!inside || document.fullscreenElement !== target) return;
      const top = inside.getBoundingClientRect().top - target.getBoundingClientRect().top + target.scrollTop;
      target.style.setProperty('--map-workspace-top', `${Math.round(top)}px`);
    };
    const changed = () => {
      setOn(document.fullscreenElement === target);
      if (document.fullscreenElement === target) measure();
      else target.style.removeProperty('--map-workspace-top');
    };
    // Anything above the canvas that changes height (the window's width wrapping the tools, a
    // notice appearing) changes the editor's size: measure again then.
    const resized = new ResizeObserver(measure);
    resized.observe(target);
    document.addEventListener('fullscreenchange', changed);
    return () => {
      resized.disconnect();
      document.removeEventListener('fullscreenchange', changed);
    };
  }, [element, workspace]);

  const toggle = useCallback(() => {
    const target = element.current;
    if (!target) return;
    if (document.fullscreenElement === target) void document.exitFullscreen().catch(() => {});
    else void target.requestFullscreen().catch(() => {});
  }, [element]);

  return { supported: document.fullscreenEnabled, on, toggle };
}
