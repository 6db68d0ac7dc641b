//! Per-client request rates on the real binary (`--rpc-rate-limit 5`: 5 a second, bursts of
//! 10): a client over its rate gets HTTP 429 with JSON-RPC error -32005 and `retry-after`,
//! another address is served meanwhile, a WebSocket client over its rate gets the error as the
//! answer and keeps its socket, and the refusals are counted in `/metrics`.

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::net::IpAddr;
use tokio_tungstenite::tungstenite::Message;

mod common;
use common::{rollup, spawn_node, until};

#[tokio::test]
async fn a_client_over_its_rate_is_refused_and_others_are_served() -> eyre::Result<()> {
    let r = rollup(41332).await?;
    let dir = tempfile::tempdir()?;
    let node =
        spawn_node(&r, dir.path(), "seq", Some(0), &["--sequence", "--rpc-rate-limit", "5"])?;
    // Each client its own loopback address (Linux routes all of 127/8 to lo).
    let from = |last: u8| {
        reqwest::Client::builder().local_address(IpAddr::from([127, 0, 0, last])).build()
    };
    let (hostile, other, watcher) = (from(2)?, from(3)?, from(4)?);
    let metric = |name: &'static str| {
        let (http, url) = (watcher.clone(), node.url.clone());
        async move {
            let text = http.get(format!("{url}/metrics")).send().await?.text().await?;
            eyre::Ok(
                text.lines()
                    .find(|l| l.starts_with(name))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
                    .unwrap_or_default(),
            )
        }
    };
    until("the node ready", 60, || {
        let m = metric("alt_node_ready");
        async move { Ok((m.await? == 1).then_some(())) }
    })
    .await?;
    let body = json!({ "jsonrpc": "2.0", "id": 1, "method": "alt_status", "params": [] });
    let rpc = format!("{}/", node.url);
    let (mut served, mut refused) = (0, 0);
    for _ in 0..40 {
        let answer = hostile.post(&rpc).json(&body).send().await?;
        if answer.status() == reqwest::StatusCode::TOO_MANY_REQUESTS {
            assert_eq!(answer.headers()["retry-after"], "1");
            let v: Value = answer.json().await?;
            assert_eq!(v["error"]["code"], json!(-32005), "{v}");
            refused += 1;
        } else {
            let v: Value = answer.json().await?;
            assert!(v.get("result").is_some(), "{v}");
            served += 1;
        }
    }
    assert!((10..=13).contains(&served) && refused >= 27, "{served} served, {refused} refused");
    // Another address is served meanwhile.
    let v: Value = other.post(&rpc).json(&body).send().await?.json().await?;
    assert!(v.get("result").is_some(), "{v}");
    // Over a WebSocket (from 127.0.0.1), messages over the rate are answered with the error and
    // the socket stays open.
    let ws_url = format!("{}/ws", node.url.replace("http://", "ws://"));
    let (mut ws, _) = tokio_tungstenite::connect_async(&ws_url).await?;
    for i in 0..30 {
        let m = json!({ "jsonrpc": "2.0", "id": i, "method": "alt_status", "params": [] });
        ws.send(Message::Text(m.to_string().into())).await?;
    }
    let (mut ok, mut limited) = (0, 0);
    while ok + limited < 30 {
        let t = match ws.next().await {
            Some(Ok(Message::Text(t))) => t,
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            other => eyre::bail!("socket closed: {other:?} after {ok} answers, {limited} limited"),
        };
        let v: Value = serde_json::from_str(t.as_str())?;
        if v["error"]["code"] == json!(-32005) { limited += 1 } else { ok += 1 }
    }
    // (The upgrade request took one token of the burst of 10.)
    assert!((9..=12).contains(&ok) && limited >= 18, "{ok} answered, {limited} limited");
    tokio::time::sleep(std::time::Duration::from_millis(1_200)).await;
    let m = json!({ "jsonrpc": "2.0", "id": 99, "method": "alt_status", "params": [] });
    ws.send(Message::Text(m.to_string().into())).await?;
    let Some(Ok(Message::Text(t))) = ws.next().await else { eyre::bail!("socket closed") };
    assert!(serde_json::from_str::<Value>(t.as_str())?.get("result").is_some(), "{t}");
    assert!(metric("alt_node_rate_limited_total").await? >= (refused + limited) as u64);
    Ok(())
}

