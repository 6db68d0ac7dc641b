// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManager, IRollupManagerTypes} from "../contracts/src/interfaces/IRollupManager.sol";
import {Staking} from "../contracts/src/staking/Staking.sol";
import {AltToken} from "../contracts/src/token/AltToken.sol";
import {ScriptBase} from "./lib/ScriptBase.sol";

/// @notice Seeds a freshly deployed local system with activity: three operators (anvil accounts
///         1-3, signing keys from accounts 10-12), two delegators (accounts 4-5) staking to them,
///         liquid ALT delegated for voting, and a SQUAD payments rollup (owned by the deployer)
///         that operators 1 and 2 sequence and all three verify, with a first L1 deposit queued.
///         Needs the deployer (account 0) to hold the supply.
///      forge script script/Devnet.s.sol --rpc-url http://127.0.0.1:8545 --broadcast
contract Devnet is ScriptBase {
    /// @notice Entry point.
    function run() external {
        string memory json = vm.readFile(_deploymentFile());
        AltToken token = AltToken(vm.parseJsonAddress(json, ".token"));
        Staking staking = Staking(vm.parseJsonAddress(json, ".staking"));
        uint256 deployer = _key("DEPLOYER_PRIVATE_KEY", 0);

        vm.startBroadcast(deployer);
        token.delegate(vm.addr(deployer));
        for (uint32 i = 1; i <= 5; ++i) {
            token.transfer(vm.addr(vm.deriveKey(DEV_MNEMONIC, i)), 100_000_000 ether);
        }
        vm.stopBroadcast();

        uint256 minSelf = staking.minSelfStake();
        for (uint32 i = 1; i <= 3; ++i) {
            uint256 key = vm.deriveKey(DEV_MNEMONIC, i);
            uint256 signer = vm.deriveKey(DEV_MNEMONIC, 9 + i);
            // The signing key proves that this operator may bind it.
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(signer, staking.keyOwnershipDigest(vm.addr(key)));
            vm.startBroadcast(key);
            token.approve(address(staking), type(uint256).max);
            token.delegate(vm.addr(key));
            staking.registerOperator(vm.addr(signer), uint16(500 * i), minSelf * 10, abi.encodePacked(r, s, v));
            vm.stopBroadcast();
            _log("operator        ", vm.addr(key));
        }
        for (uint32 i = 4; i <= 5; ++i) {
            uint256 key = vm.deriveKey(DEV_MNEMONIC, i);
            vm.startBroadcast(key);
            token.approve(address(staking), type(uint256).max);
            token.delegate(vm.addr(key));
            staking.stake(vm.addr(vm.deriveKey(DEV_MNEMONIC, 1)), 5_000_000 ether * i);
            staking.stake(vm.addr(vm.deriveKey(DEV_MNEMONIC, i - 2)), 2_000_000 ether);
            vm.stopBroadcast();
            _log("delegator       ", vm.addr(key));
        }
        _log("total staked    ", staking.totalStaked());
        _rollup(json, token, deployer);
    }

    function _rollup(string memory json, AltToken token, uint256 deployer) internal {
        IRollupManager rollups = IRollupManager(vm.parseJsonAddress(json, ".rollupManager"));
        IRollupManagerTypes.Params memory p = IRollupManagerTypes.Params({
            fastFinality: true,
            thresholdNum: 2,
            thresholdDen: 3,
            challengeWindow: 10 minutes,
            slotLength: 12,
            feePerByte: 1 gwei,
            serviceFeePerEpoch: 1 ether
        });
        vm.startBroadcast(deployer);
        token.approve(address(rollups), type(uint256).max);
        uint256 id = rollups.createRollup(
            "devnet-payments", IRollupManagerTypes.Sequencing.Squad, address(0), p, 0, 100_000 ether
        );
        vm.stopBroadcast();
        for (uint32 i = 1; i <= 3; ++i) {
            vm.startBroadcast(vm.deriveKey(DEV_MNEMONIC, i));
            rollups.optIn(id, i <= 2, true);
            vm.stopBroadcast();
        }
        // The deployer bridges 1,000 ALT to delegator 4's L2 account (delegators keep their
        // liquid votes as they were).
        vm.startBroadcast(deployer);
        rollups.deposit(id, vm.addr(vm.deriveKey(DEV_MNEMONIC, 4)), 1000 ether);
        vm.stopBroadcast();
        _log("rollup id       ", id);
    }
}
