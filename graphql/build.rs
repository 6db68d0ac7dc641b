//! Embeds the GraphiQL explorer's assets (pinned in the root package.json, installed by
//! `npm ci`) so the page works on a machine without internet. Without `node_modules` the
//! binary still builds, and its page says how to get the explorer.

use std::{env, fs, path::PathBuf};

/// (file in node_modules, name in OUT_DIR)
const ASSETS: &[(&str, &str)] = &[
    ("react/umd/react.production.min.js", "react.js"),
    ("react-dom/umd/react-dom.production.min.js", "react-dom.js"),
    ("graphiql/graphiql.min.js", "graphiql.js"),
    ("graphiql/graphiql.min.css", "graphiql.css"),
];

fn main() {
    let modules = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"))
        .join("../node_modules");
    let out = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    println!("cargo::rustc-check-cfg=cfg(graphiql_assets)");
    println!("cargo::rerun-if-changed={}", modules.join("graphiql/package.json").display());
    let found = ASSETS.iter().all(|(from, _)| modules.join(from).is_file());
    for (from, to) in ASSETS {
        let bytes =
            if found { fs::read(modules.join(from)).expect("asset readable") } else { Vec::new() };
        fs::write(out.join(to), bytes).expect("OUT_DIR writable");
    }
    if found {
        println!("cargo::rustc-cfg=graphiql_assets");
    } else {
        println!(
            "cargo::warning=GraphiQL assets not found in node_modules: run `npm ci` and rebuild to serve the explorer"
        );
    }
}
