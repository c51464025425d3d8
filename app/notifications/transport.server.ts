export type OutgoingMail = { to: string; subject: string; text: string; html: string };
/** Hands one message to a mail server; resolves once the server accepted it, throws otherwise. */
export type MailTransport = { send(mail: OutgoingMail): Promise<void>; close(): void };

const DEFAULT_FROM = "Masukan <no-reply@masukan.invalid>";

/**
 * SMTP through nodemailer when SMTP_URL is set (`smtp://user:pass@host:587`, `smtps://…` for TLS
 * from the start); null without it, and the messages stay in the dev outbox. The timeouts bound one
 * send well inside the sender's lease (decision 035), so no message is still being sent by one
 * server when another may claim it.
 */
export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): MailTransport | null {
  if (!env.SMTP_URL) return null;
  return smtpTransport(env.SMTP_URL, env.MAIL_FROM || DEFAULT_FROM);
}

export function smtpTransport(url: string, from: string = DEFAULT_FROM): MailTransport {
  // Imported when the first message goes: a server that sends none need not hold nodemailer.
  let transporter: Promise<import("nodemailer").Transporter> | undefined;
  const connected = () =>
    (transporter ??= import("nodemailer").then(({ default: nodemailer }) =>
      nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
    ));
  return {
    async send(mail) {
      await (await connected()).sendMail({ from, ...mail });
    },
    close: () => void transporter?.then((opened) => opened.close()),
  };
}
