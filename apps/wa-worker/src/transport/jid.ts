/** "971501234567:12@s.whatsapp.net" → "+971501234567"; null for anything that is not a user JID. */
export function phoneFromJid(jid: string | null | undefined): string | null {
  const match = /^(\d{6,15})(?::\d+)?@s\.whatsapp\.net$/.exec(jid ?? "");
  return match ? `+${match[1]}` : null;
}

/** "+971501234567" → "971501234567@s.whatsapp.net". */
export function jidFromE164(phone: string): string {
  return `${phone.replace(/^\+/, "")}@s.whatsapp.net`;
}
