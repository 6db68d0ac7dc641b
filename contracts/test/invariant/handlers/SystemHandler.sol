// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {FeeDistributor} from "../../../src/fees/FeeDistributor.sol";
import {IFeeDistributor} from "../../../src/interfaces/IFeeDistributor.sol";
import {IStaking} from "../../../src/interfaces/IStaking.sol";
import {Staking} from "../../../src/staking/Staking.sol";
import {AltToken} from "../../../src/token/AltToken.sol";
import {VM_ADDRESS, Vm} from "../../utils/Vm.sol";

/// @notice Drives staking, slashing and fees with bounded random inputs and keeps ghost
///         variables the invariant suites compare with the contracts.
contract SystemHandler {
    Vm internal constant vm = Vm(VM_ADDRESS);

    AltToken public immutable token;
    Staking public immutable staking;
    FeeDistributor public immutable fees;
    address public immutable slasher;
    address public immutable reporter;
    address public immutable payer;

    address[] public actors;
    address[] public operators;

    // ghosts
    uint256 public ghostEarlyWithdrawals;
    uint256 public ghostSlashIncreasedValue;
    uint256 public ghostDustBound;
    uint256 public ghostRateOps;
    uint256 public ghostSlashes;
    uint256 public ghostWithdrawals;
    uint256 public ghostCloses;
    uint256 public ghostBadReleases;
    mapping(bytes32 => uint256) public calls;

    constructor(
        AltToken token_,
        Staking staking_,
        FeeDistributor fees_,
        address slasher_,
        address reporter_,
        address payer_,
        address[] memory actors_,
        address[] memory operators_
    ) {
        token = token_;
        staking = staking_;
        fees = fees_;
        slasher = slasher_;
        reporter = reporter_;
        payer = payer_;
        actors = actors_;
        operators = operators_;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function operatorCount() external view returns (uint256) {
        return operators.length;
    }

    // ---------------------------------------------------------------- actions

    function stake(uint256 actorSeed, uint256 opSeed, uint256 amount) external {
        address actor = actors[actorSeed % actors.length];
        address op = operators[opSeed % operators.length];
        if (!staking.isActive(op)) return;
        amount = _bound(amount, 1, token.balanceOf(actor) / 4 + 1);
        if (amount > token.balanceOf(actor)) return;
        vm.prank(actor);
        staking.stake(op, amount);
        ghostRateOps++;
        ghostDustBound++;
        calls["stake"]++;
    }

    function requestUnstake(uint256 actorSeed, uint256 opSeed, uint256 fraction) external {
        address actor = actors[actorSeed % actors.length];
        address op = operators[opSeed % operators.length];
        uint256 shares = staking.sharesOf(actor, op);
        if (shares == 0) return;
        (, IStaking.UnstakeRequest[] memory reqs) = staking.pendingRequests(actor);
        if (reqs.length >= staking.MAX_PENDING_REQUESTS()) return;
        shares = _bound(fraction, 1, shares);
        if (shares * staking.exchangeRate(op) < 1e27) return; // worth nothing: rejected by design
        vm.prank(actor);
        staking.requestUnstake(op, shares);
        ghostRateOps++;
        ghostDustBound++;
        calls["requestUnstake"]++;
    }

    function withdraw(uint256 actorSeed) external {
        address actor = actors[actorSeed % actors.length];
        (uint256 first, IStaking.UnstakeRequest[] memory reqs) = staking.pendingRequests(actor);
        if (reqs.length == 0 || reqs[0].completableAt > block.timestamp) return;
        vm.prank(actor);
        staking.withdraw(type(uint256).max);
        (uint256 firstAfter,) = staking.pendingRequests(actor);
        for (uint256 i = first; i < firstAfter; ++i) {
            if (reqs[i - first].completableAt > block.timestamp) ghostEarlyWithdrawals++;
        }
        ghostWithdrawals += firstAfter - first;
        calls["withdraw"]++;
    }

    function slash(uint256 opSeed, uint256 bips) external {
        address op = operators[opSeed % operators.length];
        bips = _bound(bips, 1, 5000);
        uint256[] memory before = _values();
        vm.prank(slasher);
        staking.slash(op, bips, address(0), 0, payer);
        uint256[] memory afterSlash = _values();
        for (uint256 i; i < before.length; ++i) {
            if (afterSlash[i] > before[i]) ghostSlashIncreasedValue++;
        }
        ghostSlashes++;
        calls["slash"]++;
    }

    /// A slash of everything: the pool's rate drops to zero for good.
    function slashAll(uint256 opSeed) external {
        address op = operators[opSeed % operators.length];
        uint256[] memory before = _values();
        vm.prank(slasher);
        staking.slash(op, 10_000, address(0), 0, payer);
        uint256[] memory afterSlash = _values();
        for (uint256 i; i < before.length; ++i) {
            if (afterSlash[i] > before[i]) ghostSlashIncreasedValue++;
        }
        ghostSlashes++;
        calls["slashAll"]++;
    }

    /// Releases a worthless position: by the staker (burns and frees its slot) or by anyone (only
    /// in a pool slashed to nothing). Positions worth something must be refused.
    function release(uint256 actorSeed, uint256 opSeed, bool byOther) external {
        address actor = actors[actorSeed % actors.length];
        address op = operators[opSeed % operators.length];
        uint256 shares = staking.sharesOf(actor, op);
        uint256 rate = staking.exchangeRate(op);
        uint256 value = shares * rate / 1e27;
        address caller = byOther ? payer : actor;
        bool allowed = shares != 0 ? (rate == 0 || (!byOther && value == 0)) : (!byOther && _listed(actor, op));
        vm.prank(caller);
        try staking.releasePosition(actor, op) {
            if (!allowed) ghostBadReleases++;
            if (shares != 0 && staking.operatorInfo(op).selfShares != staking.sharesOf(op, op)) ghostBadReleases++;
            calls["release"]++;
        } catch {
            if (allowed) ghostBadReleases++;
        }
    }

    /// An operator whose pool emptied (every position released) stakes to itself again.
    function restart(uint256 opSeed, uint256 amount) external {
        address op = operators[opSeed % operators.length];
        (, uint256 shares) = staking.pool(op);
        if (shares != 0 || staking.exchangeRate(op) == 1e27 || token.balanceOf(op) == 0) return;
        amount = _bound(amount, 1, token.balanceOf(op));
        vm.prank(op);
        staking.stake(op, amount);
        if (staking.exchangeRate(op) != 1e27) ghostBadReleases++;
        ghostRateOps++;
        ghostDustBound++;
        calls["restart"]++;
    }

    function depositFees(uint256 sourceSeed, uint256 amount) external {
        amount = _bound(amount, 1, 1_000_000 ether);
        vm.prank(payer);
        fees.depositFees(IFeeDistributor.FeeSource(sourceSeed % 3), bytes32(sourceSeed), amount);
        calls["depositFees"]++;
    }

    /// Fees attributed to operators (one or both, perhaps the same twice, perhaps dust).
    function depositAttributedFees(uint256 opSeed, uint256 a, uint256 b) external {
        address[] memory ops = new address[](2);
        ops[0] = operators[opSeed % operators.length];
        ops[1] = operators[(opSeed >> 8) % operators.length];
        uint256[] memory amounts = new uint256[](2);
        amounts[0] = _bound(a, 0, 1_000_000 ether);
        amounts[1] = _bound(b, 1, 1_000_000 ether);
        vm.prank(payer);
        fees.depositAttributedFees(IFeeDistributor.FeeSource(opSeed % 3), bytes32(opSeed), ops, amounts);
        calls["depositAttributedFees"]++;
    }

    function recordWork(uint256 opSeed, uint256 work) external {
        address[] memory ops = new address[](1);
        ops[0] = operators[opSeed % operators.length];
        uint256[] memory w = new uint256[](1);
        w[0] = _bound(work, 1, 1000);
        vm.prank(reporter);
        fees.recordWork(ops, w);
        calls["recordWork"]++;
    }

    function closeEpoch() external {
        (, uint64 startedAt, uint64 length) = fees.epochInfo();
        if (block.timestamp < startedAt + length) vm.warp(startedAt + length);
        fees.closeEpoch();
        ghostCloses++;
        ghostDustBound += 2 * operators.length;
        calls["closeEpoch"]++;
    }

    function claim(uint256 actorSeed, uint256 opSeed) external {
        address actor = actors[actorSeed % actors.length];
        address op = operators[opSeed % operators.length];
        if (fees.claimable(op, actor) == 0) return;
        vm.prank(actor);
        fees.claim(op, actor);
        ghostDustBound++;
        calls["claim"]++;
    }

    function claimCommission(uint256 opSeed) external {
        address op = operators[opSeed % operators.length];
        if (fees.commissionClaimable(op) == 0) return;
        vm.prank(op);
        fees.claimCommission(op);
        calls["claimCommission"]++;
    }

    function warp(uint256 secs) external {
        secs = _bound(secs, 1, 10 days);
        vm.warp(block.timestamp + secs);
        vm.roll(block.number + 1);
        calls["warp"]++;
    }

    // ---------------------------------------------------------------- helpers

    /// @dev Everything any staker could take out: stake values, queued values, claimable rewards.
    function _values() internal view returns (uint256[] memory v) {
        uint256 n = actors.length;
        uint256 m = operators.length;
        v = new uint256[](n * m * 2 + n * 32);
        uint256 k;
        for (uint256 i; i < n; ++i) {
            for (uint256 j; j < m; ++j) {
                v[k++] = staking.stakeOf(actors[i], operators[j]);
                v[k++] = fees.claimable(operators[j], actors[i]);
            }
            (uint256 first, IStaking.UnstakeRequest[] memory reqs) = staking.pendingRequests(actors[i]);
            for (uint256 r; r < reqs.length && r < 32; ++r) {
                v[k + r] = staking.requestValue(actors[i], first + r);
            }
            k += 32;
        }
    }

    function _listed(address staker, address op) internal view returns (bool) {
        address[] memory ops = staking.operatorsOf(staker);
        for (uint256 i; i < ops.length; ++i) {
            if (ops[i] == op) return true;
        }
        return false;
    }

    function _bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        if (x >= min && x <= max) return x;
        return min + (x % (max - min + 1));
    }
}
