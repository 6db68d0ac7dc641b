// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRollupManager, IRollupManagerTypes} from "../../src/interfaces/IRollupManager.sol";
import {Test} from "../utils/Test.sol";
import {AdversarialRollupHandler} from "./handlers/AdversarialRollupHandler.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Issue 11, point 7: the RollupManager among a dishonest sequencer pair, a dishonest
///         verifier minority, an owner changing the challenge window, self-challenges with random
///         gas limits and floods of 1-wei deposits, beside honest users, verifiers and an honest
///         challenger (see AdversarialRollupHandler).
/// forge-config: default.invariant.runs = 12
/// forge-config: default.invariant.depth = 40
/// forge-config: ci.invariant.runs = 24
/// forge-config: ci.invariant.depth = 64
contract AdversarialRollupInvariantsTest is Test {
    AdversarialRollupHandler internal handler;
    IRollupManager internal rollups;
    uint256 internal rid;

    function setUp() public {
        handler = new AdversarialRollupHandler();
        handler.init();
        rollups = IRollupManager(handler.manager());
        rid = handler.rollupId();
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](11);
        selectors[0] = AdversarialRollupHandler.deposit.selector;
        selectors[1] = AdversarialRollupHandler.flood.selector;
        selectors[2] = AdversarialRollupHandler.postHonest.selector;
        selectors[3] = AdversarialRollupHandler.postInvalid.selector;
        selectors[4] = AdversarialRollupHandler.attest.selector;
        selectors[5] = AdversarialRollupHandler.selfChallenge.selector;
        selectors[6] = AdversarialRollupHandler.setWindow.selector;
        selectors[7] = AdversarialRollupHandler.warp.selector;
        selectors[8] = AdversarialRollupHandler.finalizeBatches.selector;
        selectors[9] = AdversarialRollupHandler.postInvalid.selector; // dishonesty, twice as often
        selectors[10] = AdversarialRollupHandler.forceExit.selector;
        targetSelectors(address(handler), selectors);
    }

    /// The handler reaches the paths the invariants are about: invalid batches posted and proven.
    function test_handlerReachesEveryPath() public {
        handler.deposit(100 ether, false);
        handler.postHonest(1);
        uint256 invalid;
        for (uint256 i; i < 40 && invalid < 2; ++i) {
            handler.postInvalid(i);
            invalid = handler.invalidPosted();
            handler.warp(3); // 10 minutes
        }
        vm.assertGe(invalid, 2, "dishonest leaders posted");
        handler.flood(24);
        handler.forceExit(10 ether, false);
        handler.forceExit(type(uint256).max, true); // beyond the balance: takes all there is
        handler.warp(5); // 3 hours
        handler.finalizeBatches(8);
        vm.assertGe(handler.fraudsProven(), 1, "the challenger proved them");
        handler.postHonest(2);
        handler.postHonest(3);
        handler.postHonest(4);
        handler.postHonest(5);
        vm.assertEq(handler.forcedQueued(), 2);
        vm.assertGe(handler.forcedIncluded(), 2, "forced withdrawals went through batches");
        invariant_noInvalidRootIsFinal();
        invariant_everyProvenFraudSlashesExactlyItsSigners();
        invariant_escrowCoversEveryClaim();
        invariant_progressIsAlwaysPossible();
    }

    /// 1. No invalid root becomes final: the honest challenger always proves it in time.
    function invariant_noInvalidRootIsFinal() public view {
        vm.assertFalse(handler.ghostInvalidFinal());
        uint256 f = rollups.rollup(rid).finalizedCount;
        for (uint256 i; i < f; ++i) {
            vm.assertFalse(handler.invalidHeader(rollups.batch(rid, i).headerHash), "an invalid root is final");
        }
    }

    /// 2. Every proven fraud slashes exactly its signers (sequencer and attesters), once (or records
    ///    the slash as owed), and a failed challenge changes nothing.
    function invariant_everyProvenFraudSlashesExactlyItsSigners() public view {
        vm.assertFalse(handler.ghostWrongSlash());
        vm.assertFalse(handler.ghostFailedChallengeChangedState());
    }

    /// 3. The escrow covers every L2 balance and withdrawal of the honest state, and the manager
    ///    holds every account it keeps.
    function invariant_escrowCoversEveryClaim() public view {
        IRollupManagerTypes.Rollup memory r = rollups.rollup(rid);
        vm.assertGe(r.l2Escrow, handler.modelOwed());
        uint256 held = IERC20(handler.tokenAddress()).balanceOf(address(rollups));
        vm.assertEq(
            held,
            uint256(r.budget) + r.storagePending + r.owedStorageFees + r.owedTxFees + r.owedServiceFees + r.l2Escrow
        );
    }

    /// 4. The rollup can always make progress: within a few turns somebody can post.
    function invariant_progressIsAlwaysPossible() public {
        handler.checkProgress();
        vm.assertFalse(handler.ghostStuck(), "nobody could post");
    }
}
