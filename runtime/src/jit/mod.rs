//! The copy-and-patch JIT's runtime side.
//!
//! Stencils (relocatable machine code, one group per micro-op) are made
//! ahead of time from `templates/` by `cargo xtask stencils` and committed
//! as Rust tables (`stencils/<arch>.rs`), so the runtime never links LLVM:
//! it copies a stencil's bytes into a trace and patches its holes.
//!
//! What is here: the stencil data model and the tables for both
//! architectures (compiled on every host), the per-architecture patchers,
//! W^X code memory and the code cache, the trace compiler, and tier 2:
//! micro-ops, projection of hot loops, the optimizer, and the glue the
//! interpreter calls (`tier2`).

pub mod cache;
pub mod compile;
pub mod disasm;
pub mod helpers;
pub mod layout;
pub mod memory;
pub mod optimizer;
pub mod patch;
pub mod project;
pub mod stencil;
pub mod stencils;
pub mod tier2;
pub mod uop;
