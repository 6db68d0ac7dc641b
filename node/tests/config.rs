//! The optional TOML config file: settings by flag name, overridden by flags (and by the
//! environment); an unknown setting is an error that names it.

use std::time::{Duration, Instant};

mod common;
use common::{KillOnDrop, rollup};

#[tokio::test]
async fn a_config_file_sets_flags_and_flags_override_it() -> eyre::Result<()> {
    let dir = tempfile::tempdir()?;
    let bin = env!("CARGO_BIN_EXE_alt-node");

    // An unknown setting: a clear error, nothing started.
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "rollup-id = 1\nnope = 3\n")?;
    let out = std::process::Command::new(bin).arg("--config").arg(&bad).output()?;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown setting `nope`"), "{err}");

    // A good one, with the rollup id overridden on the command line.
    let r = rollup(41314).await?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let file = dir.path().join("node.toml");
    std::fs::write(
        &file,
        format!(
            "rpc-url = [\"{}\"]\ndeployment = \"{}\"\nrollup_id = 999\ndata-dir = \"{}\"\nlisten = \"127.0.0.1:{port}\"\npoll-ms = 100\n",
            r.devnet.anvil.endpoint(),
            r.devnet.deployment_file.display(),
            dir.path().join("data").display(),
        ),
    )?;
    let log = dir.path().join("node.log");
    let child = std::process::Command::new(bin)
        .arg("--config")
        .arg(&file)
        .args(["--rollup-id", &r.id.to_string()])
        .stderr(std::fs::File::create(&log)?)
        .spawn()?;
    let mut node = KillOnDrop(child);
    let http = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let ready = http.get(format!("http://127.0.0.1:{port}/ready")).send().await;
        if ready.is_ok_and(|r| r.status() == 200) {
            break;
        }
        let exited = node.0.try_wait()?;
        eyre::ensure!(
            exited.is_none() && Instant::now() < deadline,
            "not ready ({exited:?}): {}",
            std::fs::read_to_string(&log)?
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let logs = std::fs::read_to_string(&log)?;
    assert!(logs.contains(&format!("rollup={}", r.id)), "the flag wins over the file: {logs}");
    Ok(())
}
