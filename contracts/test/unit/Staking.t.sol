// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakeHook} from "../../src/interfaces/IStakeHook.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {Deployers} from "../utils/Deployers.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract StakingTest is Deployers {
    // ---------------------------------------------------------------- registration

    function test_registerOperator_storesOperatorAndSelfStake() public {
        vm.expectEmit(address(staking));
        emit IStaking.OperatorRegistered(op1, vm.addr(OP1_KEY), 1000);
        _register(op1, OP1_KEY, 1000, MIN_SELF);
        IStaking.Operator memory o = staking.operatorInfo(op1);
        vm.assertTrue(o.registered);
        vm.assertEq(o.signingKey, vm.addr(OP1_KEY));
        vm.assertEq(staking.commissionOf(op1), 1000);
        vm.assertEq(staking.stakeOf(op1, op1), MIN_SELF);
        vm.assertEq(staking.operatorOfSigningKey(vm.addr(OP1_KEY)), op1);
        vm.assertTrue(staking.isActive(op1));
        vm.assertEq(staking.totalStaked(), MIN_SELF);
    }

    function test_RevertWhen_registerOperator_twice() public {
        _register(op1, OP1_KEY, 1000, MIN_SELF);
        bytes memory proof = _keyProof(0x1234, op1);
        vm.prank(op1);
        vm.expectRevert(IStaking.StakingAlreadyRegistered.selector);
        staking.registerOperator(vm.addr(0x1234), 1000, MIN_SELF, proof);
    }

    function test_RevertWhen_registerOperator_signingKeyTaken() public {
        _register(op1, OP1_KEY, 1000, MIN_SELF);
        bytes memory proof = _keyProof(OP1_KEY, op2);
        vm.prank(op2);
        vm.expectRevert(IStaking.StakingInvalidSigningKey.selector);
        staking.registerOperator(vm.addr(OP1_KEY), 1000, MIN_SELF, proof);
    }

    function test_RevertWhen_registerOperator_zeroKey() public {
        vm.prank(op1);
        vm.expectRevert(IStaking.StakingInvalidSigningKey.selector);
        staking.registerOperator(address(0), 1000, MIN_SELF, "");
    }

    function test_RevertWhen_registerOperator_commissionTooHigh() public {
        bytes memory proof = _keyProof(OP1_KEY, op1);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingCommissionTooHigh.selector, 5001, 5000));
        staking.registerOperator(vm.addr(OP1_KEY), 5001, MIN_SELF, proof);
    }

    function test_RevertWhen_registerOperator_selfStakeTooLow() public {
        bytes memory proof = _keyProof(OP1_KEY, op1);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingSelfStakeTooLow.selector, MIN_SELF - 1, MIN_SELF));
        staking.registerOperator(vm.addr(OP1_KEY), 1000, MIN_SELF - 1, proof);
    }

    // ---------------------------------------------------------------- commission

    function test_scheduleCommission_appliesAfterDelay() public {
        _register(op1, OP1_KEY, 1000, MIN_SELF);
        vm.prank(op1);
        staking.scheduleCommission(2000);
        vm.assertEq(staking.commissionOf(op1), 1000, "old rate during delay");
        _skip(7 days - 1);
        vm.assertEq(staking.commissionOf(op1), 1000);
        _skip(1);
        vm.assertEq(staking.commissionOf(op1), 2000, "new rate after delay");
    }

    function test_scheduleCommission_rescheduleKeepsRateInForce() public {
        _register(op1, OP1_KEY, 1000, MIN_SELF);
        vm.prank(op1);
        staking.scheduleCommission(2000);
        _skip(8 days);
        vm.prank(op1);
        staking.scheduleCommission(0);
        vm.assertEq(staking.commissionOf(op1), 2000);
        _skip(7 days);
        vm.assertEq(staking.commissionOf(op1), 0);
    }

    function test_RevertWhen_scheduleCommission_notOperator() public {
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingNotOperator.selector);
        staking.scheduleCommission(100);
    }

    function test_RevertWhen_scheduleCommission_tooHigh() public {
        _register(op1, OP1_KEY, 1000, MIN_SELF);
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingCommissionTooHigh.selector, 6000, 5000));
        staking.scheduleCommission(6000);
    }

    function test_commissionOf_cappedByLoweredMaximum() public {
        _register(op1, OP1_KEY, 4000, MIN_SELF);
        vm.prank(address(timelock));
        staking.setMaxCommission(2500);
        vm.assertEq(staking.commissionOf(op1), 2500);
    }

    // ---------------------------------------------------------------- stake

    function test_stake_mintsSharesAtExchangeRate() public {
        _registerDefaultOperators();
        uint256 shares = _stake(alice, op1, 5000 ether);
        vm.assertEq(shares, 5000 ether);
        vm.assertEq(staking.sharesOf(alice, op1), 5000 ether);
        (uint256 t, uint256 s) = staking.pool(op1);
        vm.assertEq(t, MIN_SELF + 5000 ether);
        vm.assertEq(s, MIN_SELF + 5000 ether);
        vm.assertEq(token.balanceOf(address(staking)), staking.totalStaked());
    }

    function test_stake_emitsStakedWithPoolState() public {
        _registerDefaultOperators();
        vm.expectEmit(address(staking));
        emit IStaking.Staked(alice, op1, 1 ether, 1 ether, 1 ether, MIN_SELF + 1 ether, MIN_SELF + 1 ether);
        _stake(alice, op1, 1 ether);
    }

    function test_stake_afterSlashGetsMoreShares() public {
        _registerDefaultOperators();
        _stake(alice, op1, 90_000 ether);
        vm.prank(address(slasher));
        staking.slash(op1, 5000, address(0), 0, treasury); // pool 100k -> 50k tokens, 100k shares
        vm.prank(address(timelock));
        staking.setMinSelfStake(0);
        vm.prank(address(slasher));
        staking.jail(op1, 0); // no-op: until not later than current
        uint256 shares = _stake(bob, op1, 1000 ether);
        vm.assertEq(shares, 2000 ether);
    }

    function test_RevertWhen_stake_zero() public {
        _registerDefaultOperators();
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingZeroAmount.selector);
        staking.stake(op1, 0);
    }

    function test_RevertWhen_stake_notOperator() public {
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingNotOperator.selector);
        staking.stake(bob, 1 ether);
    }

    function test_RevertWhen_stake_operatorJailed() public {
        _registerDefaultOperators();
        vm.prank(address(slasher));
        staking.jail(op1, uint64(block.timestamp + 1 days));
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.StakingOperatorJailed.selector, uint64(block.timestamp + 1 days))
        );
        staking.stake(op1, 1 ether);
    }

    function test_RevertWhen_stake_operatorBelowMinimum() public {
        _registerDefaultOperators();
        vm.prank(address(timelock));
        staking.setMinSelfStake(MIN_SELF * 2);
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingOperatorInactive.selector);
        staking.stake(op1, 1 ether);
    }

    function test_RevertWhen_stake_poolDepleted() public {
        _registerDefaultOperators();
        vm.prank(address(slasher));
        staking.slash(op1, 10_000, address(0), 0, treasury); // every token gone, shares remain
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingOperatorInactive.selector);
        staking.stake(op1, 1 ether);
        // Even the operator cannot refill a pool whose shares are worth nothing.
        vm.prank(op1);
        vm.expectRevert(IStaking.StakingPoolDepleted.selector);
        staking.stake(op1, 1 ether);
    }

    function test_RevertWhen_stake_tooManyOperators() public {
        for (uint256 i; i < 16; ++i) {
            address op = address(uint160(0x1000 + i));
            _fund(op, MIN_SELF);
            _register(op, 0x5000 + i, 0, MIN_SELF);
            _stake(alice, op, 1 ether);
        }
        address extra = address(uint160(0x2000));
        _fund(extra, MIN_SELF);
        _register(extra, 0x6000, 0, MIN_SELF);
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingTooManyOperators.selector);
        staking.stake(extra, 1 ether);
    }

    // ---------------------------------------------------------------- unstake / withdraw

    function test_requestUnstake_queuesTokens() public {
        _registerDefaultOperators();
        _stake(alice, op1, 5000 ether);
        vm.prank(alice);
        (uint256 id, uint256 amount) = staking.requestUnstake(op1, 2000 ether);
        vm.assertEq(id, 0);
        vm.assertEq(amount, 2000 ether);
        vm.assertEq(staking.sharesOf(alice, op1), 3000 ether);
        (uint256 ut, uint256 us) = staking.unbondingPool(op1);
        vm.assertEq(ut, 2000 ether);
        vm.assertEq(us, 2000 ether);
        vm.assertEq(staking.requestValue(alice, 0), 2000 ether);
        (uint256 first, IStaking.UnstakeRequest[] memory reqs) = staking.pendingRequests(alice);
        vm.assertEq(first, 0);
        vm.assertEq(reqs.length, 1);
        vm.assertEq(reqs[0].completableAt, block.timestamp + 21 days);
    }

    function test_withdraw_afterUnbonding() public {
        _registerDefaultOperators();
        _stake(alice, op1, 5000 ether);
        vm.prank(alice);
        staking.requestUnstake(op1, 5000 ether);
        uint256 before = token.balanceOf(alice);
        _skip(21 days);
        vm.expectEmit(address(staking));
        emit IStaking.Withdrawn(alice, op1, 0, 5000 ether);
        vm.prank(alice);
        uint256 got = staking.withdraw(10);
        vm.assertEq(got, 5000 ether);
        vm.assertEq(token.balanceOf(alice) - before, 5000 ether);
        vm.assertEq(staking.totalStaked(), 2 * MIN_SELF);
    }

    function test_RevertWhen_withdraw_beforeUnbonding() public {
        _registerDefaultOperators();
        _stake(alice, op1, 5000 ether);
        vm.prank(alice);
        staking.requestUnstake(op1, 5000 ether);
        _skip(21 days - 1);
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingNothingToWithdraw.selector);
        staking.withdraw(10);
    }

    function test_withdraw_processesOnlyMaturedInOrder() public {
        _registerDefaultOperators();
        _stake(alice, op1, 5000 ether);
        vm.prank(alice);
        staking.requestUnstake(op1, 1000 ether);
        _skip(10 days);
        vm.prank(alice);
        staking.requestUnstake(op1, 1000 ether);
        _skip(11 days);
        vm.prank(alice);
        vm.assertEq(staking.withdraw(10), 1000 ether);
        (uint256 first, IStaking.UnstakeRequest[] memory reqs) = staking.pendingRequests(alice);
        vm.assertEq(first, 1);
        vm.assertEq(reqs.length, 1);
    }

    /// Regression: "withdraw everything" (max) once the queue head has moved must not overflow.
    function test_withdraw_maxAfterEarlierWithdrawal() public {
        _registerDefaultOperators();
        _stake(alice, op1, 5000 ether);
        vm.startPrank(alice);
        staking.requestUnstake(op1, 1000 ether);
        _skip(21 days);
        staking.withdraw(type(uint256).max);
        staking.requestUnstake(op1, 1000 ether);
        _skip(21 days);
        vm.assertEq(staking.withdraw(type(uint256).max), 1000 ether);
        vm.stopPrank();
    }

    /// Regression: shares worth zero tokens must not queue an entry that later blocks withdraw.
    function test_RevertWhen_requestUnstake_worthNothing() public {
        _registerDefaultOperators();
        _stake(alice, op1, 1 ether);
        vm.prank(address(slasher));
        staking.slash(op1, 5000, address(0), 0, treasury); // rate 0.5: one share is worth 0 tokens
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingZeroAmount.selector);
        staking.requestUnstake(op1, 1);
        vm.prank(alice);
        staking.requestUnstake(op1, 2);
        _skip(21 days);
        vm.prank(alice);
        vm.assertEq(staking.withdraw(type(uint256).max), 1);
    }

    function test_RevertWhen_requestUnstake_zero() public {
        _registerDefaultOperators();
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingZeroAmount.selector);
        staking.requestUnstake(op1, 0);
    }

    function test_RevertWhen_requestUnstake_insufficientShares() public {
        _registerDefaultOperators();
        _stake(alice, op1, 10 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingInsufficientShares.selector, 10 ether, 11 ether));
        staking.requestUnstake(op1, 11 ether);
    }

    function test_RevertWhen_requestUnstake_queueFull() public {
        _registerDefaultOperators();
        _stake(alice, op1, 100 ether);
        vm.startPrank(alice);
        for (uint256 i; i < 32; ++i) {
            staking.requestUnstake(op1, 1 ether);
        }
        vm.expectRevert(IStaking.StakingTooManyRequests.selector);
        staking.requestUnstake(op1, 1 ether);
        vm.stopPrank();
    }

    function test_RevertWhen_requestUnstake_operatorBelowMinimumSelfStake() public {
        _registerDefaultOperators();
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingSelfStakeTooLow.selector, MIN_SELF - 1, MIN_SELF));
        staking.requestUnstake(op1, 1);
    }

    function test_requestUnstake_operatorMayExitFully() public {
        _registerDefaultOperators();
        vm.prank(op1);
        staking.requestUnstake(op1, MIN_SELF);
        vm.assertFalse(staking.isActive(op1));
    }

    // ---------------------------------------------------------------- slash / jail

    function test_slash_roundsUpAndHitsQueuedStake() public {
        _registerDefaultOperators();
        _stake(alice, op1, 1001);
        vm.prank(alice);
        staking.requestUnstake(op1, 1001); // 1001 wei queued
        vm.prank(address(slasher));
        (uint256 amount,) = staking.slash(op1, 1, address(0), 0, treasury);
        // active: ceil(10_000e18 * 1 / 10_000) = 1e18; unbonding: ceil(1001 / 10_000) = 1
        vm.assertEq(amount, 1 ether + 1);
        vm.assertEq(staking.requestValue(alice, 0), 1000);
        vm.assertEq(token.balanceOf(treasury), amount);
    }

    function test_slash_wipedUnbondingPoolStartsNewEra() public {
        _registerDefaultOperators();
        _stake(alice, op1, 100 ether);
        vm.prank(alice);
        staking.requestUnstake(op1, 100 ether);
        vm.prank(address(slasher));
        staking.slash(op1, 10_000, address(0), 0, treasury);
        vm.assertEq(staking.requestValue(alice, 0), 0);
        _stake(bob, op2, 50 ether);
        vm.prank(bob);
        staking.requestUnstake(op2, 50 ether);
        _skip(21 days);
        vm.prank(alice);
        vm.assertEq(staking.withdraw(1), 0);
        vm.prank(bob);
        vm.assertEq(staking.withdraw(1), 50 ether);
    }

    function test_RevertWhen_slash_notSlasher() public {
        _registerDefaultOperators();
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingUnauthorized.selector);
        staking.slash(op1, 100, address(0), 0, alice);
    }

    function test_RevertWhen_slash_badBips() public {
        _registerDefaultOperators();
        vm.prank(address(slasher));
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingInvalidParameter.selector, bytes32("slashBips"), 10_001));
        staking.slash(op1, 10_001, address(0), 0, treasury);
    }

    function test_RevertWhen_slash_notOperator() public {
        vm.prank(address(slasher));
        vm.expectRevert(IStaking.StakingNotOperator.selector);
        staking.slash(alice, 100, address(0), 0, treasury);
    }

    function test_RevertWhen_jail_notSlasher() public {
        _registerDefaultOperators();
        vm.expectRevert(IStaking.StakingUnauthorized.selector);
        staking.jail(op1, 1);
    }

    function test_RevertWhen_jail_notOperator() public {
        vm.prank(address(slasher));
        vm.expectRevert(IStaking.StakingNotOperator.selector);
        staking.jail(alice, 1);
    }

    function test_unjail_afterJailTime() public {
        _registerDefaultOperators();
        vm.prank(address(slasher));
        staking.jail(op1, uint64(block.timestamp + 1 days));
        vm.assertFalse(staking.isActive(op1));
        vm.prank(op1);
        vm.expectRevert(IStaking.StakingNotJailable.selector);
        staking.unjail();
        _skip(1 days);
        vm.expectEmit(address(staking));
        emit IStaking.Unjailed(op1);
        vm.prank(op1);
        staking.unjail();
        vm.assertTrue(staking.isActive(op1));
    }

    function test_RevertWhen_unjail_selfStakeTooLow() public {
        _registerDefaultOperators();
        vm.prank(address(slasher));
        staking.slash(op1, 1000, address(0), 0, treasury);
        vm.prank(address(slasher));
        staking.jail(op1, uint64(block.timestamp));
        vm.prank(op1);
        vm.expectRevert(abi.encodeWithSelector(IStaking.StakingSelfStakeTooLow.selector, 9000 ether, MIN_SELF));
        staking.unjail();
    }

    // ---------------------------------------------------------------- permit

    uint256 internal constant HOLDER_KEY = 0xD00D;

    function _permitHolder() internal returns (address holder) {
        _registerDefaultOperators();
        holder = vm.addr(HOLDER_KEY);
        vm.prank(deployer);
        token.transfer(holder, 100 ether);
    }

    function test_stakeWithPermit() public {
        address holder = _permitHolder();
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(HOLDER_KEY, _permitDigest(holder, 100 ether, deadline));
        vm.prank(holder);
        staking.stakeWithPermit(op1, 100 ether, deadline, v, r, s);
        vm.assertEq(staking.stakeOf(holder, op1), 100 ether);
    }

    /// A permit front-run by someone else (same signature, consumed first) must not block the stake.
    function test_stakeWithPermit_survivesFrontRunPermit() public {
        address holder = _permitHolder();
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(HOLDER_KEY, _permitDigest(holder, 100 ether, deadline));
        token.permit(holder, address(staking), 100 ether, deadline, v, r, s); // the front-runner
        vm.prank(holder);
        staking.stakeWithPermit(op1, 100 ether, deadline, v, r, s);
        vm.assertEq(staking.stakeOf(holder, op1), 100 ether);
    }

    function test_RevertWhen_stakeWithPermit_invalidPermitAndNoAllowance() public {
        address holder = _permitHolder();
        vm.prank(holder);
        vm.expectRevert();
        staking.stakeWithPermit(op1, 100 ether, block.timestamp, 27, bytes32(0), bytes32(0));
    }

    function _permitDigest(address holder, uint256 value, uint256 deadline) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                holder,
                address(staking),
                value,
                token.nonces(holder),
                deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function test_setStakeHookAndSlasher_byTimelock() public {
        vm.startPrank(address(timelock));
        staking.setSlasher(alice);
        staking.setStakeHook(IStakeHook(address(0)));
        vm.stopPrank();
        vm.assertEq(staking.slasher(), alice);
        vm.assertEq(staking.stakeHook(), address(0));
        _registerDefaultOperators(); // staking works without a hook
        vm.prank(alice);
        staking.jail(op1, uint64(block.timestamp + 1));
        vm.assertTrue(staking.isJailed(op1));
    }

    // ---------------------------------------------------------------- governance

    function test_setters_onlyTimelock() public {
        vm.startPrank(deployer);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, deployer));
        staking.setUnbondingPeriod(14 days);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, deployer));
        staking.setSlasher(deployer);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, deployer));
        staking.setMinSelfStake(0);
        vm.stopPrank();
    }

    function test_setters_byTimelock() public {
        vm.startPrank(address(timelock));
        staking.setUnbondingPeriod(14 days);
        staking.setCommissionDelay(1 days);
        staking.setMaxCommission(3000);
        staking.setMinSelfStake(1 ether);
        vm.stopPrank();
        vm.assertEq(staking.unbondingPeriod(), 14 days);
        vm.assertEq(staking.commissionDelay(), 1 days);
        vm.assertEq(staking.maxCommissionBips(), 3000);
        vm.assertEq(staking.minSelfStake(), 1 ether);
    }

    function test_RevertWhen_setters_outOfBounds() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.StakingInvalidParameter.selector, bytes32("unbondingPeriod"), 1)
        );
        staking.setUnbondingPeriod(1);
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.StakingInvalidParameter.selector, bytes32("commissionDelay"), 31 days)
        );
        staking.setCommissionDelay(31 days);
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.StakingInvalidParameter.selector, bytes32("maxCommission"), 10_001)
        );
        staking.setMaxCommission(10_001);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- votes

    function test_stakedVotes_followSharesAndSlashes() public {
        _registerDefaultOperators();
        _stake(alice, op1, 30_000 ether);
        _stake(alice, op2, 10_000 ether);
        uint256 t0 = block.timestamp;
        _skip(1);
        vm.assertEq(staking.getPastStakedVotes(alice, t0), 40_000 ether);
        vm.prank(address(slasher));
        staking.slash(op1, 5000, address(0), 0, treasury);
        uint256 t1 = block.timestamp;
        _skip(1);
        vm.assertEq(staking.getPastStakedVotes(alice, t0), 40_000 ether, "history unchanged");
        vm.assertEq(staking.getPastStakedVotes(alice, t1), 25_000 ether, "slash lowers votes");
        vm.assertEq(staking.getStakedVotes(alice), 25_000 ether);
    }

    function test_RevertWhen_getPastStakedVotes_future() public {
        vm.expectRevert(
            abi.encodeWithSelector(IStaking.StakingFutureLookup.selector, block.timestamp, uint48(block.timestamp))
        );
        staking.getPastStakedVotes(alice, block.timestamp);
    }

    function test_views_operatorIdsRatesAndValue() public {
        _registerDefaultOperators();
        vm.assertEq(staking.operatorById(1), op1);
        vm.assertEq(staking.operatorById(2), op2);
        vm.assertEq(staking.operatorInfo(op2).id, 2);
        vm.assertEq(staking.exchangeRate(op1), 1e27);
        vm.assertEq(staking.exchangeRate(alice), 0);
        _stake(alice, op1, 3);
        vm.prank(address(slasher));
        staking.slash(op1, 3333, address(0), 0, treasury);
        vm.assertEq(staking.exchangeRate(op1), 1e27 * 6667 / 10_000);
        (uint256 tokens,) = staking.pool(op1);
        vm.assertLe(staking.poolValue(op1), tokens);
        vm.assertEq(staking.poolValue(op1), (MIN_SELF + 3) * 6667 / 10_000);
    }

    function test_slash_paysRewardAndRemainderDirectly() public {
        _registerDefaultOperators();
        vm.prank(address(slasher));
        (uint256 amount, uint256 reward) = staking.slash(op1, 1000, bob, 2500, treasury);
        vm.assertEq(amount, 1000 ether);
        vm.assertEq(reward, 250 ether);
        vm.assertEq(token.balanceOf(treasury), 750 ether);
        vm.assertEq(token.balanceOf(address(slasher)), 0);
    }

    function test_pendingRequests_reportOperatorAddress() public {
        _registerDefaultOperators();
        _stake(alice, op2, 10 ether);
        vm.prank(alice);
        staking.requestUnstake(op2, 4 ether);
        (, IStaking.UnstakeRequest[] memory reqs) = staking.pendingRequests(alice);
        vm.assertEq(reqs[0].operator, op2);
        vm.assertEq(reqs[0].unbondingShares, 4 ether);
        vm.assertEq(reqs[0].era, 0);
    }

    function test_clock() public view {
        vm.assertEq(staking.clock(), block.timestamp);
        vm.assertEq(staking.CLOCK_MODE(), "mode=timestamp");
        vm.assertEq(staking.operatorsOf(alice).length, 0);
    }
}
