// The throughput baseline: an Apollo Server hello-world on express 5, the same stack as
// ours with nothing of ours in it. Started by bench/api.ts as a child process.
//   PORT=4100 npx tsx bench/hello.ts
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';

const apollo = new ApolloServer({
  typeDefs: 'type Query { hello: String! }',
  resolvers: { Query: { hello: () => 'world' } },
});
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = http.createServer(app);
server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1', () => console.log('READY'));
