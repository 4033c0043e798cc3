import "./globals.css";

// Outside any locale (e.g. a missing file): no translations here, so both languages at once.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="grid min-h-screen place-items-center p-6 font-sans">
        <main className="text-center">
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p lang="ar" dir="rtl" className="mt-2 text-slate-600">
            الصفحة غير موجودة
          </p>
          <a className="mt-6 inline-block text-brand-700 underline" href="/">
            Taqweem · <span lang="ar">تقويم</span>
          </a>
        </main>
      </body>
    </html>
  );
}
