/** @jsxRuntime automatic */
// Every compiler must use the automatic JSX runtime here: tsx (which runs web-jobs) compiles
// workspace files outside the app's tsconfig with the classic one, which needs React in scope.
import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Text } from "@react-email/components";
import type { Locale } from "@taqweem/db";
import type { Copy } from "../notify/copy";

export interface NoticeEmailProps {
  copy: Copy;
  locale: Locale;
  /** Absolute link to the page the notice is about. */
  url: string;
  orgName: string;
}

const fonts = {
  en: "Inter, 'Segoe UI', Helvetica, Arial, sans-serif",
  ar: "'IBM Plex Sans Arabic', Tahoma, 'Segoe UI', Arial, sans-serif",
};

/** The one e-mail layout: a heading, a few lines and a button, right-to-left for Arabic readers. */
export function NoticeEmail({ copy, locale, url, orgName }: NoticeEmailProps) {
  const dir = locale === "ar" ? "rtl" : "ltr";
  const align = locale === "ar" ? "right" : "left";
  return (
    <Html lang={locale} dir={dir}>
      <Head />
      <Preview>{copy.subject}</Preview>
      <Body style={{ backgroundColor: "#f4f5f7", fontFamily: fonts[locale], margin: 0, padding: "24px 0" }}>
        <Container
          style={{
            backgroundColor: "#ffffff",
            borderRadius: 8,
            padding: 24,
            direction: dir,
            textAlign: align,
          }}
        >
          <Text style={{ color: "#6b7280", fontSize: 13, margin: 0 }}>{orgName}</Text>
          <Heading as="h1" style={{ fontSize: 20, margin: "12px 0" }}>
            {copy.heading}
          </Heading>
          {copy.lines.map((line) => (
            <Text key={line} style={{ fontSize: 15, lineHeight: "22px", margin: "6px 0" }}>
              {line}
            </Text>
          ))}
          <Button
            href={url}
            style={{
              backgroundColor: "#0f766e",
              borderRadius: 6,
              color: "#ffffff",
              fontSize: 15,
              marginTop: 16,
              padding: "10px 18px",
            }}
          >
            {copy.actionLabel}
          </Button>
          <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0 12px" }} />
          <Text style={{ color: "#9ca3af", fontSize: 12, margin: 0 }}>Taqweem · تقويم</Text>
        </Container>
      </Body>
    </Html>
  );
}
