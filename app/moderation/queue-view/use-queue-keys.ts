import type { RefObject } from "react";
import { useShortcuts } from "~/components/use-shortcuts";

/** j/k move between rows, x selects, o opens: the queue can be worked without a mouse. */
export function useQueueKeys(table: RefObject<HTMLTableSectionElement | null>) {
  const rows = () => [...(table.current?.querySelectorAll<HTMLTableRowElement>("tr") ?? [])];
  const current = () => rows().findIndex((row) => row.contains(document.activeElement));
  const focus = (index: number) => {
    const all = rows();
    all[Math.max(0, Math.min(all.length - 1, index))]?.querySelector<HTMLAnchorElement>("a.reference")?.focus();
  };
  useShortcuts({
    j: () => focus(current() + 1),
    k: () => focus(Math.max(0, current() - 1)),
    x: () => rows()[current()]?.querySelector<HTMLInputElement>("input[type=checkbox]")?.click(),
    o: () => rows()[current()]?.querySelector<HTMLAnchorElement>("a.reference")?.click(),
  });
}
