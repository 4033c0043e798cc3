import { seedDefaults, seedDevelopment } from "@taqweem/api";
import { closeConnection, getDb } from "@taqweem/db";
import { runCli } from "./lib/cli";

runCli(async () => {
  const email = process.env.SEED_ADMIN_EMAIL ?? seedDefaults.adminEmail;
  try {
    await seedDevelopment(getDb(), {
      adminEmail: email,
      adminPassword: process.env.SEED_ADMIN_PASSWORD ?? seedDefaults.adminPassword,
      orgName: process.env.SEED_ORG_NAME ?? seedDefaults.orgName,
    });
    console.log(`seeded: organisation "demo", admin ${email}`);
  } finally {
    await closeConnection();
  }
});
