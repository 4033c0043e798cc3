"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { useQueryState } from "@/hooks/use-query-state";
import { useTRPC } from "@/trpc/react";
import { ContactFilters } from "./contact-filters";
import { ContactFormDialog } from "./contact-form-dialog";
import { ContactsTable } from "./contacts-table";
import { ContactExportButton } from "./export-button";
import {
  contactFilterOf,
  contactFilterQuery,
  isFiltered,
  parseContactFilters,
  stateOfFilter,
} from "./filters-url";
import { ContactImportDialog } from "./import-dialog";
import { ListsCard } from "./lists-card";
import { SegmentsCard } from "./segments-card";

/** The contacts page: search and filters in the address, the table, lists and saved segments. */
export function ContactsView() {
  const t = useTranslations("contacts");
  const trpc = useTRPC();
  const manages = useCapabilities().can("contacts.manage");
  const [state, setState] = useQueryState(parseContactFilters, contactFilterQuery);
  const filter = contactFilterOf(useDebouncedValue(state));
  const lists = useQuery(trpc.contacts.lists.list.queryOptions());
  const [dialog, setDialog] = useState<"create" | "import" | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <ContactExportButton filter={filter} onDone={setNotice} />
            {manages && (
              <>
                <button
                  type="button"
                  className={buttonClass("secondary")}
                  onClick={() => setDialog("import")}
                >
                  {t("importCsv")}
                </button>
                <button type="button" className={buttonClass("primary")} onClick={() => setDialog("create")}>
                  {t("new")}
                </button>
              </>
            )}
          </div>
        }
      />
      {!manages && (
        <div className="mb-4">
          <Alert tone="info">{t("readOnly")}</Alert>
        </div>
      )}
      {notice && (
        <div className="mb-4" role="status">
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      )}
      <ContactFilters state={state} lists={lists.data ?? []} onChange={setState} />
      <div className="grid gap-6 xl:grid-cols-4">
        <div className="xl:col-span-3">
          <ContactsTable
            filter={filter}
            filtered={isFiltered(state)}
            manages={manages}
            lists={lists.data ?? []}
          />
        </div>
        <aside className="space-y-6" aria-label={t("sideLabel")}>
          <ListsCard
            lists={lists.data ?? []}
            activeListId={state.list}
            manages={manages}
            onShow={(list) => setState({ ...state, list })}
          />
          <SegmentsCard
            filter={filter}
            filtered={isFiltered(state)}
            manages={manages}
            onApply={(segment) => setState(stateOfFilter(segment))}
          />
        </aside>
      </div>
      <ContactFormDialog open={dialog === "create"} onClose={() => setDialog(null)} />
      <ContactImportDialog open={dialog === "import"} onClose={() => setDialog(null)} />
    </>
  );
}
