import type { Language } from "~/i18n/config";
import { formatBytes } from "~/i18n/format";
import type { StoredAttachment } from "./attachments.server";

/** A position paper as the author reads it back: "paper.pdf (2.4 MB)". */
export function attachmentSummary(attachment: Pick<StoredAttachment, "fileName" | "byteSize">, language: Language) {
  return `${attachment.fileName} (${formatBytes(attachment.byteSize, language)})`;
}
