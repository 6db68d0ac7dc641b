// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AltGovernor} from "../../src/governance/AltGovernor.sol";
import {IStaking} from "../../src/interfaces/IStaking.sol";
import {Staking} from "../../src/staking/Staking.sol";
import {Deployers} from "../utils/Deployers.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// A plain flash lender: lends ALT for the length of a callback.
contract FlashLender {
    IERC20 public immutable token;

    constructor(IERC20 t) {
        token = t;
    }

    function flash(uint256 amount) external {
        uint256 before = token.balanceOf(address(this));
        token.transfer(msg.sender, amount);
        FlashProposer(msg.sender).onFlash(amount);
        require(token.balanceOf(address(this)) >= before, "not repaid");
    }
}

/// Holds its own ALT (self-delegated); in one transaction borrows, stakes, proposes, repays.
contract FlashProposer {
    Staking public immutable staking;
    AltGovernor public immutable governor;
    address public immutable op;

    constructor(Staking s, AltGovernor g, address op_) {
        staking = s;
        governor = g;
        op = op_;
        s.token().approve(address(s), type(uint256).max);
        IVotes(address(s.token())).delegate(address(this));
    }

    function stake(uint256 amount) external {
        staking.stake(op, amount);
    }

    function unstakeAll() external {
        staking.requestUnstake(op, staking.sharesOf(address(this), op));
    }

    function withdraw() external {
        staking.withdraw(type(uint256).max);
    }

    function attack(FlashLender lender, uint256 amount) external {
        lender.flash(amount);
    }

    function onFlash(uint256 amount) external {
        staking.stake(op, amount);
        address[] memory targets = new address[](1);
        targets[0] = address(staking);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(Staking.setUnbondingPeriod, (14 days));
        governor.propose(targets, values, calldatas, "flash");
        staking.token().transfer(msg.sender, amount); // repaid from the tokens counted as liquid
    }
}

