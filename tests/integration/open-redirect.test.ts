import { describe, expect, it } from "vitest";
import { action as languageAction } from "~/routes/language";
import { action as loginAction, loader as loginLoader } from "~/routes/login";
import { action as registerAction, loader as registerLoader } from "~/routes/register";
import { BASE, context, cookiesFrom, formRequest, getRequest, settle } from "../helpers/requests";

// What the reports named, and the shapes around them; app/auth/schemas.test.ts has the full list.
const attacks = [
  "/%09/evil.example",
  "/\t/evil.example",
  "//evil.example",
  "/\\evil.example",
  "/%2F%2Fevil.example",
  "/%5C%5Cevil.example",
  "/..//evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
];

const account = {
  name: "Nguyen Thi Lan",
  email: "lan@example.org",
  password: "a long enough passphrase",
  preferredLanguage: "en",
  organisationMode: "individual",
};

/** Where a browser on the site ends up after following the response's Location. */
function landing(response: Response): URL {
  expect(response.status).toBe(302);
  return new URL(response.headers.get("Location") ?? "", `${BASE}/login`);
}

async function register(redirectTo: string) {
  const response = await settle(() =>
    registerAction({
      request: formRequest("/register", { ...account, redirectTo }),
      params: {},
      context: context("203.0.113.50"),
    }),
  );
  return { response, cookie: cookiesFrom(response) };
}

describe("redirectTo never leaves the site", () => {
  it("after registering", async () => {
    const { response } = await register("/%09/evil.example");
    expect(landing(response).href).toBe(`${BASE}/`);
  });

  it.each(attacks)("through log-in, the log-in and register pages and the language switch: %j", async (target) => {
    const { cookie } = await register("/");
    const query = `?${new URLSearchParams({ redirectTo: target })}`;
    const responses = [
      await settle(() =>
        loginAction({
          request: formRequest("/login", { email: account.email, password: account.password, redirectTo: target }),
          params: {},
          context: context(),
        }),
      ),
      await settle(() =>
        loginLoader({ request: getRequest(`/login${query}`, { cookie }), params: {}, context: context() }),
      ),
      await settle(() =>
        registerLoader({ request: getRequest(`/register${query}`, { cookie }), params: {}, context: context() }),
      ),
      await settle(() =>
        languageAction({
          request: formRequest("/language", { language: "id", redirectTo: target }),
          params: {},
          context: context(),
        }),
      ),
    ];
    for (const response of responses) expect(landing(response).origin).toBe(BASE);
  });

  it("still goes back to the page a person came from", async () => {
    const { cookie } = await register("/consultations/ascc-post-2025?tab=sections");
    const response = await settle(() =>
      loginLoader({
        request: getRequest(`/login?redirectTo=${encodeURIComponent("/my-input?status=pending")}`, { cookie }),
        params: {},
        context: context(),
      }),
    );
    expect(landing(response).href).toBe(`${BASE}/my-input?status=pending`);
  });
});
