import {
  type HeadersFunction,
  json,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { isDatabaseUnavailable } from "#db/faults.server";
import { readSession } from "./auth/session.server";
import { ErrorPage } from "./components/error-page";
import { useNonce } from "./components/nonce";
import type { Language } from "./i18n/config";
import { useLanguage } from "./i18n/use-language";
import { detectLanguage } from "./i18n/language.server";
import { errorTitle } from "./i18n/meta";
import { clearAllDrafts } from "./submissions/drafts";
import styles from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** The session for the layout; while the database is away, none: the page's own loader says what failed. */
function layoutSession(request: Request) {
  return readSession(request).catch((error) => {
    if (!isDatabaseUnavailable(error)) throw error;
    return { user: null, setCookie: null };
  });
}

export async function loader({ request }: LoaderFunctionArgs) {
  const [{ user, setCookie }, language] = await Promise.all([layoutSession(request), detectLanguage(request)]);
  return json(
    { language, user: user ? { name: user.name, role: user.role } : null },
    { headers: setCookie ? { "Set-Cookie": setCookie } : {} },
  );
}

// A refreshed or cleared session cookie must reach the browser on full page loads too.
export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const headers = new Headers();
  const cookie = loaderHeaders.get("Set-Cookie");
  if (cookie) headers.set("Set-Cookie", cookie);
  return headers;
};

// Routes set their own titles; this one is for the error page, which no route below renders.
export const meta: MetaFunction = ({ error, matches }) => {
  if (!error) return [];
  return [{ title: errorTitle({ error, matches }) }];
};

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
  const { t, i18n } = useTranslation();
  const pageLanguage = useLanguage();
  const language = data?.language ?? pageLanguage;
  const nonce = useNonce();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
  return (
    <html lang={language} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("nav.skipToContent", { lng: language })}
        </a>
        <SiteHeader language={language} user={data?.user ?? null} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t("footer.about", { lng: language })}</p>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function SiteHeader({ language, user }: { language: Language; user: { name: string; role: string } | null }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          Masukan
        </Link>
        <nav aria-label={t("nav.label", { lng: language })} className="site-nav">
          <Form
            method="post"
            action="/language"
            className="language-switch"
            aria-label={t("language.switchLabel", { lng: language })}
          >
            <input type="hidden" name="redirectTo" value={here} />
            <button type="submit" name="language" value="en" lang="en" aria-pressed={language === "en"}>
              English
            </button>
            <button type="submit" name="language" value="id" lang="id" aria-pressed={language === "id"}>
              Bahasa Indonesia
            </button>
          </Form>
          {user ? (
            <div className="account">
              {user.role !== "contributor" ? <Link to="/review">{t("nav.review", { lng: language })}</Link> : null}
              {user.role === "admin" ? <Link to="/admin">{t("nav.administration", { lng: language })}</Link> : null}
              <Link to="/my-input">{t("nav.myInput", { lng: language })}</Link>
              <Link to="/account">{t("nav.account", { lng: language })}</Link>
              <span className="account__name">{t("nav.signedInAs", { lng: language, name: user.name })}</span>
              <Form method="post" action="/logout" onSubmit={clearAllDrafts}>
                <button type="submit" className="link-button">
                  {t("nav.logOut", { lng: language })}
                </button>
              </Form>
            </div>
          ) : (
            <div className="account">
              <Link to={`/login?${new URLSearchParams({ redirectTo: here })}`}>
                {t("nav.logIn", { lng: language })}
              </Link>
              <Link to="/register">{t("nav.register", { lng: language })}</Link>
            </div>
          )}
        </nav>
      </div>
    </header>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
