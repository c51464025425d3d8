import { useRef } from "react";
import { useShortcuts } from "~/components/use-shortcuts";

/** a approves, r jumps to the rejection reason, t to the theme list: decisions without the mouse. */
export function useDecisionKeys() {
  const approve = useRef<HTMLButtonElement>(null);
  const reason = useRef<HTMLSelectElement>(null);
  const theme = useRef<HTMLSelectElement>(null);
  useShortcuts({
    a: () => approve.current?.click(),
    r: () => reason.current?.focus(),
    t: () => theme.current?.focus(),
  });
  return { approve, reason, theme };
}
