//! WebSocket subscriptions on the real binary (a sequencer node on anvil): new L2 heads and a
//! transaction's receipts pushed as they change (soft, posted, final) to a client that sent
//! the transaction over the same socket; and what a hostile client meets: bad parameters,
//! too many subscriptions, binary frames, idle sockets closed, the socket cap.

use alloy::primitives::{B256, utils::parse_ether};
use alt_bindings::i_rollup_manager::IRollupManager;
use alt_e2e::TX_GAS;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

mod common;
use common::{call, metric, mine, rollup, spawn_node, until};

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn request(ws: &mut Socket, id: u64, method: &str, params: Value) -> eyre::Result<Value> {
    let body = json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params });
    ws.send(Message::Text(body.to_string().into())).await?;
    // Notifications may come first: the answer is the message with this id.
    loop {
        let v = next(ws).await?;
        if v["id"] == json!(id) {
            return Ok(v);
        }
    }
}

/// The next JSON message (10 s at most; pings in between do not extend it).
async fn next(ws: &mut Socket) -> eyre::Result<Value> {
    let text = async {
        loop {
            let msg = ws.next().await.ok_or_else(|| eyre::eyre!("socket closed"))??;
            if let Message::Text(t) = msg {
                return eyre::Ok(t);
            }
        }
    };
    let t = tokio::time::timeout(Duration::from_secs(10), text).await??;
    Ok(serde_json::from_str(t.as_str())?)
}

/// A socket to `url` (the node at 127.0.0.1:`port`) from source address `ip`; the HTTP status
/// of a refused upgrade as the error (0: no HTTP answer).
async fn connect_from(ip: std::net::Ipv4Addr, port: u16, url: &str) -> Result<Socket, u16> {
    let sock = tokio::net::TcpSocket::new_v4().map_err(|_| 0u16)?;
    sock.bind((ip, 0).into()).map_err(|_| 0u16)?;
    let stream = sock.connect(([127, 0, 0, 1], port).into()).await.map_err(|_| 0u16)?;
    let stream = tokio_tungstenite::MaybeTlsStream::Plain(stream);
    match tokio_tungstenite::client_async(url, stream).await {
        Ok((s, _)) => Ok(s),
        Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => Err(resp.status().as_u16()),
        Err(_) => Err(0),
    }
}

