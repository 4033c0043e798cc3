import { type Browser, expect } from "@playwright/test";
import { e2e } from "../../playwright.config";
import { signInViaApi } from "./sign-in";

/**
 * Calls a tRPC mutation as the seeded admin, in a browser context of its own so the spec's page
 * keeps its own session. Returns the procedure's result (superjson's `json` part).
 */
async function asAdmin<T>(browser: Browser, path: string, input: unknown): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signInViaApi(page, e2e.admin);
    const response = await page.request.post(`/api/trpc/${path}`, {
      data: { json: input },
      // Mutations must come from the site's own origin.
      headers: { origin: `http://127.0.0.1:${e2e.port}` },
    });
    expect(response.status(), `${path} answered`).toBe(200);
    return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
  } finally {
    await context.close();
  }
}

/** A new user of the demo organisation, made through the API; the seeded accounts stay untouched. */
export async function createUserViaApi(
  browser: Browser,
  input: { email: string; name: string; role: "editor" | "viewer"; password?: string },
) {
  return asAdmin<{ userId: string; temporaryPassword: string | null; invited: boolean }>(
    browser,
    "users.create",
    {
      locale: "en",
      ...input,
    },
  );
}
