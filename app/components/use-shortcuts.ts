import { useEffect, useRef } from "react";

/**
 * Single-key shortcuts for work screens. Keys typed into a field, or with Ctrl, Alt or Meta, are
 * left alone, so shortcuts never take over writing or the browser's own keys.
 */
export function useShortcuts(handlers: Record<string, () => void>) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      handler();
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
