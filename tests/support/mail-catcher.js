// The end-to-end run's mail server: a real SMTP server the app sends to (SMTP_URL), and a small
// HTTP inbox on which the specs read what arrived (MAIL_INBOX_URL), since Playwright's workers are
// other processes. Messages are kept raw; tests/helpers/smtp.ts decodes them.
import { createServer } from "node:http";
import { SMTPServer } from "smtp-server";

function listen(server, start) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    start(() => resolve(server.address().port));
  });
}

export async function startMailCatcher() {
  const received = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  const inbox = createServer((request, response) => {
    const to = new URL(request.url ?? "/", "http://inbox").searchParams.get("to");
    const messages = to ? received.filter((message) => message.to.includes(to)) : received;
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end(JSON.stringify(messages));
  });
  const smtpPort = await listen(smtp.server, (done) => smtp.listen(0, "127.0.0.1", done));
  const inboxPort = await listen(inbox, (done) => inbox.listen(0, "127.0.0.1", done));
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: `http://127.0.0.1:${inboxPort}`,
    close: () =>
      Promise.all([new Promise((resolve) => smtp.close(resolve)), new Promise((resolve) => inbox.close(resolve))]),
  };
}
