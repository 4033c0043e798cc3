/** Why a sign-in was refused, as shown on the login page (messages under login.errors). */
export const loginErrors = ["invalid_credentials", "rate_limited"] as const;
export type LoginError = (typeof loginErrors)[number];

export function isLoginError(value: unknown): value is LoginError {
  return loginErrors.includes(value as LoginError);
}
