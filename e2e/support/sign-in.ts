import { expect, type Page } from "@playwright/test";

export interface Account {
  email: string;
  password: string;
}

/**
 * Signs in through Auth.js's HTTP endpoints instead of the login form; the cookies land in the
 * page's browser context. Resolves whether Auth.js accepted the credentials.
 */
export async function attemptSignIn(page: Page, account: Account): Promise<boolean> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { ...account, csrfToken, callbackUrl: "/en" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return !response.headers().location?.includes("error=");
}

/** Starts a spec signed in, without depending on the login form. */
export async function signInViaApi(page: Page, account: Account): Promise<void> {
  expect(await attemptSignIn(page, account), `sign in as ${account.email}`).toBe(true);
}
