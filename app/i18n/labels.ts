import { useTranslation } from "react-i18next";
import type { namespaces } from "./config";

// A label (a translation with no values in it) reads the same for every reader of a language, and
// a queue page repeats a few dozen of them on fifty rows: each is looked up in i18next once per
// server process rather than once per row (a lookup costs i18next about 15 µs).
const labels = new Map<string, string>();

/** `label(key)`: the translation of a key without values, in the reader's language. */
export function useLabels(namespace: (typeof namespaces)[number]): (key: string) => string {
  const { t, i18n } = useTranslation(namespace);
  const prefix = `${i18n.language}|${namespace}|`;
  return (key) => {
    let label = labels.get(prefix + key);
    if (label === undefined) {
      label = t(key);
      labels.set(prefix + key, label);
    }
    return label;
  };
}
