// The floor for a save: a plain node:http server doing the save's writes (and its live event) in one transaction with pg, no framework.
import { createServer, type Server } from "node:http";
import pg from "pg";

export type BareServer = { server: Server; pool: pg.Pool; port: number };

async function save(pool: pg.Pool, body: { segmentId: number; text: string; expectedVersion: number; authorId: string }) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query('SELECT id, "documentId", version, status::text FROM "Segment" WHERE id = $1 FOR UPDATE', [body.segmentId]);
    const segment = rows[0];
    if (!segment || segment.version !== body.expectedVersion) {
      await client.query("ROLLBACK");
      return { status: 409, body: { error: "conflict" } };
    }
    const proposal = await client.query('INSERT INTO "Proposal" ("segmentId", "authorId", text) VALUES ($1, $2, $3) RETURNING id', [body.segmentId, body.authorId, body.text]);
    const proposalId = proposal.rows[0].id;
    await client.query('UPDATE "Segment" SET "currentProposalId" = $1, status = \'proposed\', version = version + 1, "updatedAt" = now() WHERE id = $2', [proposalId, body.segmentId]);
    await client.query(
      'INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "documentId", "segmentId", before, after) VALUES ($1, \'proposal.submit\', \'Proposal\', $2, $3, $4, $5, $6)',
      [body.authorId, String(proposalId), segment.documentId, body.segmentId, JSON.stringify({ status: segment.status, version: segment.version }), JSON.stringify({ status: "proposed", version: segment.version + 1, text: body.text })],
    );
    await client.query(
      `WITH event AS (INSERT INTO "DocumentEvent" ("documentId", type, "segmentId", "actorId", payload) VALUES ($1, 'proposal.submit', $2, $3, $4) RETURNING id, "documentId")
       SELECT pg_notify('verso_document_event', id || ':' || "documentId") IS NULL FROM event`,
      [segment.documentId, body.segmentId, body.authorId, JSON.stringify({ row: { status: "proposed", version: segment.version + 1, currentProposal: { id: proposalId, text: body.text } } })],
    );
    await client.query("COMMIT");
    return { status: 200, body: { proposalId, version: segment.version + 1 } };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export function startBareServer(databaseUrl: string, port: number): Promise<BareServer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      save(pool, JSON.parse(raw)).then(
        (result) => response.writeHead(result.status, { "content-type": "application/json" }).end(JSON.stringify(result.body)),
        (error) => response.writeHead(500).end(String(error)),
      );
    });
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done({ server, pool, port })));
}
