"use server";

import type { ErrorKey } from "@taqweem/api";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { signIn } from "@/auth";
import { getCaller } from "@/trpc/server";

export interface PasswordState {
  /** The API's message key ("errors.…"), or "mismatch" when the new password was not repeated alike. */
  error: ErrorKey | "mismatch" | null;
}

/**
 * Changes the signed-in user's password, then signs this browser in again with the new one: the
 * change raised the session version, which ends every session issued before it, this one included.
 */
export async function changePasswordAction(_previous: PasswordState, form: FormData): Promise<PasswordState> {
  const currentPassword = String(form.get("currentPassword") ?? "");
  const newPassword = String(form.get("newPassword") ?? "");
  if (newPassword !== String(form.get("repeatPassword") ?? "")) return { error: "mismatch" };
  const caller = await getCaller();
  const viewer = await caller.me.get().catch(() => null);
  const locale = await getLocale();
  if (!viewer) redirect(`/${locale}/login`);
  try {
    await caller.me.changePassword({ currentPassword, newPassword });
  } catch (error) {
    const key =
      error instanceof TRPCError && error.message.startsWith("errors.")
        ? (error.message as ErrorKey)
        : "errors.invalidInput";
    return { error: key };
  }
  await signIn("credentials", { email: viewer.email, password: newPassword, redirect: false });
  // A navigation, so the next page reads the new session cookie. Someone who had to change a
  // one-time password goes on to the app; anyone else sees that it worked.
  redirect(viewer.mustChangePassword ? `/${locale}` : `/${locale}/password?changed=1`);
}
