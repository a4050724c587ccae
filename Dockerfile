# The API alone; Neo4j comes from docker-compose.yml (or NEO4J_URI), so no Java is needed here.
# The explorer is built in a stage of its own (Vite is a development dependency); the image keeps
# only its output, which the API serves at / and /explore/.
FROM node:20-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY explorer ./explorer
RUN node node_modules/vite/bin/vite.js build --config explorer/vite.config.ts

FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY data ./data
COPY schema ./schema
COPY --from=explorer /app/explorer/dist ./explorer/dist
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
