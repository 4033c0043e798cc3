"use server";

import { getLocale } from "next-intl/server";
import { signOut } from "@/auth";

export async function signOutAction() {
  await signOut({ redirectTo: `/${await getLocale()}/login` });
}
