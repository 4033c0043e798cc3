import { createUser, findOrganisationBySlug } from "@taqweem/api";
import { closeConnection, getDb } from "@taqweem/db";
import { e2e } from "../../playwright.config";

/** Adds the viewer account the specs use once the stack has migrated and seeded the database. */
export default async function globalSetup() {
  const health = `http://127.0.0.1:${e2e.port}/api/health`;
  const deadline = Date.now() + 180_000;
  while (
    !(await fetch(health).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`the stack did not answer ${health}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  process.env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${e2e.pgPort}/taqweem`;
  try {
    const org = await findOrganisationBySlug(getDb(), "demo");
    if (!org) throw new Error("the demo organisation was not seeded");
    await createUser(
      getDb(),
      {
        orgId: org.id,
        email: e2e.viewer.email,
        name: "Viewer",
        role: "viewer",
        password: e2e.viewer.password,
      },
      null,
    ).catch((error: unknown) => {
      if (!(error instanceof Error && error.message === "errors.userExists")) throw error;
    });
  } finally {
    await closeConnection();
  }
}
