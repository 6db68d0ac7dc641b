#![doc = include_str!("../README.md")]
#![allow(missing_docs, unreachable_pub)]

mod generated;

pub use generated::*;
