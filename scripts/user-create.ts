import { createUser, findOrganisationBySlug } from "@taqweem/api";
import { closeConnection, getDb, type Role, roles } from "@taqweem/db";
import { parseArgs, runCli } from "./lib/cli";

const usage =
  "usage: npm run user:create -- --email a@b.c --role admin|editor|department|viewer [--name N] [--password P] [--org slug]";

runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "viewer" },
      name: { type: "string" },
      password: { type: "string" },
      org: { type: "string", default: "demo" },
    },
  });
  if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email))
    throw new Error(`a valid --email is required\n${usage}`);
  if (!roles.includes(values.role as Role))
    throw new Error(`--role must be one of ${roles.join(", ")}\n${usage}`);
  if (values.password !== undefined && values.password.length < 10)
    throw new Error("--password needs at least 10 characters");
  try {
    const db = getDb();
    const org = await findOrganisationBySlug(db, values.org!);
    if (!org) throw new Error(`no organisation with slug "${values.org}"`);
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
    console.log(`created ${values.email} (${values.role}) in ${org.slug}`);
    if (created.temporaryPassword) console.log(`one-time password: ${created.temporaryPassword}`);
  } finally {
    await closeConnection();
  }
});
