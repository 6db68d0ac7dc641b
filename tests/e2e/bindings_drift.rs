//! The committed bindings must match the contracts: `forge bind` (without `--overwrite`) checks.

use alt_e2e::{project_root, tool};
use std::process::Command;

const SELECT: &str =
    "^(AltToken|Staking|Slasher|FeeDistributor|AltGovernor|TimelockController|IRollupManager)$";

fn forge_bind_check(bindings: &std::path::Path) -> std::process::Output {
    Command::new(tool("forge"))
        .current_dir(project_root())
        .args([
            "bind",
            "--alloy-version",
            "2.5.0",
            "--module",
            "--select",
            SELECT,
            "--bindings-path",
        ])
        .arg(bindings)
        .env("NO_COLOR", "1")
        .output()
        .expect("forge runs")
}

#[test]
fn committed_bindings_match_the_contracts() {
    let out = forge_bind_check(&project_root().join("bindings/src/generated"));
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "bindings drifted from the contracts; run `make bindings`:\n{text}"
    );
    assert!(text.contains("OK."), "{text}");
}

#[test]
fn the_drift_check_catches_a_stale_binding() {
    let dir = std::env::temp_dir().join(format!("alt-bindings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(project_root().join("bindings/src/generated")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let staking = dir.join("staking.rs");
    let stale =
        std::fs::read_to_string(&staking).unwrap().replace("requestUnstake", "requestUnbond");
    std::fs::write(&staking, stale).unwrap();
    let out = forge_bind_check(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!out.status.success(), "a stale binding must fail the check");
}
