# Pulse & Path: one image with the API serving GraphQL, the CSV endpoints and the built dashboard.
# It expects an external PostgreSQL in DATABASE_URL (see docker-compose.yml); without one it would
# start its embedded PostgreSQL in DATA_DIR, which is meant for laptops, not containers.

# ---- build: the full workspace, dev dependencies included -------------------------------------
FROM node:24-bookworm AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
# Manifests first, so `npm ci` is cached until a dependency changes.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/web-e2e/package.json apps/web-e2e/
COPY libs/shared/package.json libs/shared/
COPY libs/domain/people/package.json libs/domain/people/
COPY tools/seed/package.json tools/seed/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: built output and production dependencies only -----------------------------------
FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DEMO_SEED=never \
    LOG_LEVEL=info
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/apps/api/package.json ./apps/api/
COPY --from=build --chown=node:node /app/apps/api/dist ./apps/api/dist
COPY --from=build --chown=node:node /app/apps/web/package.json ./apps/web/
COPY --from=build --chown=node:node /app/apps/web/dist ./apps/web/dist
COPY --from=build --chown=node:node /app/apps/web-e2e/package.json ./apps/web-e2e/
COPY --from=build --chown=node:node /app/libs/shared/package.json ./libs/shared/
COPY --from=build --chown=node:node /app/libs/shared/dist ./libs/shared/dist
COPY --from=build --chown=node:node /app/libs/domain/people/package.json ./libs/domain/people/
COPY --from=build --chown=node:node /app/libs/domain/people/dist ./libs/domain/people/dist
COPY --from=build --chown=node:node /app/tools/seed/package.json ./tools/seed/
COPY --from=build --chown=node:node /app/tools/seed/dist ./tools/seed/dist
USER node
EXPOSE 3000
# Ready = the database answers and migrations have run (GET /health/ready).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly (not npm) so SIGTERM reaches the app: it drains requests, then exits.
CMD ["node", "apps/api/dist/main.js"]
