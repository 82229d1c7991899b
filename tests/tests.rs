//! One integration-test binary (ripgrep's layout): each topic is a module.

mod util;

mod cli;
mod corpus;
mod ontology;
mod queries;
mod robustness;
