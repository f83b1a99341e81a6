# One image for every service; the command selects the gateway, a subgraph or the one-shot migration
# (see docker-compose.yml). Two stages: the build stage has every dependency and compiles the TypeScript to dist/;
# the runtime stage installs only the production dependencies (no TypeScript, swc, test tools, `node` npm package,
# embedded PostgreSQL or explorer editor: those are devDependencies) and runs the compiled JavaScript.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# install scripts off: the `node` package's binary and native postinstall steps are not needed to compile
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json swc.config.js ./
COPY kernel ./kernel
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY scripts ./scripts
COPY clients/operations ./clients/operations
COPY clients/typescript/sdk/persisted-documents.json ./clients/typescript/sdk/persisted-documents.json
RUN node -r @swc-node/register scripts/build.ts

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
USER node
EXPOSE 4000 4001 4002 4003 4004
HEALTHCHECK --interval=10s --timeout=4s --start-period=30s --retries=12 CMD ["node", "dist/scripts/healthcheck.js"]
CMD ["node", "dist/gateway/main.js"]
