"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { WaTemplate } from "../types";
import { TemplateForm } from "./template-form";
import { templateName } from "./template-name";

export function TemplateButton({ template }: { template: WaTemplate }) {
  const t = useTranslations("whatsapp.templates");
  const [open, setOpen] = useState(false);
  const name = t(`names.${templateName(template.key)}`);
  return (
    <>
      <button type="button" className={buttonClass("secondary", "sm")} onClick={() => setOpen(true)}>
        {t("edit")}
        <span className="sr-only">: {name}</span>
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={name} size="lg">
        <TemplateForm template={template} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
