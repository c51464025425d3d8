import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A message as the test SMTP server received it, its parts decoded. */
export type ReceivedMail = { to: string[]; subject: string; text: string; html: string };

/**
 * A real SMTP server on a free port, keeping what it receives. `refuse` makes it answer every
 * message with a failure: 451, temporary, as a mail server that is down for maintenance does, or
 * another code (550: no such mailbox).
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const state = { refusing: null as number | null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (state.refusing !== null) {
          const text = state.refusing === 451 ? "Try again later" : "No such mailbox";
          callback(Object.assign(new Error(`${state.refusing} ${text}`), { responseCode: state.refusing }));
          return;
        }
        const to = session.envelope.rcptTo.map((address) => address.address);
        received.push({ to, ...parseMessage(Buffer.concat(chunks).toString("utf8")) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse(value: boolean, code = 451) {
      state.refusing = value ? code : null;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function headersOf(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** "=?UTF-8?Q?…?=" and "=?UTF-8?B?…?=" words in a header, as mail clients show them. */
function decodeWords(header: string): string {
  return header.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, word: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(word, "base64").toString("utf8")
      : decodeBody(word.replace(/_/g, " "), "quoted-printable"),
  );
}

export function parseMessage(raw: string): Omit<ReceivedMail, "to"> {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = headersOf(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const boundary = headers.get("content-type")?.match(/boundary="?([^";]+)"?/)?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  const found = { text: "", html: "" };
  for (const part of parts) {
    const cut = part.search(/\r?\n\r?\n/);
    const partHeaders = headersOf(part.slice(0, cut));
    const content = decodeBody(
      part
        .slice(cut)
        .replace(/^\r?\n\r?\n/, "")
        .replace(/\r?\n$/, ""),
      partHeaders.get("content-transfer-encoding"),
    );
    if (partHeaders.get("content-type")?.startsWith("text/html")) found.html = content;
    else if (partHeaders.get("content-type")?.startsWith("text/plain")) found.text = content;
  }
  return { subject: decodeWords(headers.get("subject") ?? ""), ...found };
}
