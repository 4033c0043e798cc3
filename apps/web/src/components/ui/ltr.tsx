import type { ComponentProps, ReactNode } from "react";

/**
 * Phone numbers, e-mail addresses, URLs, ids and signed numbers read left to right, also inside
 * an Arabic sentence: without an isolate "+971 50 123 4567" shows as "4567 123 50 971+". Every such
 * value the app shows goes through this module: `<Ltr>` in rendered text, the `<ltr>` tag of a
 * message through `ltr`, and `ltrText` where only a string fits (select options, third-party text).
 */
export function Ltr(props: Omit<ComponentProps<"bdi">, "dir">) {
  return <bdi {...props} dir="ltr" />;
}

/** For a message's `<ltr>` tag: `t.rich("key", { recipient, ltr })`. */
export const ltr = (chunks: ReactNode) => <Ltr>{chunks}</Ltr>;

/** The same isolation as plain text: LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE. */
export const ltrText = (text: string) => `\u2066${text}\u2069`;
