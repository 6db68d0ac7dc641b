#![doc = include_str!("../README.md")]

pub mod header;
pub mod smt;
pub mod state;
pub mod step;
pub mod tx;