/// Share histories keep a value only where an announced governance snapshot may read it
/// (issue 10, point 7: one slot per position instead of one per change). What must hold: every
/// vote at a snapshot is exact, and nothing read between snapshots can give anyone more votes
/// than it has.
contract VoteHistoryTest is Deployers {
    address[] internal targets;
    uint256[] internal values;
    bytes[] internal calldatas;

    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        targets.push(address(staking));
        values.push(0);
        calldatas.push(abi.encodeCall(Staking.setUnbondingPeriod, (14 days)));
        _skip(1);
    }

    function _announce(uint256 t) internal {
        vm.prank(address(governor));
        staking.recordVoteSnapshot(uint48(t));
    }

    /// Random histories of stakes, unstakes and announced snapshots (some ahead, as the voting
    /// delay makes them): at every announced snapshot the staked votes equal the model's.
    function testFuzz_stakedVotesAreExactAtEveryAnnouncedSnapshot(uint256 seed) public {
        uint256[] memory changeAt = new uint256[](40);
        uint256[] memory sharesAfter = new uint256[](40);
        uint256[] memory snaps = new uint256[](40);
        uint256 changes;
        uint256 nSnaps;
        for (uint256 i; i < 24; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            _skip((r % 4 == 0) ? 1 : 1 + (r % 3 days));
            uint256 action = (r >> 64) % 4;
            if (action == 0) {
                // Now, a moment ahead, or a voting delay ahead: snapshots land on changes too.
                uint256 kind = (r >> 96) % 3;
                uint256 t = block.timestamp + (kind == 0 ? 0 : kind == 1 ? 1 + ((r >> 104) % 3) : (r >> 104) % 2 days);
                _announce(t);
                snaps[nSnaps++] = t;
                continue;
            }
            uint256 have = staking.sharesOf(alice, op1);
            if (action == 1 && have > 0) {
                vm.prank(alice);
                staking.requestUnstake(op1, 1 + ((r >> 128) % have));
            } else {
                vm.prank(alice);
                staking.stake(op1, 1 ether + ((r >> 128) % 1000 ether));
            }
            // Two changes in one second: only the last counts.
            if (changes > 0 && changeAt[changes - 1] == block.timestamp) changes--;
            changeAt[changes] = block.timestamp;
            sharesAfter[changes++] = staking.sharesOf(alice, op1);
        }
        _skip(3 days);
        for (uint256 k; k < nSnaps; ++k) {
            uint256 expected;
            for (uint256 c; c < changes && changeAt[c] <= snaps[k]; ++c) {
                expected = sharesAfter[c];
            }
            // No slash: the rate is one token per share, so votes are shares.
            vm.assertEq(staking.getPastStakedVotes(alice, snaps[k]), expected, "votes at an announced snapshot");
        }
    }

    /// Through the governor: a vote cast at a proposal's snapshot weighs what was staked then,
    /// though the position changed (and its head was overwritten) several times since.
    function test_castVote_weighsTheStakeAtTheSnapshot_afterLaterChanges() public {
        _stake(bob, op1, 1_000_000 ether);
        _skip(1);
        vm.prank(bob);
        uint256 id = governor.propose(targets, values, calldatas, "a");
        uint256 snapshot = governor.proposalSnapshot(id);
        vm.warp(snapshot);
        _stake(bob, op1, 5_000_000 ether); // at the snapshot second: counts
        _skip(1 hours);
        _stake(bob, op1, 7_000_000 ether); // after it: does not
        _skip(1 hours);
        vm.prank(bob);
        staking.requestUnstake(op1, 2_000_000 ether);
        _skip(1);
        vm.prank(bob);
        vm.assertEq(governor.castVote(id, 1), 6_000_000 ether);
    }

    /// The attack the overwrite could open: an old, large stake that was kept for an earlier
    /// snapshot, then mostly unstaked, then the head overwritten in the proposing second. Read at
    /// the last second, the history answers with the old value; the threshold check must not.
    function test_RevertWhen_proposingWithAnOverwrittenStake() public {
        _stake(carol, op1, 1_000_000 ether);
        _skip(1 hours);
        _announce(block.timestamp); // a snapshot keeps the 1M
        _skip(1 hours);
        uint256 shares = staking.sharesOf(carol, op1);
        vm.prank(carol);
        staking.requestUnstake(op1, shares - 1 ether); // 1 ALT left, kept only in the head
        _skip(1 hours);
        _stake(carol, op1, 1 ether); // the head moves on: the 1-ALT value is overwritten
        vm.assertEq(staking.getPastStakedVotes(carol, block.timestamp - 1), 1_000_000 ether, "stale between snapshots");
        // Written this second: its value a second ago is not known, so it counts from the next.
        vm.assertEq(governor.proposerVotes(carol), 0);
        vm.prank(carol);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernor.GovernorInsufficientProposerVotes.selector, carol, 0, 100_000 ether)
        );
        governor.propose(targets, values, calldatas, "c");
    }

    /// Found by an attacker review: with the threshold read as min(staked a second ago, staked
    /// now), a flash loan staked in the proposing transaction overwrote a position's head, the
    /// second-ago read fell back on an old, larger archived stake, and the borrowed stake made
    /// "now" as large: an account holding 60k proposed with 120k. Now a position written in
    /// the proposing second does not count at all.
    function test_RevertWhen_flashLoanStakeRevivesAnOverwrittenStake() public {
        uint256 own = 60_000 ether;
        FlashProposer attacker = new FlashProposer(staking, governor, op1);
        FlashLender lender = new FlashLender(token);
        vm.startPrank(deployer);
        token.transfer(address(attacker), own);
        token.transfer(address(lender), 1_000_000 ether);
        vm.stopPrank();
        attacker.stake(own);
        _skip(1 hours);
        _announce(block.timestamp + 1 days); // some proposal keeps the 60k value
        _skip(2 days);
        attacker.unstakeAll();
        _skip(staking.unbondingPeriod() + 1);
        attacker.withdraw();
        _skip(1 hours);
        vm.assertEq(governor.proposerVotes(address(attacker)), own);

        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorInsufficientProposerVotes.selector, address(attacker), own, 100_000 ether
            )
        );
        attacker.attack(lender, own);
    }

    /// Liquid votes borrowed in the proposing second do not count either.
    function test_proposerVotes_ignoreLiquidVotesGainedThisSecond() public {
        address flash = makeAddr("flash");
        _fund(flash, 1_000_000 ether);
        vm.prank(flash);
        token.delegate(flash);
        vm.assertEq(governor.proposerVotes(flash), 0);
        vm.prank(flash);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernor.GovernorInsufficientProposerVotes.selector, flash, 0, 100_000 ether)
        );
        governor.propose(targets, values, calldatas, "f");
    }

    /// A proposal announces its snapshot to Staking.
    function test_propose_announcesItsSnapshot() public {
        _stake(bob, op1, 1_000_000 ether);
        _skip(1);
        vm.prank(bob);
        uint256 id = governor.propose(targets, values, calldatas, "b");
        (address recorder, uint48 last) = staking.voteSnapshots();
        vm.assertEq(recorder, address(governor));
        vm.assertEq(last, governor.proposalSnapshot(id));
    }

    function test_RevertWhen_recordVoteSnapshot_notTheRecorder() public {
        vm.prank(alice);
        vm.expectRevert(IStaking.StakingUnauthorized.selector);
        staking.recordVoteSnapshot(uint48(block.timestamp));
    }

    /// Without a recorder nothing is overwritten: every value stays readable at any past time.
    function test_withoutARecorder_everyValueIsKept() public {
        vm.prank(address(timelock));
        staking.setVoteRecorder(address(0));
        _stake(carol, op1, 100 ether);
        uint256 t1 = block.timestamp;
        _skip(1 hours);
        _stake(carol, op1, 200 ether);
        uint256 t2 = block.timestamp;
        _skip(1 hours);
        _stake(carol, op1, 300 ether);
        _skip(1);
        vm.assertEq(staking.getPastStakedVotes(carol, t1), 100 ether);
        vm.assertEq(staking.getPastStakedVotes(carol, t2 - 1), 100 ether);
        vm.assertEq(staking.getPastStakedVotes(carol, t2), 300 ether);
        vm.assertEq(staking.getPastStakedVotes(carol, block.timestamp - 1), 600 ether);
    }
}

