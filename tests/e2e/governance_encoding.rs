//! The JSON proposal encoder in `script/Governance.s.sol` must produce exactly the calldata an
//! independent ABI encoder (alloy) produces, for static and dynamic argument types.

use alloy::{
    primitives::{Address, Bytes, U256, address},
    sol_types::SolCall,
};
use alt_bindings::{fee_distributor::FeeDistributor, slasher::Slasher, staking::Staking};
use alt_e2e::{Devnet, forge_script};

#[tokio::test]
async fn proposal_files_encode_like_alloy() -> eyre::Result<()> {
    let devnet = Devnet::start(41004, &[])?;
    let d = &devnet.deployment;
    let out = forge_script(
        &devnet.anvil.endpoint(),
        "script/Governance.s.sol",
        &["encode(string)", "proposals/example-fees-and-slash.json"],
        &[("DEPLOYMENT_FILE", devnet.deployment_file.to_str().expect("utf-8"))],
    )?;
    let targets: Vec<Address> =
        list(&out, "targets: address[]").iter().map(|s| s.parse().unwrap()).collect();
    let values: Vec<U256> =
        list(&out, "values: uint256[]").iter().map(|s| s.parse().unwrap()).collect();
    let calldatas: Vec<Bytes> =
        list(&out, "calldatas: bytes[]").iter().map(|s| s.parse().unwrap()).collect();

    assert_eq!(targets, vec![d.fee_distributor, d.slasher, d.staking]);
    assert_eq!(values, vec![U256::ZERO; 3]);
    let expected: Vec<Bytes> = vec![
        FeeDistributor::setTreasuryBipsCall { bips: 2000 }.abi_encode().into(),
        Slasher::requestSlashCall {
            operator: address!("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
            bips: 500,
            reason: "downtime 2026-11-20, see forum post 42".into(),
        }
        .abi_encode()
        .into(),
        Staking::setCommissionDelayCall { delay: 7 * 24 * 3600 }.abi_encode().into(),
    ];
    assert_eq!(calldatas, expected);
    Ok(())
}

/// The items of `name: type [a, b, c]` in forge's `== Return ==` section.
fn list(out: &str, name: &str) -> Vec<String> {
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with(name))
        .unwrap_or_else(|| panic!("{name} in:\n{out}"));
    let inner = &line[line.find(" [").expect(" [") + 2..line.rfind(']').expect("]")];
    inner.split(',').map(|s| s.split_whitespace().next().unwrap_or_default().to_owned()).collect()
}
