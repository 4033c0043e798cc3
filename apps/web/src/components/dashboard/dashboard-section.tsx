"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { Link } from "@/i18n/navigation";

export interface EmptyCopy {
  title: string;
  body: string;
  /** What to do next, for those who may do it. */
  action?: { href: string; label: string };
}

/**
 * One card of the home page: loading, then its items, a "what to do next" when there are none, or
 * an error with a retry. Data already shown stays while a background refresh fails.
 */
export function DashboardSection<T>({
  testId,
  title,
  actions,
  query,
  isEmpty,
  empty,
  children,
}: {
  testId: string;
  title: string;
  actions?: ReactNode;
  /** The section's query (what of it this card reads). */
  query: { data: T | undefined; isError: boolean; refetch: () => unknown };
  isEmpty: (data: T) => boolean;
  empty: EmptyCopy;
  children: (data: T) => ReactNode;
}) {
  const t = useTranslations();
  let body: ReactNode;
  if (query.data !== undefined)
    body = isEmpty(query.data) ? (
      <div data-testid="section-empty">
        <EmptyState title={empty.title} body={empty.body} />
        {empty.action && (
          <p className="-mt-8 pb-6 text-center">
            <Link href={empty.action.href} className="text-sm font-medium text-brand-700 hover:underline">
              {empty.action.label}
            </Link>
          </p>
        )}
      </div>
    ) : (
      children(query.data)
    );
  else if (query.isError)
    body = (
      <ErrorState
        title={t("states.errorTitle")}
        body={t("home.loadFailed")}
        onRetry={() => void query.refetch()}
      />
    );
  else body = <LoadingState />;
  return (
    <div data-testid={testId}>
      <Card title={title} actions={actions}>
        {body}
      </Card>
    </div>
  );
}

/** A link in a card's header. */
export function SectionLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm font-medium text-brand-700 hover:underline">
      {children}
    </Link>
  );
}
