"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { WaSessionView } from "../types";
import { PacingForm } from "./pacing-form";
import type { PacingRules } from "./pacing-values";

export function PacingButton({ session, rules }: { session: WaSessionView; rules: PacingRules }) {
  const t = useTranslations("whatsapp.pacing");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setOpen(true)}>
        {t("button")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("title", { name: session.name })} size="lg">
        <PacingForm session={session} rules={rules} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
