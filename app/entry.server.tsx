import { PassThrough } from "node:stream";
import {
  type AppLoadContext,
  createReadableStreamFromReadable,
  type EntryContext,
  type HandleErrorFunction,
} from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { NonceProvider } from "./components/nonce";
import { logServerError } from "./error-log.server";
import { i18nIn } from "./i18n/instance";
import { detectLanguage } from "./i18n/language.server";
import { keepPage } from "./page-cache.server";

export { isCrossSiteWrite } from "./auth/origin.server";
export { cacheControl, newNonce, securityHeaders } from "./auth/security-headers.server";
export { BodyTooLarge } from "./forms/body.server";
export { bodyLimitFor } from "./request-limits.server";
export { lookUpKeptPage } from "./page-cache.server";
export { trustedProxies } from "./auth/trusted-proxies.server";
export { answeringDatabaseOutages } from "./outages.server";
export { recordingRequestAddresses } from "./audit/request-address.server";
export { prepareServer, shutdownServer } from "./startup.server";

const ABORT_DELAY = 5_000;

export const handleError: HandleErrorFunction = (error, { request }) => logServerError(error, request);

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const i18n = i18nIn(await detectLanguage(request));
  const page = (
    <NonceProvider value={loadContext.nonce}>
      <I18nextProvider i18n={i18n}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
      </I18nextProvider>
    </NonceProvider>
  );
  // Only a page that went well and set no cookie is kept for the next visitors.
  const toKeep = responseStatusCode === 200 && !responseHeaders.has("Set-Cookie") ? loadContext.pageToKeep : undefined;
  // Bots, no-JavaScript readers and a page to keep get the whole page at once; browsers get it streamed.
  const readyEvent = toKeep || isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(page, {
      nonce: loadContext.nonce,
      [readyEvent]() {
        shellRendered = true;
        const body = new PassThrough();
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        if (toKeep) {
          const chunks: Buffer[] = [];
          body.on("data", (chunk: Buffer) => chunks.push(chunk));
          body.on("end", () => {
            const html = Buffer.concat(chunks).toString("utf8");
            if (responseStatusCode === 200) keepPage(toKeep, html, loadContext.nonce);
            resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }));
          });
        } else {
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
        }
        pipe(body);
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) logServerError(error, request);
      },
    });
    setTimeout(abort, ABORT_DELAY);
  });
}