/// Requests in flight are capped for the node and per client address, and a request that
/// stalls is cut off (`--rpc-max-inflight 2 --rpc-max-inflight-per-client 1`, a 3 s request
/// timeout): clients that send their headers and then nothing hold their slots, so the next
/// request from one of their addresses, and then any request once the node's two are held, get
/// HTTP 503 with JSON-RPC error -32005 and `retry-after`, while `/health` and `/metrics` are still answered;
/// when the stalled requests time out (HTTP 408) the node serves again.
#[tokio::test]
async fn requests_in_flight_are_capped_and_a_stalled_one_is_cut_off() -> eyre::Result<()> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let r = rollup(41344).await?;
    let dir = tempfile::tempdir()?;
    let flags = [
        "--rpc-max-inflight",
        "2",
        "--rpc-max-inflight-per-client",
        "1",
        "--rpc-request-timeout-ms",
        "3000",
    ];
    let node = spawn_node(&r, dir.path(), "node", None, &flags)?;
    let from = |last: u8| {
        reqwest::Client::builder().local_address(IpAddr::from([127, 0, 0, last])).build()
    };
    let rpc = format!("{}/", node.url);
    let body = json!({ "jsonrpc": "2.0", "id": 1, "method": "alt_status", "params": [] });
    let status = |client: reqwest::Client| {
        let (rpc, body) = (rpc.clone(), body.clone());
        async move {
            let answer = client.post(&rpc).json(&body).send().await?;
            let (code, retry) = (answer.status(), answer.headers().get("retry-after").cloned());
            let v: Value = answer.json().await?;
            eyre::Ok((code.as_u16(), retry, v))
        }
    };
    until("the node serving", 60, || {
        let s = status(from(9).expect("client"));
        async move { Ok(s.await.ok().filter(|(c, ..)| *c == 200).map(|_| ())) }
    })
    .await?;
    // A client that sends its headers, one byte of a 100-byte body, and then nothing.
    let port: u16 = node.url.rsplit(':').next().unwrap_or_default().parse()?;
    let stall = |last: u8| async move {
        let socket = tokio::net::TcpSocket::new_v4()?;
        socket.bind((IpAddr::from([127, 0, 0, last]), 0).into())?;
        let mut stream = socket.connect(([127, 0, 0, 1], port).into()).await?;
        let head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
                    Content-Length: 100\r\n\r\n{";
        stream.write_all(head.as_bytes()).await?;
        eyre::Ok(stream)
    };
    let mut first = stall(5).await?;
    // Its address now holds its one slot: the next request from it is refused.
    let (code, retry, v) = until("the stalled request held", 10, || {
        let s = status(from(5).expect("client"));
        async move { Ok(s.await.ok().filter(|(c, ..)| *c == 503)) }
    })
    .await?;
    assert_eq!((code, retry.as_ref().and_then(|h| h.to_str().ok())), (503, Some("1")));
    assert_eq!(v["error"]["code"], json!(-32005), "{v}");
    // Another address is served: the node holds one of its two.
    assert_eq!(status(from(6)?).await?.0, 200);
    // A second stalled client takes the node's other slot: now everyone is refused.
    let mut second = stall(7).await?;
    until("the node's two slots held", 10, || {
        let s = status(from(8).expect("client"));
        async move { Ok(s.await.ok().filter(|(c, ..)| *c == 503).map(|_| ())) }
    })
    .await?;
    // The GET routes (load balancers' probes, peers' pulls) are outside the cap.
    for route in ["health", "metrics"] {
        let probe = from(9)?.get(format!("{}/{route}", node.url)).send().await?;
        assert_eq!(probe.status().as_u16(), 200, "/{route} served while the JSON-RPC is full");
    }
    // The stalled requests are cut off after 3 s (408), and the node serves again.
    for stream in [&mut first, &mut second] {
        let mut answer = String::new();
        tokio::time::timeout(
            std::time::Duration::from_secs(10),
            stream.read_to_string(&mut answer),
        )
        .await??;
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    }
    assert_eq!(status(from(8)?).await?.0, 200);
    let watcher = from(9)?;
    let text = watcher.get(format!("{}/metrics", node.url)).send().await?.text().await?;
    let busy = text
        .lines()
        .find_map(|l| l.strip_prefix("alt_node_busy_total "))
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or_default();
    assert!(busy >= 2, "refusals counted: {busy}");
    Ok(())
}
