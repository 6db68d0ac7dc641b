// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {FeeDistributor} from "../../src/fees/FeeDistributor.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {Deployers} from "../utils/Deployers.sol";
import {SystemHandler} from "./handlers/SystemHandler.sol";

/// @notice Invariants of staking solvency, fee conservation, votes, slashing and unbonding,
///         checked after every call of random sequences driven by `SystemHandler`.
contract SystemInvariantsTest is Deployers {
    SystemHandler internal handler;
    address[] internal actors;
    address[] internal ops;

    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        address dave = makeAddr("dave");
        _fund(dave, 1000);
        actors.push(alice);
        actors.push(bob);
        actors.push(dave);
        actors.push(op1);
        actors.push(op2);
        ops.push(op1);
        ops.push(op2);
        for (uint256 i; i < actors.length; ++i) {
            vm.prank(actors[i]);
            token.delegate(actors[i]);
        }
        vm.prank(address(timelock));
        staking.setMinSelfStake(0);
        address payer = makeAddr("payer");
        _fund(payer, 1_000_000_000 ether);
        // The payer also reports (pays attributed fees, as the rollup manager does).
        vm.prank(address(timelock));
        fees.setWorkReporter(payer, true);
        handler = new SystemHandler(token, staking, fees, address(slasher), reporter, payer, actors, ops);
        targetContract(address(handler));
    }

    /// 1. Staking solvency: the contract holds at least active + queued stake, and everything
    ///    stakers could withdraw fits in it.
    function invariant_stakingSolvency() public view {
        uint256 bal = token.balanceOf(address(staking));
        uint256 pools;
        for (uint256 j; j < ops.length; ++j) {
            (uint256 t,) = staking.pool(ops[j]);
            (uint256 ut,) = staking.unbondingPool(ops[j]);
            pools += t + ut;
        }
        vm.assertEq(staking.totalStaked(), pools, "ledger == pools");
        vm.assertGe(bal, pools, "balance covers pools");
        uint256 claimable;
        for (uint256 i; i < actors.length; ++i) {
            for (uint256 j; j < ops.length; ++j) {
                claimable += staking.stakeOf(actors[i], ops[j]);
            }
            (uint256 first, IStaking.UnstakeRequest[] memory reqs) = staking.pendingRequests(actors[i]);
            for (uint256 r; r < reqs.length; ++r) {
                claimable += staking.requestValue(actors[i], first + r);
            }
        }
        vm.assertLe(claimable, bal, "withdrawable <= balance");
    }

    /// 2. Fee conservation: paid in == claimed + claimable + commission + carried + attributed (not
    ///    yet credited) + treasury + dust,
    ///    with dust bounded by the number of roundings.
    function invariant_feeConservation() public view {
        (uint256 paidIn, uint256 toTreasury, uint256 claimed) = fees.totals();
        uint256 bal = token.balanceOf(address(fees));
        vm.assertEq(bal, paidIn - toTreasury - claimed, "balance matches ledgers");
        (uint32 epoch,,) = fees.epochInfo();
        uint256 owed = fees.epochFees(epoch) + fees.epochAttributed(epoch);
        for (uint256 j; j < ops.length; ++j) {
            owed += fees.commissionClaimable(ops[j]);
            for (uint256 i; i < actors.length; ++i) {
                owed += fees.claimable(ops[j], actors[i]);
            }
        }
        vm.assertLe(owed, bal, "owed <= held");
        vm.assertLe(bal - owed, handler.ghostDustBound(), "dust bounded");
    }

    /// 3. Votes: total power == liquid delegated supply + staked, slashing-aware. Staked votes are
    ///    each position's value (floored: under a wei per position); pool tokens exceed pool value
    ///    only by rounding dust (under a wei per stake or unstake).
    function invariant_votes() public view {
        uint256 liquid;
        uint256 liquidVotes;
        uint256 staked;
        for (uint256 i; i < actors.length; ++i) {
            liquid += token.balanceOf(actors[i]);
            liquidVotes += token.getVotes(actors[i]);
            staked += staking.getStakedVotes(actors[i]);
        }
        vm.assertEq(liquidVotes, liquid, "liquid votes == delegated supply");
        uint256 value;
        uint256 tokens;
        for (uint256 j; j < ops.length; ++j) {
            (uint256 t,) = staking.pool(ops[j]);
            tokens += t;
            value += staking.poolValue(ops[j]);
        }
        vm.assertLe(staked, value, "staked votes <= pool value");
        vm.assertLe(value - staked, actors.length * ops.length, "floor per position only");
        vm.assertLe(value, tokens, "pool value <= pool tokens");
        vm.assertLe(tokens - value, handler.ghostRateOps(), "dust bounded");
    }

    /// 4. A slash never increases anyone's withdrawable amount or rewards.
    function invariant_slashNeverIncreasesValue() public view {
        vm.assertEq(handler.ghostSlashIncreasedValue(), 0);
    }

    /// 5. No withdrawal completes before its unbonding time.
    function invariant_noEarlyWithdrawal() public view {
        vm.assertEq(handler.ghostEarlyWithdrawals(), 0);
    }

    /// 6. Releases: only worthless positions are released, by whom the rules allow; every
    ///    position with shares is on its staker's list (the list votes are read from), once.
    function invariant_releasesAndLists() public view {
        vm.assertEq(handler.ghostBadReleases(), 0, "release rules");
        for (uint256 i; i < actors.length; ++i) {
            address[] memory listed = staking.operatorsOf(actors[i]);
            for (uint256 j; j < ops.length; ++j) {
                uint256 seen;
                for (uint256 k; k < listed.length; ++k) {
                    if (listed[k] == ops[j]) seen++;
                }
                vm.assertLe(seen, 1, "listed once");
                if (staking.sharesOf(actors[i], ops[j]) != 0) vm.assertEq(seen, 1, "shares are listed");
            }
        }
    }

    /// Reward shares shadow staking shares exactly.
    function invariant_rewardSharesMatchStakingShares() public view {
        for (uint256 j; j < ops.length; ++j) {
            uint256 sum;
            for (uint256 i; i < actors.length; ++i) {
                uint256 s = staking.sharesOf(actors[i], ops[j]);
                sum += s;
                (uint112 eligible, uint112 pending,) = _position(ops[j], actors[i]);
                vm.assertEq(uint256(eligible) + pending, s, "position == shares");
            }
            (, uint256 poolShares) = staking.pool(ops[j]);
            vm.assertEq(sum, poolShares, "pool shares == sum");
            vm.assertEq(staking.operatorInfo(ops[j]).selfShares, staking.sharesOf(ops[j], ops[j]), "self shares");
            FeeDistributor.RewardPool memory rp = fees.rewardPool(ops[j]);
            vm.assertEq(uint256(rp.eligible) + rp.pending, poolShares, "reward pool == staking pool");
        }
    }

    function _position(address op, address who) internal view returns (uint112, uint112, uint32) {
        FeeDistributor.Position memory p = fees.positionOf(op, who);
        return (p.eligible, p.pending, p.epoch);
    }
}
