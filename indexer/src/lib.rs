//! alt-indexer: follows the ALT system contracts from a start block to the head, decodes every
//! event with the generated bindings and stores raw logs plus derived histories in SQLite or
//! PostgreSQL ([`db`]).
//!
//! Guarantees: each range is written in one transaction together with the checkpoint that covers
//! it (a kill at any instant resumes with nothing lost or doubled); reorgs are detected against
//! stored block hashes and undone to the common ancestor; a database indexed with another
//! config or schema is cleared, never mixed. See `indexer/README.md`.

pub mod config;
pub mod db;
pub mod heads;
pub mod model;
pub mod rewards;
pub mod rpc;
#[doc(hidden)]
pub mod scratch;
pub mod store;
pub mod sync;
