// graphql-ws protocol by hand: connection_init, subscribe, print 3 rows, close.
const ws = new WebSocket(process.argv[2], "graphql-transport-ws");
let n = 0;
ws.onopen = () => ws.send(JSON.stringify({ type: "connection_init" }));
ws.onmessage = (m) => {
  const msg = JSON.parse(m.data);
  if (msg.type === "connection_ack")
    ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: process.argv[3] } }));
  if (msg.type === "next") {
    console.log(JSON.stringify(msg.payload.data ?? msg.payload));
    if (++n === 3) ws.close();
  }
};
