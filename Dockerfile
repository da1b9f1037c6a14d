# syntax=docker/dockerfile:1
# Jiebang: build with dev dependencies, run on production dependencies only, as a non-root user.
# better-sqlite3 compiles from source, so the stages that install packages have python3, make and g++.

FROM node:22-bookworm-slim AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

# Compiles TypeScript to dist/.
FROM toolchain AS build
RUN npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
RUN npm run build

# Production dependencies only, native modules built for this image's Node.
FROM toolchain AS deps
RUN npm ci --omit=dev && npm cache clean --force

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --chown=node:node package.json package-lock.json ./
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node seeds ./seeds
# The SQLite file lives here when DATABASE_URL is not set (mount a volume to keep it).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM (docker stop) drains in-flight requests for SHUTDOWN_TIMEOUT_MS, then closes the database and Redis.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