/// The pool's token history (read for rollup duties) and the rate history (read for votes) keep
/// their heads in one slot and archive the rest: at every past second they must answer what the
/// pool held and what a share was worth then.
contract PoolHistoryTest is Deployers {
    struct Change {
        uint256 at;
        uint256 tokens;
        uint256 rate;
        uint256 bobShares;
    }

    Change[] internal changes;

    function setUp() public override {
        super.setUp();
        _registerDefaultOperators();
        vm.startPrank(address(timelock));
        staking.setMinSelfStake(0); // slashes below may take the operator under any minimum
        staking.setVoteRecorder(address(0)); // keep every share value: votes then show the rate
        vm.stopPrank();
        _skip(1);
    }

    function testFuzz_poolTokensAndRatesAreExactAtEveryPastSecond(uint256 seed) public {
        uint256 start = block.timestamp;
        for (uint256 i; i < 30; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            if (r % 3 != 0) _skip(1 + (r >> 8) % 2 hours); // a third of the changes share a second
            uint256 action = (r >> 32) % 5;
            if (action <= 1) {
                _stake(action == 0 ? alice : bob, op1, 1 ether + (r >> 64) % 1_000_000 ether);
            } else if (action == 2) {
                uint256 have = staking.sharesOf(bob, op1);
                if (have == 0 || staking.stakeOf(bob, op1) == 0) continue;
                vm.prank(bob);
                staking.requestUnstake(op1, 1 + (r >> 64) % have);
            } else if (action == 3) {
                vm.prank(address(slasher));
                staking.slash(op1, 1 + (r >> 64) % 2000, address(0), 0, treasury);
            } else {
                _stake(carol, op2, 1 ether); // another pool: op1's history must not move
                continue;
            }
            (uint256 t,) = staking.pool(op1);
            Change memory c = Change(block.timestamp, t, staking.exchangeRate(op1), staking.sharesOf(bob, op1));
            if (changes.length > 0 && changes[changes.length - 1].at == block.timestamp) changes.pop();
            changes.push(c);
        }
        _skip(1);
        address[] memory ops = new address[](1);
        ops[0] = op1;
        // The seconds just before, at and after every change.
        for (uint256 k; k < changes.length; ++k) {
            for (uint256 d; d < 3; ++d) {
                uint256 t = changes[k].at + d - 1;
                if (t < start || t >= block.timestamp) continue;
                Change memory want = _model(t);
                vm.assertEq(staking.stakeAt(op1, t), want.tokens, "pool tokens at t");
                (uint256[] memory duty,) = staking.dutyStakesAt(ops, t);
                vm.assertEq(duty[0], want.tokens, "duty stake at t");
                vm.assertEq(
                    staking.getPastStakedVotes(bob, t),
                    want.bobShares * want.rate / 1e27,
                    "bob's votes: shares x rate at t"
                );
            }
        }
    }

    function _model(uint256 t) internal view returns (Change memory want) {
        // Before the first recorded change the pool held the operator's self-stake at par.
        want = Change(0, MIN_SELF, 1e27, 0);
        for (uint256 c; c < changes.length && changes[c].at <= t; ++c) {
            want = changes[c];
        }
    }
}
