//! The copy-and-patch JIT's runtime side.
//!
//! Stencils (relocatable machine code, one group per micro-op) are made
//! ahead of time from `templates/` by `cargo xtask stencils` and committed
//! as Rust tables (`stencils/<arch>.rs`), so the runtime never links LLVM:
//! it copies a stencil's bytes into a trace and patches its holes.
//!
//! What is here: the stencil data model and the tables for both
//! architectures (compiled on every host), the per-architecture patchers,
//! and W^X code memory. Trace compilation and tier 2 build on them.

pub mod cache;
pub mod compile;
pub mod helpers;
pub mod memory;
pub mod patch;
pub mod stencil;
pub mod stencils;
