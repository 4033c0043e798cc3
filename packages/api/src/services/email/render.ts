import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { NoticeEmail, type NoticeEmailProps } from "./notice-email";

export async function renderNoticeEmail(props: NoticeEmailProps): Promise<{ html: string; text: string }> {
  const html = await render(createElement(NoticeEmail, props));
  // html-to-text upper-cases headings by default, which mangles titles.
  const text = toPlainText(html, { selectors: [{ selector: "h1", options: { uppercase: false } }] });
  return { html, text };
}
