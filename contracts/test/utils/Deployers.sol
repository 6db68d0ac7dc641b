// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SystemDeployment} from "../../../script/lib/SystemDeployment.sol";
import {FeeDistributor} from "../../src/fees/FeeDistributor.sol";
import {AltGovernor} from "../../src/governance/AltGovernor.sol";
import {IFeeDistributor} from "../../src/interfaces/IFeeDistributor.sol";
import {IRollupManager, IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {ISlasher, ROLE_HEADER} from "../../src/interfaces/ISlasher.sol";
import {Slasher} from "../../src/slashing/Slasher.sol";
import {Staking} from "../../src/staking/Staking.sol";
import {AltToken} from "../../src/token/AltToken.sol";
import {Test} from "./Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @notice Shared fixture: the whole system deployed exactly as `Deploy.s.sol` does it, plus
///         funded actors and helpers. Governance calls are made by pranking the timelock.
abstract contract Deployers is Test {
    AltToken internal token;
    Staking internal staking;
    Slasher internal slasher;
    FeeDistributor internal fees;
    TimelockController internal timelock;
    AltGovernor internal governor;
    /// The rollup manager, through its full interface (manager + extension).
    IRollupManager internal rollups;

    address internal deployer = makeAddr("deployer");
    address internal treasury = makeAddr("treasury");
    address internal vetoer = makeAddr("vetoer");
    address internal reporter = makeAddr("workReporter");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    uint256 internal constant OP1_KEY = 0xA11CE;
    uint256 internal constant OP2_KEY = 0xB0B;
    address internal op1 = makeAddr("operator1");
    address internal op2 = makeAddr("operator2");

    uint256 internal constant MIN_SELF = 10_000 ether;
    uint256 internal constant START = 1_700_000_000;

    function setUp() public virtual {
        vm.warp(START);
        vm.roll(100);
        SystemDeployment.Config memory c = SystemDeployment.defaultConfig(deployer);
        c.treasury = treasury;
        c.vetoer = vetoer;
        c.workReporter = reporter;
        vm.startPrank(deployer);
        SystemDeployment.System memory s = SystemDeployment.deploy(c);
        vm.stopPrank();
        token = s.token;
        staking = s.staking;
        slasher = s.slasher;
        fees = s.fees;
        timelock = s.timelock;
        governor = s.governor;
        rollups = IRollupManager(address(s.rollups));
        vm.label(address(s.rollups), "RollupManager");
        vm.label(address(token), "AltToken");
        vm.label(address(staking), "Staking");
        vm.label(address(slasher), "Slasher");
        vm.label(address(fees), "FeeDistributor");
        vm.label(address(timelock), "Timelock");
        vm.label(address(governor), "Governor");

        _fund(alice, 1_000_000_000 ether);
        _fund(bob, 1_000_000_000 ether);
        _fund(carol, 1_000_000_000 ether);
        _fund(op1, 1_000_000 ether);
        _fund(op2, 1_000_000 ether);
    }

    function _fund(address to, uint256 amount) internal {
        vm.prank(deployer);
        token.transfer(to, amount);
        vm.prank(to);
        token.approve(address(staking), type(uint256).max);
        vm.prank(to);
        token.approve(address(fees), type(uint256).max);
    }

    function _register(address op, uint256 key, uint16 commission, uint256 selfStake) internal {
        bytes memory proof = _keyProof(key, op);
        vm.prank(op);
        staking.registerOperator(vm.addr(key), commission, selfStake, proof);
    }

    /// The signing key `key`'s proof that `op` may bind it.
    function _keyProof(uint256 key, address op) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, staking.keyOwnershipDigest(op));
        return abi.encodePacked(r, s, v);
    }

    function _registerDefaultOperators() internal {
        _register(op1, OP1_KEY, 1000, MIN_SELF);
        _register(op2, OP2_KEY, 500, MIN_SELF);
    }

    /// A single-sequencer rollup paid by carol: slashing evidence must name a rollup that exists.
    function _createRollup(address sequencer) internal returns (uint256 id) {
        IRollupManagerTypes.Params memory p;
        p.fastFinality = true;
        p.challengeWindow = 1 hours;
        p.slotLength = 1 minutes;
        vm.startPrank(carol);
        token.approve(address(rollups), type(uint256).max);
        id = rollups.createRollup("r", IRollupManagerTypes.Sequencing.Single, sequencer, p, 0, 1000 ether);
        vm.stopPrank();
    }

    function _stake(address who, address op, uint256 amount) internal returns (uint256 shares) {
        vm.prank(who);
        shares = staking.stake(op, amount);
    }

    function _skip(uint256 secs) internal {
        vm.warp(block.timestamp + secs);
        vm.roll(block.number + (secs / 12 == 0 ? 1 : secs / 12));
    }

    function _closeEpoch() internal {
        (, uint64 startedAt, uint64 length) = fees.epochInfo();
        if (block.timestamp < startedAt + length) vm.warp(startedAt + length);
        fees.closeEpoch();
    }

    function _recordWork(address op, uint256 work) internal {
        address[] memory ops = new address[](1);
        ops[0] = op;
        uint256[] memory w = new uint256[](1);
        w[0] = work;
        vm.prank(reporter);
        fees.recordWork(ops, w);
    }

    function _commitment(uint256 rollupId, uint256 batch, bytes32 root, uint64 signedAt)
        internal
        pure
        returns (ISlasher.BatchCommitment memory)
    {
        return ISlasher.BatchCommitment({
            rollupId: rollupId, batchIndex: batch, root: root, signedAt: signedAt, role: ROLE_HEADER
        });
    }

    function _signCommitment(uint256 key, ISlasher.BatchCommitment memory c) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, slasher.commitmentDigest(c));
        return abi.encodePacked(r, s, v);
    }

    function _deposit(IFeeDistributor.FeeSource source, uint256 amount) internal {
        vm.prank(carol);
        fees.depositFees(source, bytes32(uint256(1)), amount);
    }

    /// Records the last call's gas as `name` (whole transaction) and `name_execution` (without
    /// the 21,000 base and the calldata cost of `callData`, EIP-2028).
    ///      Only under the `gas` profile: elsewhere calls share warm storage, and those figures
    ///      must never overwrite the committed snapshots.
    function _snap(string memory name, bytes memory callData) internal {
        if (keccak256(bytes(vm.envOr("FOUNDRY_PROFILE", string("")))) != keccak256("gas")) return;
        uint256 txGas = vm.snapshotGasLastCall(name);
        uint256 calldataGas;
        for (uint256 i; i < callData.length; ++i) {
            calldataGas += callData[i] == 0 ? 4 : 16;
        }
        vm.snapshotValue(string.concat(name, "_execution"), txGas - 21_000 - calldataGas);
    }
}
