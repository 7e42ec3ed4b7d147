# Chuhai: the server (run from its TypeScript sources through tsx) and the built web app.
# Not built on CI (there is no Docker there): docs/deploy.md describes it and the systemd
# install it mirrors. Build: docker build -t chuhai . (or docker compose build)

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 and @node-rs/argon2 download prebuilt binaries; the compilers are the fallback
# for a platform without one.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    CHUHAI_DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Quote PDFs: headless Chromium lays them out; Noto fonts cover Latin, Cyrillic, Arabic and CJK,
# Droid Sans Fallback prints Han as TrueType (fast to embed).
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-noto-core fonts-noto-cjk \
     fonts-droid-fallback \
  && rm -rf /var/lib/apt/lists/*
# The code belongs to root and is read-only for the app; only /data is its own.
COPY --from=build /app /app
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin chuhai \
  && mkdir -p /data \
  && chown chuhai:chuhai /data
USER chuhai
VOLUME ["/data"]
EXPOSE 3000
# Liveness only: /readyz (database and migrations) is for the load balancer, not for restarts.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains requests in flight for up to 25 s: give `docker stop` 30 s (compose.yaml does).
STOPSIGNAL SIGTERM
CMD ["node", "bin/chuhai.js", "serve", "--no-seed"]
