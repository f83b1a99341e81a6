# One image for every service; the command selects the gateway or a subgraph (see docker-compose.yml).
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY kernel ./kernel
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY schema ./schema
COPY scripts ./scripts
USER node
EXPOSE 4000 4001 4002 4003
CMD ["node", "-r", "@swc-node/register", "gateway/main.ts"]
