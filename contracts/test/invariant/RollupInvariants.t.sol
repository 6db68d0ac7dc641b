// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManager, IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {Test} from "../utils/Test.sol";
import {RollupHandler} from "./handlers/RollupHandler.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Invariants of the RollupManager under random deposits, batches, attestations, time,
///         finalization, claims and fee distribution (see RollupHandler). Each call replays the
///         payments rollup in a reference Merkle tree, so runs are fewer and shallower than the
///         system invariants'.
/// forge-config: default.invariant.runs = 12
/// forge-config: default.invariant.depth = 48
/// forge-config: ci.invariant.runs = 24
/// forge-config: ci.invariant.depth = 64
contract RollupInvariantsTest is Test {
    RollupHandler internal handler;
    IRollupManager internal rollups;
    uint256 internal rid;

    function setUp() public {
        handler = new RollupHandler();
        handler.init();
        rollups = IRollupManager(handler.manager());
        rid = handler.rollupId();
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](8);
        selectors[0] = RollupHandler.deposit.selector;
        selectors[1] = RollupHandler.postBatch.selector;
        selectors[2] = RollupHandler.attest.selector;
        selectors[3] = RollupHandler.warp.selector;
        selectors[4] = RollupHandler.finalizeBatches.selector;
        selectors[5] = RollupHandler.claim.selector;
        selectors[6] = RollupHandler.challengeHonest.selector;
        selectors[7] = RollupHandler.distribute.selector;
        targetSelectors(address(handler), selectors);
    }

    /// The handler reaches every path the invariants are about (claims, finality both ways).
    function test_handlerReachesEveryPath() public {
        handler.deposit(100 ether, false);
        for (uint256 i; i < 6; ++i) {
            handler.postBatch(i * 7919);
        }
        handler.attest(0, 15);
        vm.warp(block.timestamp + 2 hours);
        handler.finalizeBatches(8);
        for (uint256 i; i < 20; ++i) {
            handler.claim(i, true);
        }
        vm.assertEq(rollups.rollup(rid).finalizedCount, 6);
        vm.assertGt(handler.ghostClaimed(), 0, "some withdrawal paid");
        invariant_escrowConservation();
        invariant_managerSolvent();
    }

    /// 1. Escrow conservation: L1 deposits = L2 supply in the final root + fees settled (final
    ///    batches' fees) + withdrawals (claimed, or waiting in the final root) + deposits no
    ///    final batch includes yet; and the manager's escrow account says the same.
    function invariant_escrowConservation() public view {
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        RollupHandler.Snapshot memory s = handler.finalSnapshot();
        uint256 feesSettled;
        for (uint256 i; i < r.finalizedCount; ++i) {
            feesSettled += rollups.batch(rid, i).feesCollected;
        }
        uint256 notYetFinal = handler.ghostDeposited() - s.depositsIncluded;
        vm.assertEq(
            handler.ghostDeposited(),
            s.supply + feesSettled + s.withdrawalsCreated + notYetFinal,
            "deposits == supply + fees + withdrawals + not yet final"
        );
        vm.assertEq(
            uint256(r.l2Escrow),
            handler.ghostDeposited() - feesSettled - handler.ghostClaimed(),
            "escrow account == deposits - fees settled - withdrawals paid"
        );
    }

    /// 2. Solvency: the manager holds exactly the budget, the storage fees of pending batches,
    ///    the fees owed to the distributor and the L2 escrow.
    function invariant_managerSolvent() public view {
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        IERC20 token = IERC20(address(RollupHandlerView(address(handler)).tokenAddress()));
        vm.assertEq(
            token.balanceOf(address(rollups)),
            uint256(r.budget) + r.storagePending + r.owedTxFees + r.owedStorageFees + r.owedServiceFees + r.l2Escrow
        );
    }

    /// 3. No batch is final without a verifier quorum or an elapsed challenge window.
    function invariant_noFinalBeforeItsWindow() public view {
        vm.assertFalse(handler.ghostFinalBeforeWindow());
    }

    /// 4. No withdrawal is paid twice.
    function invariant_noDoubleWithdrawal() public view {
        vm.assertFalse(handler.ghostDoubleClaimPaid());
    }

    /// 5. No batch is accepted from anyone but the slot's leader, and no fraud proof wins
    ///    against an honest batch.
    function invariant_onlyLeadersPost_honestBatchesStand() public view {
        vm.assertFalse(handler.ghostNonLeaderAccepted());
        vm.assertFalse(handler.ghostHonestChallengeWon());
        vm.assertEq(rollups.rollup(rid).batchCount, handler.batchesPosted());
    }
}

interface RollupHandlerView {
    function tokenAddress() external view returns (address);
}
