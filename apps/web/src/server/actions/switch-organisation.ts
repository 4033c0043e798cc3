"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { unstable_update } from "@/auth";

/** Moves this session to another organisation the user belongs to; the token callback checks it. */
export async function switchOrganisationAction(form: FormData) {
  await unstable_update({ user: { orgId: String(form.get("orgId") ?? "") } });
  redirect(`/${await getLocale()}`);
}