#[tokio::test]
async fn subscribers_see_new_heads_and_each_receipt_change_and_hostile_sockets_are_bounded()
-> eyre::Result<()> {
    let r = rollup(41318).await?;
    let d = r.devnet.deployment.clone();
    let admin = r.devnet.wallet(&r.devnet.signer(0));
    let manager = IRollupManager::new(d.rollup_manager, &admin);
    let dir = tempfile::tempdir()?;
    let flags = [
        "--sequence",
        "--finalize",
        "--block-ms",
        "200",
        "--ws-idle-secs",
        "2",
        "--ws-max-per-ip",
        "8",
    ];
    let node = spawn_node(&r, dir.path(), "seq", Some(0), &flags)?;
    let (rpc, ws_url) =
        (format!("{}/", node.url), format!("{}/ws", node.url.replace("http", "ws")));
    let http = reqwest::Client::new();
    let (user, friend) = (r.devnet.signer(7), r.devnet.signer(8));
    let deposit = parse_ether("100")?;
    manager.deposit(r.id, user.address(), deposit).gas(TX_GAS).send().await?.get_receipt().await?;
    until("the deposit in the node", 60, || {
        let (http, rpc, who) = (http.clone(), rpc.clone(), user.address());
        async move {
            let a = call(&http, &rpc, "alt_getAccount", json!([who])).await?;
            Ok((a["result"]["balance"] == json!(deposit.to_string())).then_some(()))
        }
    })
    .await?;

    // Subscribed to heads and to the transaction's receipts, then sent over the same socket.
    let (mut ws, _) = tokio_tungstenite::connect_async(&ws_url).await?;
    let t = r.transfer(&user, friend.address(), parse_ether("5")?, parse_ether("1")?, 0)?;
    let heads = request(&mut ws, 1, "alt_subscribe", json!(["newHeads"])).await?;
    let heads = heads["result"].clone();
    let receipts = request(&mut ws, 2, "alt_subscribe", json!(["receipts", [t.hash()]])).await?;
    let receipts = receipts["result"].clone();
    assert!(heads.is_string() && receipts.is_string() && heads != receipts);
    let raw = alloy::hex::encode_prefixed(t.encode());
    let sent = request(&mut ws, 3, "alt_sendRawTransaction", json!([raw])).await?;
    assert_eq!(sent["result"], json!(t.hash()), "{sent}");

    // Its head, then its receipt as it moves: soft, posted; past the window, final.
    let (mut head, mut statuses) = (None, Vec::new());
    let mut advanced = false;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while statuses.last() != Some(&"final".to_string()) {
        eyre::ensure!(std::time::Instant::now() < deadline, "not final in 60 s: {statuses:?}");
        let v = match next(&mut ws).await {
            Ok(v) => v,
            Err(e) if !advanced => return Err(e.wrap_err(format!("got {statuses:?}"))),
            Err(_) => {
                mine(&admin).await?; // the node sees the new time once a block is mined
                continue;
            }
        };
        assert_eq!(v["method"], json!("alt_subscription"), "{v}");
        let (sub, result) = (&v["params"]["subscription"], &v["params"]["result"]);
        if *sub == heads {
            let txs: Vec<B256> = serde_json::from_value(result["transactions"].clone())?;
            if txs.contains(&t.hash()) {
                head = Some(result["number"].as_u64().expect("a number"));
            }
        } else {
            assert_eq!(*sub, receipts, "{v}");
            assert_eq!(result["transactionHash"], json!(t.hash()));
            statuses.push(result["status"].as_str().expect("a status").to_owned());
            if result["status"] == json!("posted") && !advanced {
                advanced = true;
                alt_e2e::advance_time(&admin, alt_e2e::rollup_params(true).challengeWindow + 1)
                    .await?;
                mine(&admin).await?;
            }
        }
    }
    assert_eq!(statuses, ["soft", "posted", "final"], "each change once, in order");
    assert_eq!(head, Some(1), "the first L2 block carried it");
    let gone = request(&mut ws, 4, "alt_unsubscribe", json!([receipts])).await?;
    let again = request(&mut ws, 5, "alt_unsubscribe", json!([receipts])).await?;
    assert_eq!((gone["result"].clone(), again["result"].clone()), (json!(true), json!(false)));

    // Hostile input: each refused with its code, the socket stays usable.
    let bad = request(&mut ws, 6, "alt_subscribe", json!(["receipts", ["0x12"]])).await?;
    assert_eq!(bad["error"]["code"], json!(-32602), "{bad}");
    let bad = request(&mut ws, 7, "alt_subscribe", json!(["logs"])).await?;
    assert_eq!(bad["error"]["code"], json!(-32602), "{bad}");
    let many: Vec<B256> =
        (0..300u64).map(|i| B256::from(alloy::primitives::U256::from(i))).collect();
    let bad = request(&mut ws, 8, "alt_subscribe", json!(["receipts", many])).await?;
    assert_eq!(bad["error"]["code"], json!(-32005), "{bad}");
    for i in 0..15 {
        let ok = request(&mut ws, 100 + i, "alt_subscribe", json!(["newHeads"])).await?;
        assert!(ok["result"].is_string(), "{ok}");
    }
    let full = request(&mut ws, 200, "alt_subscribe", json!(["newHeads"])).await?;
    assert_eq!(full["error"]["code"], json!(-32005), "16 subscriptions at most: {full}");
    ws.send(Message::Binary(vec![1, 2, 3].into())).await?;
    assert_eq!(next(&mut ws).await?["error"]["code"], json!(-32600));
    ws.send(Message::Text("{".into())).await?;
    assert_eq!(next(&mut ws).await?["error"]["code"], json!(-32700));
    let status = request(&mut ws, 9, "alt_status", json!([])).await?;
    assert_eq!(status["result"]["final"], json!(2), "{status}");

    // A socket that subscribes to nothing and says nothing is closed (after 2 s here).
    let (mut idle, _) = tokio_tungstenite::connect_async(&ws_url).await?;
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match idle.next().await {
                Some(Ok(Message::Close(frame))) => return frame.map(|f| f.reason.to_string()),
                Some(Ok(_)) => continue,
                _ => return None,
            }
        }
    })
    .await?;
    assert!(closed.is_some_and(|r| r.contains("idle")), "closed as idle");

    // The caps: 8 sockets per address (then 429), 256 in all (then 503, whatever the address);
    // a socket closed frees its slot. (Loopback clients bind 127.0.0.x to be other addresses.)
    let port: u16 = node.url.rsplit(':').next().expect("a port").parse()?;
    let mut open = vec![ws];
    let mut next_ip = 1u8;
    loop {
        let ip = std::net::Ipv4Addr::new(127, 0, 0, next_ip);
        match connect_from(ip, port, &ws_url).await {
            Ok(mut s) => {
                // (Subscribed, so that it is not closed as idle while the others open.)
                let sub = request(&mut s, 1, "alt_subscribe", json!(["newHeads"])).await?;
                assert!(sub["result"].is_string(), "{sub}");
                open.push(s);
            }
            Err(429) => {
                // This address is full: exactly 8 from it (the first address also holds `ws`).
                next_ip += 1;
                continue;
            }
            Err(503) => break,
            Err(code) => eyre::bail!("unexpected refusal {code}"),
        }
        eyre::ensure!(open.len() <= 256, "more than 256 sockets accepted");
    }
    assert_eq!(open.len(), 256);
    assert_eq!(next_ip, 33, "8 from each of 32 addresses; the 33rd is refused as all are taken");
    assert_eq!(metric(&http, &node.url, "alt_node_ws_connections").await?, 256);
    // A freed socket lets its address in again.
    let mut first = open.remove(0);
    first.close(None).await?;
    drop(first);
    until("a freed socket reused", 10, || {
        let url = ws_url.clone();
        async move {
            let ip = std::net::Ipv4Addr::new(127, 0, 0, 1);
            Ok(connect_from(ip, port, &url).await.ok().map(|_| ()))
        }
    })
    .await?;
    Ok(())
}
