// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IFeeDistributor} from "../../src/interfaces/IFeeDistributor.sol";
import {ISlasher} from "../../src/interfaces/ISlasher.sol";
import {Staking} from "../../src/staking/Staking.sol";
import {Deployers} from "../utils/Deployers.sol";

/// @notice Gas of the user-facing calls, measured as a real *second* interaction: every slot the
///         call touches was written before (non-zero), in an earlier block. Run under the `gas`
///         profile (isolate = true) so each call is its own transaction with cold storage, as on
///         chain. Each figure is recorded twice in snapshots/GasTest.json (which CI checks): `X`
///         is the whole transaction's gas, `X_execution` leaves out the 21,000 base and the
///         calldata (EIP-2028), i.e. what the contracts themselves spend.
contract GasTest is Deployers {
    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        vm.prank(alice);
        token.delegate(alice);
        _stake(alice, op1, 1000 ether);
        _createRollup(op1); // rollup 1: evidence must name a rollup that exists
        _skip(1 days);
    }

    /// One epoch in which `op` did all the work and `fee` was paid.
    function _distribute(address op, uint256 fee) internal {
        _deposit(IFeeDistributor.FeeSource.Transaction, fee);
        _recordWork(op, 1);
        _closeEpoch();
    }

    /// A staker whose liquid ALT is delegated (its token vote checkpoint moves too).
    function test_gas_stakeMore() public {
        vm.prank(alice);
        staking.stake(op1, 500 ether);
        _snap("stake_more", abi.encodeCall(staking.stake, (op1, 500 ether)));
    }

    /// A staker that never delegated its liquid ALT.
    function test_gas_stakeMore_undelegated() public {
        _stake(bob, op1, 1000 ether);
        _skip(1 days);
        vm.prank(bob);
        staking.stake(op1, 500 ether);
        _snap("stake_more_undelegated", abi.encodeCall(staking.stake, (op1, 500 ether)));
    }

    /// The same, but in a later fee epoch: the position earned rewards since its last change, so
    /// they are settled (their slots were written by an earlier settlement, as for any regular).
    function test_gas_stakeMore_undelegated_nextEpoch() public {
        _stake(bob, op1, 1000 ether);
        _closeEpoch();
        for (uint256 i; i < 2; ++i) {
            _distribute(op1, 1000 ether);
            _skip(1 hours);
            vm.prank(bob);
            staking.stake(op1, 500 ether);
        }
        _snap("stake_more_undelegated_next_epoch", abi.encodeCall(staking.stake, (op1, 500 ether)));
    }

    /// A staker's first stake to an operator (a new position, share history and operator slot).
    function test_gas_firstStake() public {
        vm.prank(carol);
        staking.stake(op1, 1000 ether);
        _snap("first_stake", abi.encodeCall(staking.stake, (op1, 1000 ether)));
    }

    /// A delegated staker's stake in a later fee epoch (settles rewards and moves vote checkpoints).
    function test_gas_stakeMore_nextEpoch() public {
        _closeEpoch();
        for (uint256 i; i < 2; ++i) {
            _distribute(op1, 1000 ether);
            _skip(1 hours);
            vm.prank(alice);
            staking.stake(op1, 500 ether);
        }
        _snap("stake_more_next_epoch", abi.encodeCall(staking.stake, (op1, 500 ether)));
    }

    /// Delegating liquid votes (ERC20Votes), a second time.
    function test_gas_delegate() public {
        vm.prank(bob);
        token.delegate(bob);
        _skip(1 hours);
        vm.prank(bob);
        token.delegate(carol);
        _snap("delegate", abi.encodeCall(token.delegate, (carol)));
    }

    function test_gas_requestUnstake() public {
        vm.prank(alice);
        staking.requestUnstake(op1, 100 ether);
        _skip(1 days);
        vm.prank(alice);
        staking.requestUnstake(op1, 100 ether);
        _snap("request_unstake", abi.encodeCall(staking.requestUnstake, (op1, 100 ether)));
    }

    function test_gas_withdraw() public {
        vm.prank(alice);
        staking.requestUnstake(op1, 100 ether);
        _skip(21 days);
        vm.prank(alice);
        staking.withdraw(1);
        _snap("withdraw_one", abi.encodeCall(staking.withdraw, (1)));
    }

    function test_gas_claim() public {
        _closeEpoch();
        for (uint256 i; i < 2; ++i) {
            _distribute(op1, 1000 ether);
            vm.prank(alice);
            fees.claim(op1, alice);
        }
        _snap("claim", abi.encodeCall(fees.claim, (op1, alice)));
    }

    /// A claimer that never delegated its liquid ALT (no vote checkpoint in the token transfer).
    function test_gas_claim_undelegated() public {
        _stake(bob, op1, 1000 ether);
        _closeEpoch();
        for (uint256 i; i < 2; ++i) {
            _distribute(op1, 1000 ether);
            vm.prank(bob);
            fees.claim(op1, bob);
        }
        _snap("claim_undelegated", abi.encodeCall(fees.claim, (op1, bob)));
    }

    function test_gas_depositFees() public {
        _deposit(IFeeDistributor.FeeSource.Storage, 1000 ether);
        _skip(1 hours);
        _deposit(IFeeDistributor.FeeSource.Storage, 1000 ether);
        _snap(
            "deposit_fees",
            abi.encodeCall(fees.depositFees, (IFeeDistributor.FeeSource.Storage, bytes32(uint256(1)), 1000 ether))
        );
    }

    function test_gas_closeEpoch_twoOperators() public {
        _closeEpoch();
        _deposit(IFeeDistributor.FeeSource.Transaction, 1000 ether);
        _recordWork(op1, 1);
        _recordWork(op2, 1);
        _closeEpoch();
        _snap("close_epoch_2_operators", abi.encodeCall(fees.closeEpoch, ()));
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
        _snap("cast_vote", abi.encodeCall(governor.castVote, (id, 1)));
    }

    function test_gas_slashEquivocation() public {
        bytes32 ra = keccak256("a");
        bytes32 rb = keccak256("b");
        bytes memory callData;
        for (uint256 batch = 1; batch <= 2; ++batch) {
            ISlasher.BatchCommitment memory a = _commitment(1, batch, ra, uint64(block.timestamp));
            ISlasher.BatchCommitment memory b = _commitment(1, batch, rb, uint64(block.timestamp));
            bytes memory sa = _signCommitment(OP1_KEY, a);
            bytes memory sb = _signCommitment(OP1_KEY, b);
            vm.prank(bob);
            slasher.slashEquivocation(a, sa, b, sb);
            callData = abi.encodeCall(slasher.slashEquivocation, (a, sa, b, sb));
            // The second offence comes after the first slash: a new slashing period.
            if (batch == 1) _skip(1 hours);
        }
        _snap("slash_equivocation", callData);
    }
}
