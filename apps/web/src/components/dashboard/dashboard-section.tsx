"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { type QueryLike, QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { Link } from "@/i18n/navigation";

export interface EmptyCopy {
  title: string;
  body: string;
  /** What to do next, for those who may do it. */
  action?: { href: string; label: string };
}

/**
 * One card of the home page: the shared query ladder inside the card, with a "what to do next"
 * when there is nothing to show.
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
  query: QueryLike<T>;
  isEmpty: (data: T) => boolean;
  empty: EmptyCopy;
  children: (data: T) => ReactNode;
}) {
  const t = useTranslations("home");
  return (
    <div data-testid={testId}>
      <Card title={title} actions={actions}>
        <QueryView
          query={query}
          loadFailed={t("loadFailed")}
          isEmpty={isEmpty}
          empty={
            <div data-testid="section-empty">
              <EmptyState title={empty.title} body={empty.body} />
              {empty.action && (
                <p className="-mt-8 pb-6 text-center">
                  <SectionLink href={empty.action.href}>{empty.action.label}</SectionLink>
                </p>
              )}
            </div>
          }
        >
          {children}
        </QueryView>
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
