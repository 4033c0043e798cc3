# syntax=docker/dockerfile:1
# Every Taqweem image, one target each, built from the repository root:
#   docker build --target web -t taqweem-web .        (also runs `migrate` and `web-jobs`)
#   docker build --target worker --build-arg WORKSPACE=wa-worker --build-arg WORKER_PORT=3102 -t taqweem-wa-worker .
#   docker build --target worker --build-arg WORKSPACE=scraper --build-arg WORKER_PORT=3103 -t taqweem-scraper .
# docker-compose.yml passes these targets and arguments itself.

FROM node:24-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    TURBO_TELEMETRY_DISABLED=1 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

# Manifests only: the dependency layers below are rebuilt only when a manifest or the lock changes.
# Every workspace is listed because npm ci checks the whole lock against them.
FROM base AS manifests
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/
COPY apps/wa-worker/package.json apps/wa-worker/
COPY apps/scraper/package.json apps/scraper/
COPY packages/db/package.json packages/db/
COPY packages/api/package.json packages/api/
COPY packages/jobs/package.json packages/jobs/

# What every running image shares. npm runs scripts with `sh -c`; Debian's dash does not exec the
# command, and on SIGTERM it dies and leaves the app running without the signal (killed later,
# mid-job). bash execs the command, so npm's forwarded SIGTERM reaches the process and npm waits
# for it to drain. HEALTH_URL is the process's own health endpoint (web-jobs sets its own).
FROM base AS runtime
ENV NODE_ENV=production \
    npm_config_script_shell=/bin/bash
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch(process.env.HEALTH_URL,{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# ---- web: the Next.js app ----

# Everything, dev tools included (turbo, typescript), for the build.
FROM manifests AS web-deps
RUN --mount=type=cache,target=/root/.npm npm ci

# What the runtime needs: the web workspace and the root, without devDependencies.
FROM manifests AS web-prod-deps
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspace=@taqweem/web --include-workspace-root

FROM web-deps AS web-build
COPY . .
RUN npx turbo run build --filter=@taqweem/web
# Leave a clean source tree for the runtime stage: node_modules come from web-prod-deps instead,
# and .next is copied separately so that only it is writable by the runtime user.
RUN rm -rf apps/web/.next/cache \
 && mv apps/web/.next /next-build \
 && find . \( -name node_modules -o -name .turbo \) -prune -exec rm -rf {} +

FROM runtime AS web
ENV PORT=3000 \
    HEALTH_URL=http://127.0.0.1:3000/api/health
COPY --from=web-prod-deps /app ./
COPY --from=web-build /app/tsconfig.json /app/tsconfig.base.json ./
COPY --from=web-build /app/scripts ./scripts
COPY --from=web-build /app/packages ./packages
COPY --from=web-build /app/apps/web ./apps/web
COPY --from=web-build --chown=node:node /next-build ./apps/web/.next
USER node
EXPOSE 3000
CMD ["npm", "run", "start", "-w", "@taqweem/web"]

# ---- worker: wa-worker or scraper (WORKSPACE). No build step: tsx runs the TypeScript source. ----

# Production dependencies of that workspace (and the packages it links) only: no Next.js, no dev tools.
FROM manifests AS worker-deps
ARG WORKSPACE
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspace=@taqweem/${WORKSPACE}

FROM runtime AS worker
ARG WORKSPACE
ARG WORKER_PORT
ENV TAQWEEM_DATA_DIR=/app/data \
    WORKSPACE=${WORKSPACE} \
    HEALTH_URL=http://127.0.0.1:${WORKER_PORT}/health
COPY --from=worker-deps /app ./
COPY tsconfig.base.json ./
COPY packages ./packages
COPY apps/${WORKSPACE} ./apps/${WORKSPACE}
# Mount point of the worker's volume (wa-data, scraper-cache); a new named volume takes this owner.
RUN mkdir -p /app/data/${WORKSPACE} && chown -R node:node /app/data
USER node
EXPOSE ${WORKER_PORT}
CMD ["sh", "-c", "exec npm start -w @taqweem/$WORKSPACE"]
