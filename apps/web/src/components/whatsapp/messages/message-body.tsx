"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

// Past about ten lines a message is folded, with a button to unfold it.
const longLines = 10;
const longChars = 600;

/**
 * A message's text as WhatsApp shows it: line by line, each line in its own direction (a bilingual
 * announcement has English lines and Arabic lines).
 */
export function MessageBody({ body, language }: { body: string; language: string }) {
  const t = useTranslations("whatsapp.messages");
  const [open, setOpen] = useState(false);
  const lines = body.split("\n");
  const long = lines.length > longLines || body.length > longChars;
  return (
    <div>
      <div
        lang={language}
        data-testid="message-body"
        className={`text-sm break-words text-slate-700 ${long && !open ? "max-h-52 overflow-hidden mask-b-from-60%" : ""}`}
      >
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
          <p key={index} dir="auto" className="min-h-lh">
            {line}
          </p>
        ))}
      </div>
      {long && (
        <button
          type="button"
          aria-expanded={open}
          className="mt-1 text-xs font-medium text-brand-700 hover:underline"
          onClick={() => setOpen(!open)}
        >
          {open ? t("showLess") : t("showAll")}
        </button>
      )}
    </div>
  );
}
