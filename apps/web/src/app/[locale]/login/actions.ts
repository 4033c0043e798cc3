"use server";

import { CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { signIn } from "@/auth";
import { callbackPath } from "@/lib/callback-url";
import { isLoginError, type LoginError } from "@/lib/login-errors";

export interface LoginState {
  error: LoginError | null;
  email: string;
}

/** Signs in with e-mail and password; on success Auth.js sets the session cookie and redirects. */
export async function signInWithPassword(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  const locale = await getLocale();
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: callbackPath(form.get("callbackUrl"), locale),
    });
  } catch (error) {
    // Anything else, including the redirect that signals success, goes on up.
    if (!(error instanceof CredentialsSignin)) throw error;
    return { error: isLoginError(error.code) ? error.code : "invalid_credentials", email };
  }
  return { error: null, email };
}
