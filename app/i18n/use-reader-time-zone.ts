import { useHydrated } from "~/components/use-hydrated";

/**
 * Times are decided by the server in the consultation's time zone and shown in the reader's:
 * the server renders the consultation's zone (it cannot know the reader's), the browser then
 * re-renders in its own. Both show the zone's name, so neither reading is ambiguous.
 */
export function useReaderTimeZone(consultationTimeZone: string): string | undefined {
  return useHydrated() ? undefined : consultationTimeZone;
}
