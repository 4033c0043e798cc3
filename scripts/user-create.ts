import { createUser, ensureOrganisation, passwordProblem } from "@taqweem/api";
import { closeConnection, getDb, type Role, roles } from "@taqweem/db";
import { parseArgs, runCli } from "./lib/cli";

const usage =
  "usage: npm run user:create -- --email a@b.c --role admin|editor|department|viewer [--name N] [--password P] [--org slug] [--org-name N]";

/** Creates a user in any environment; the organisation is created too when it does not exist yet. */
runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "viewer" },
      name: { type: "string" },
      password: { type: "string" },
      org: { type: "string", default: "demo" },
      "org-name": { type: "string" },
    },
  });
  if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) {
    throw new Error(`a valid --email is required\n${usage}`);
  }
  if (!roles.includes(values.role as Role))
    throw new Error(`--role must be one of ${roles.join(", ")}\n${usage}`);
  const problem = values.password === undefined ? null : passwordProblem(values.password, values.email);
  if (problem) {
    throw new Error(
      `--password refused (${problem}): it needs at least 12 characters and must be neither the e-mail address nor a common password`,
    );
  }
  if (!/^[a-z0-9-]{2,40}$/.test(values.org)) throw new Error("--org is a slug: 2–40 of a-z, 0-9 and -");
  try {
    const db = getDb();
    const org = await ensureOrganisation(db, { slug: values.org, name: values["org-name"] ?? values.org });
    const created = await createUser(
      db,
      {
        orgId: org.id,
        email: values.email,
        name: values.name ?? values.email.split("@")[0]!,
        role: values.role as Role,
        password: values.password,
      },
      null,
    );
    console.log(
      created.invited
        ? `${values.email} has an account in another organisation: invited to "${org.slug}", a member once they accept`
        : `created ${values.email} (${values.role}) in organisation "${org.slug}"`,
    );
    if (created.temporaryPassword)
      console.log(`one-time password: ${created.temporaryPassword} (to be changed at the first sign-in)`);
  } finally {
    await closeConnection();
  }
});
