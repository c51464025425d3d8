import { expect } from "@playwright/test";
import { parseMessage, type ReceivedMail } from "../helpers/smtp";

// The e-mails the app sent through SMTP during this run, as tests/support/mail-catcher.js received them.

/** The first e-mail to `address` whose subject matches, once the app's sender has delivered it. */
export async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
  const inbox = process.env.MAIL_INBOX_URL;
  if (!inbox) throw new Error("MAIL_INBOX_URL is not set: run the specs through tests/e2e/run.js");
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${inbox}/?to=${encodeURIComponent(address)}`);
        const messages = (await response.json()) as { to: string[]; raw: string }[];
        found = messages
          .map(({ to, raw }) => ({ to, ...parseMessage(raw) }))
          .find((mail) => subject.test(mail.subject));
        return found?.subject;
      },
      { message: `an e-mail to ${address} with a subject like ${subject}`, timeout: 20_000 },
    )
    .toMatch(subject);
  return found as ReceivedMail;
}

/** The path of the first link in an e-mail's text that goes to `route` (e.g. "/invitation/"). */
export function linkIn(mail: ReceivedMail, route: string): string {
  const link = new RegExp(`https?://\\S+${route}[\\w-]+`).exec(mail.text)?.[0];
  expect(link, `the e-mail's text has a ${route} link`).toBeTruthy();
  return new URL(link ?? "http://invalid/").pathname;
}
