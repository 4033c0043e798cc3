import { dictionary } from "@zxcvbn-ts/language-common";
import { type ErrorKey, errorKeys } from "../../errors";

export const minPasswordLength = 12;
export const maxPasswordLength = 200;

// zxcvbn-ts's list of ~49,000 passwords seen most often in breaches, all lower case.
let commonPasswords: Set<string> | undefined;

function isCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"]);
  return commonPasswords.has(password.toLowerCase());
}

/**
 * What is wrong with a password someone chose for an account with this e-mail address, or null.
 * Length counts characters, not UTF-16 units, so an emoji counts once.
 */
export function passwordProblem(password: string, email: string): ErrorKey | null {
  if ([...password].length < minPasswordLength) return errorKeys.passwordTooShort;
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (lowered === address || lowered === address.split("@")[0]) return errorKeys.passwordIsEmail;
  if (isCommon(password)) return errorKeys.passwordCommon;
  return null;
}
