# The API alone; Neo4j comes from docker-compose.yml (or NEO4J_URI), so no Java is needed here.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY data ./data
COPY schema ./schema
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
