//! alt-graphql: the GraphQL API over the ALT index.
//!
//! Entities are described once ([`entities`]); the schema ([`schema`]) and the SQL ([`sql`]) are
//! generated from the descriptors, so every entity gets the same conventions dApp developers
//! know from The Graph and Ponder: `where` filters with `_not`, `_gt`, `_gte`, `_lt`, `_lte`,
//! `_in`, `_not_in`, `_contains`, `and`/`or`; `orderBy`/`orderDirection`; `first`/`skip`; a
//! `<plural>Connection` with keyset cursors, `pageInfo` and `totalCount`; 256-bit integers as
//! decimal strings; `_meta`. [`server`] serves it over HTTP and WebSocket, and [`run`] runs the
//! indexer and the server in one process.

pub mod entities;
pub mod run;
pub mod schema;
pub mod server;
pub mod session;
pub mod sql;
