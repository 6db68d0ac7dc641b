// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../../src/interfaces/IFeeDistributor.sol";
import {ISlasher} from "../../src/interfaces/ISlasher.sol";
import {Staking} from "../../src/staking/Staking.sol";
import {Deployers} from "../utils/Deployers.sol";

/// @notice Gas of the user-facing calls, measured as a real *second* interaction: every slot the
///         call touches was written before (non-zero), in an earlier block. Run under the `gas`
///         profile (isolate = true) so each call is its own transaction with cold storage, as on
///         chain. Figures land in snapshots/GasTest.json, which CI checks.
contract GasTest is Deployers {
    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        vm.prank(alice);
        token.delegate(alice);
        _stake(alice, op1, 1000 ether);
        _skip(1 days);
    }

    function test_gas_stakeMore() public {
        vm.prank(alice);
        staking.stake(op1, 500 ether);
        vm.snapshotGasLastCall("stake_more");
    }

    function test_gas_requestUnstake() public {
        vm.prank(alice);
        staking.requestUnstake(op1, 100 ether);
        _skip(1 days);
        vm.prank(alice);
        staking.requestUnstake(op1, 100 ether);
        vm.snapshotGasLastCall("request_unstake");
    }

    function test_gas_withdraw() public {
        vm.prank(alice);
        staking.requestUnstake(op1, 100 ether);
        _skip(21 days);
        vm.prank(alice);
        staking.withdraw(1);
        vm.snapshotGasLastCall("withdraw_one");
    }

    function test_gas_claim() public {
        _closeEpoch();
        for (uint256 i; i < 2; ++i) {
            _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
            _recordWork(op1, 1);
            _closeEpoch();
            vm.prank(alice);
            fees.claim(op1, alice);
        }
        vm.snapshotGasLastCall("claim");
    }

    function test_gas_depositFees() public {
        _deposit(IFeeDistributor.FeeSource.Storage, 1000 ether);
        _skip(1 hours);
        _deposit(IFeeDistributor.FeeSource.Storage, 1000 ether);
        vm.snapshotGasLastCall("deposit_fees");
    }

    function test_gas_closeEpoch_twoOperators() public {
        _closeEpoch();
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _recordWork(op2, 1);
        _closeEpoch();
        vm.snapshotGasLastCall("close_epoch_2_operators");
    }

    function test_gas_castVote() public {
        vm.prank(bob);
        token.delegate(bob);
        _skip(1);
        address[] memory targets = new address[](1);
        targets[0] = address(staking);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(Staking.setUnbondingPeriod, (14 days));
        vm.prank(alice);
        uint256 id = governor.propose(targets, values, calldatas, "gas");
        _skip(1 days + 1);
        vm.prank(bob);
        governor.castVote(id, 1);
        _skip(1);
        vm.prank(alice);
        governor.castVote(id, 1);
        vm.snapshotGasLastCall("cast_vote");
    }

    function test_gas_slashEquivocation() public {
        bytes32 ra = keccak256("a");
        bytes32 rb = keccak256("b");
        for (uint256 batch = 1; batch <= 2; ++batch) {
            ISlasher.BatchCommitment memory a = _commitment(1, batch, ra, uint64(block.timestamp));
            ISlasher.BatchCommitment memory b = _commitment(1, batch, rb, uint64(block.timestamp));
            bytes memory sa = _signCommitment(OP1_KEY, a);
            bytes memory sb = _signCommitment(OP1_KEY, b);
            vm.prank(bob);
            slasher.slashEquivocation(a, sa, b, sb);
            _skip(1 hours);
        }
        vm.snapshotGasLastCall("slash_equivocation");
    }
}
