///Module containing a contract's types and functions.
/**

```solidity
library IGovernor {
    type ProposalState is uint8;
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IGovernor {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProposalState(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<ProposalState> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::tokenize(self)
                    .0
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl ProposalState {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for ProposalState {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<ProposalState> for u8 {
            fn from(value: ProposalState) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for ProposalState {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for ProposalState {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IGovernor`](self) contract instance.

See the [wrapper's documentation](`IGovernorInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IGovernorInstance<P, N> {
        IGovernorInstance::<P, N>::new(address, __provider)
    }
    /**A [`IGovernor`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IGovernor`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IGovernorInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IGovernorInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IGovernorInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IGovernorInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IGovernor`](self) contract instance.

See the [wrapper's documentation](`IGovernorInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IGovernorInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IGovernorInstance<P, N> {
            IGovernorInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IGovernorInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IGovernorInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IGovernor {
    type ProposalState is uint8;
}

interface AltGovernor {
    struct Settings {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumNumerator;
        uint48 voteExtension;
    }

    error AltGovernorSlashLatencyTooLong(uint256 latency, uint256 unbondingPeriod);
    error CheckpointUnorderedInsertion();
    error ERC6372InconsistentClock();
    error FailedCall();
    error GovernorAlreadyCastVote(address voter);
    error GovernorAlreadyQueuedProposal(uint256 proposalId);
    error GovernorDisabledDeposit();
    error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold);
    error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values);
    error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator);
    error GovernorInvalidSignature(address voter);
    error GovernorInvalidVoteParams();
    error GovernorInvalidVoteType();
    error GovernorInvalidVotingPeriod(uint256 votingPeriod);
    error GovernorNonexistentProposal(uint256 proposalId);
    error GovernorOnlyExecutor(address account);
    error GovernorPreventLateQuorumVoteExtensionTooLarge(uint256 newVoteExtension, uint256 maxVoteExtension);
    error GovernorProposalQueueingFailed(uint256 proposalId);
    error GovernorProposalQueueingNotRequired(uint256 proposalId);
    error GovernorRestrictedProposer(address proposer);
    error GovernorUnableToCancel(uint256 proposalId, address account);
    error GovernorUnexpectedProposalState(uint256 proposalId, IGovernor.ProposalState current, bytes32 expectedStates);
    error InvalidAccountNonce(address account, uint256 currentNonce);
    error InvalidShortString();
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error StringTooLong(string str);

    event EIP712DomainChanged();
    event LateQuorumVoteExtensionSet(uint64 oldVoteExtension, uint64 newVoteExtension);
    event ProposalCanceled(uint256 proposalId);
    event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description);
    event ProposalExecuted(uint256 proposalId);
    event ProposalExtended(uint256 indexed proposalId, uint64 extendedDeadline);
    event ProposalQueued(uint256 proposalId, uint256 etaSeconds);
    event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold);
    event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator);
    event TimelockChange(address oldTimelock, address newTimelock);
    event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason);
    event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params);
    event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay);
    event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod);

    constructor(address token, address staking_, address timelock, Settings s);

    receive() external payable;

    function BALLOT_TYPEHASH() external view returns (bytes32);
    function CLOCK_MODE() external view returns (string memory);
    function COUNTING_MODE() external pure returns (string memory);
    function EXTENDED_BALLOT_TYPEHASH() external view returns (bytes32);
    function cancel(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external returns (uint256);
    function castVote(uint256 proposalId, uint8 support) external returns (uint256);
    function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes memory signature) external returns (uint256);
    function castVoteWithReason(uint256 proposalId, uint8 support, string memory reason) external returns (uint256);
    function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string memory reason, bytes memory params) external returns (uint256);
    function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string memory reason, bytes memory params, bytes memory signature) external returns (uint256);
    function clock() external view returns (uint48);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function execute(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external payable returns (uint256);
    function getProposalId(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external view returns (uint256);
    function getVotes(address account, uint256 timepoint) external view returns (uint256);
    function getVotesWithParams(address account, uint256 timepoint, bytes memory params) external view returns (uint256);
    function hasVoted(uint256 proposalId, address account) external view returns (bool);
    function hashProposal(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external pure returns (uint256);
    function lateQuorumVoteExtension() external view returns (uint48);
    function name() external view returns (string memory);
    function nonces(address owner) external view returns (uint256);
    function onERC1155BatchReceived(address, address, uint256[] memory, uint256[] memory, bytes memory) external returns (bytes4);
    function onERC1155Received(address, address, uint256, uint256, bytes memory) external returns (bytes4);
    function onERC721Received(address, address, uint256, bytes memory) external returns (bytes4);
    function proposalDeadline(uint256 proposalId) external view returns (uint256);
    function proposalEta(uint256 proposalId) external view returns (uint256);
    function proposalNeedsQueuing(uint256 proposalId) external view returns (bool);
    function proposalProposer(uint256 proposalId) external view returns (address);
    function proposalSnapshot(uint256 proposalId) external view returns (uint256);
    function proposalThreshold() external view returns (uint256);
    function proposalVotes(uint256 proposalId) external view returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes);
    function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, string memory description) external returns (uint256);
    function proposerVotes(address proposer) external view returns (uint256);
    function queue(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external returns (uint256);
    function quorum(uint256 timepoint) external view returns (uint256);
    function quorumDenominator() external view returns (uint256);
    function quorumNumerator(uint256 timepoint) external view returns (uint256);
    function quorumNumerator() external view returns (uint256);
    function relay(address target, uint256 value, bytes memory data) external payable;
    function setLateQuorumVoteExtension(uint48 newVoteExtension) external;
    function setProposalThreshold(uint256 newProposalThreshold) external;
    function setVotingDelay(uint48 newVotingDelay) external;
    function setVotingPeriod(uint32 newVotingPeriod) external;
    function staking() external view returns (address);
    function state(uint256 proposalId) external view returns (IGovernor.ProposalState);
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function timelock() external view returns (address);
    function token() external view returns (address);
    function updateQuorumNumerator(uint256 newQuorumNumerator) external;
    function updateTimelock(address newTimelock) external;
    function version() external view returns (string memory);
    function votingDelay() external view returns (uint256);
    function votingPeriod() external view returns (uint256);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "contract IVotes"
      },
      {
        "name": "staking_",
        "type": "address",
        "internalType": "contract IStaking"
      },
      {
        "name": "timelock",
        "type": "address",
        "internalType": "contract TimelockController"
      },
      {
        "name": "s",
        "type": "tuple",
        "internalType": "struct AltGovernor.Settings",
        "components": [
          {
            "name": "votingDelay",
            "type": "uint48",
            "internalType": "uint48"
          },
          {
            "name": "votingPeriod",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "proposalThreshold",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "quorumNumerator",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "voteExtension",
            "type": "uint48",
            "internalType": "uint48"
          }
        ]
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "receive",
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "BALLOT_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "CLOCK_MODE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "COUNTING_MODE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "EXTENDED_BALLOT_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "cancel",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVote",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVoteBySig",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "voter",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVoteWithReason",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVoteWithReasonAndParams",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "params",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "castVoteWithReasonAndParamsBySig",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "voter",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "params",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "clock",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "execute",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "getProposalId",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getVotes",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getVotesWithParams",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "params",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hasVoted",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hashProposal",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "lateQuorumVoteExtension",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nonces",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "onERC1155BatchReceived",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC1155Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onERC721Received",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "proposalDeadline",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalEta",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalNeedsQueuing",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalProposer",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalSnapshot",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalThreshold",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proposalVotes",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "againstVotes",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "forVotes",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "abstainVotes",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "propose",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "description",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "proposerVotes",
    "inputs": [
      {
        "name": "proposer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "queue",
    "inputs": [
      {
        "name": "targets",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "internalType": "uint256[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "internalType": "bytes[]"
      },
      {
        "name": "descriptionHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "quorum",
    "inputs": [
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "quorumDenominator",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "quorumNumerator",
    "inputs": [
      {
        "name": "timepoint",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "quorumNumerator",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "relay",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "setLateQuorumVoteExtension",
    "inputs": [
      {
        "name": "newVoteExtension",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setProposalThreshold",
    "inputs": [
      {
        "name": "newProposalThreshold",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setVotingDelay",
    "inputs": [
      {
        "name": "newVotingDelay",
        "type": "uint48",
        "internalType": "uint48"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setVotingPeriod",
    "inputs": [
      {
        "name": "newVotingPeriod",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "staking",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IStaking"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "state",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IGovernor.ProposalState"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "timelock",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC5805"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "updateQuorumNumerator",
    "inputs": [
      {
        "name": "newQuorumNumerator",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "updateTimelock",
    "inputs": [
      {
        "name": "newTimelock",
        "type": "address",
        "internalType": "contract TimelockController"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "version",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "votingDelay",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "votingPeriod",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "LateQuorumVoteExtensionSet",
    "inputs": [
      {
        "name": "oldVoteExtension",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "newVoteExtension",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalCanceled",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalCreated",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "proposer",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "targets",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      },
      {
        "name": "values",
        "type": "uint256[]",
        "indexed": false,
        "internalType": "uint256[]"
      },
      {
        "name": "signatures",
        "type": "string[]",
        "indexed": false,
        "internalType": "string[]"
      },
      {
        "name": "calldatas",
        "type": "bytes[]",
        "indexed": false,
        "internalType": "bytes[]"
      },
      {
        "name": "voteStart",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "voteEnd",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "description",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalExecuted",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalExtended",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "extendedDeadline",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalQueued",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "etaSeconds",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProposalThresholdSet",
    "inputs": [
      {
        "name": "oldProposalThreshold",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newProposalThreshold",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "QuorumNumeratorUpdated",
    "inputs": [
      {
        "name": "oldQuorumNumerator",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newQuorumNumerator",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TimelockChange",
    "inputs": [
      {
        "name": "oldTimelock",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "newTimelock",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VoteCast",
    "inputs": [
      {
        "name": "voter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "weight",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VoteCastWithParams",
    "inputs": [
      {
        "name": "voter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "proposalId",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "support",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "weight",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reason",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "params",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VotingDelaySet",
    "inputs": [
      {
        "name": "oldVotingDelay",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newVotingDelay",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VotingPeriodSet",
    "inputs": [
      {
        "name": "oldVotingPeriod",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newVotingPeriod",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AltGovernorSlashLatencyTooLong",
    "inputs": [
      {
        "name": "latency",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "unbondingPeriod",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "CheckpointUnorderedInsertion",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ERC6372InconsistentClock",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GovernorAlreadyCastVote",
    "inputs": [
      {
        "name": "voter",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorAlreadyQueuedProposal",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorDisabledDeposit",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GovernorInsufficientProposerVotes",
    "inputs": [
      {
        "name": "proposer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "votes",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "threshold",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorInvalidProposalLength",
    "inputs": [
      {
        "name": "targets",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "calldatas",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "values",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorInvalidQuorumFraction",
    "inputs": [
      {
        "name": "quorumNumerator",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "quorumDenominator",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorInvalidSignature",
    "inputs": [
      {
        "name": "voter",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorInvalidVoteParams",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GovernorInvalidVoteType",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GovernorInvalidVotingPeriod",
    "inputs": [
      {
        "name": "votingPeriod",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorNonexistentProposal",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorOnlyExecutor",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorPreventLateQuorumVoteExtensionTooLarge",
    "inputs": [
      {
        "name": "newVoteExtension",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxVoteExtension",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorProposalQueueingFailed",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorProposalQueueingNotRequired",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorRestrictedProposer",
    "inputs": [
      {
        "name": "proposer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorUnableToCancel",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GovernorUnexpectedProposalState",
    "inputs": [
      {
        "name": "proposalId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "current",
        "type": "uint8",
        "internalType": "enum IGovernor.ProposalState"
      },
      {
        "name": "expectedStates",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidAccountNonce",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "currentNonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod AltGovernor {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x6101a0604052348015610010575f5ffd5b5060405161566438038061566483398101604081905261002f91610804565b818160800151826060015186845f0151856020015186604001516040518060400160405280600c81526020016b20a62a1023b7bb32b93737b960a11b8152508061007d61019560201b60201c565b610086826101b0565b61012052610093816101b0565b61014052815160208084019190912060e052815190820120610100524660a05261011f60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526003610134828261095c565b506101409050836101f6565b6101498261025c565b610152816102fb565b5050506001600160a01b03166101605261016b8161033c565b50610175816103d1565b5061017f8161047d565b5050506001600160a01b03166101805250610aac565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f815111156101e3578260405163305a27a960e01b81526004016101da9190610a16565b60405180910390fd5b80516101ee82610a4b565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036102845760405163f1cfbf0560e01b81525f60048201526024016101da565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103695760405163243e544560e01b815260048101839052602481018290526044016101da565b5f6103726104e6565b905061039161037f6104ff565b61038885610579565b600a91906105b0565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f6103da6105ca565b9050808265ffffffffffff16111561041657604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101da565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f6104f1600a6105e4565b6001600160d01b0316905090565b5f61050a6101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610563575060408051601f3d908101601f1916820190925261056091810190610a6e565b60015b6105745761056f61062c565b905090565b919050565b5f6001600160d01b038211156105ac576040516306dfcc6560e41b815260d06004820152602481018390526044016101da565b5090565b5f806105bd858585610636565b915091505b935093915050565b5f61056f6008546601000000000000900463ffffffff1690565b80545f9080156106235761060a836105fd600184610a87565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610625565b5f5b9392505050565b5f61056f43610792565b82545f9081908015610735575f610652876105fd600185610a87565b805490915065ffffffffffff80821691660100000000000090046001600160d01b031690881682111561069857604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036106d457825465ffffffffffff1666010000000000006001600160d01b03891602178355610727565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506105c292505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816105c2565b5f65ffffffffffff8211156105ac576040516306dfcc6560e41b815260306004820152602481018390526044016101da565b6001600160a01b03811681146107d8575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b805165ffffffffffff81168114610574575f5ffd5b5f5f5f5f848603610100811215610819575f5ffd5b8551610824816107c4565b6020870151909550610835816107c4565b6040870151909450610846816107c4565b925060a0605f1982011215610859575f5ffd5b5060405160a081016001600160401b038111828210171561087c5761087c6107db565b60405261088b606087016107ef565b8152608086015163ffffffff811681146108a3575f5ffd5b602082015260a0860151604082015260c086015160608201526108c860e087016107ef565b6080820152939692955090935050565b600181811c908216806108ec57607f821691505b60208210810361090a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561095757805f5260205f20601f840160051c810160208510156109355750805b601f840160051c820191505b81811015610954575f8155600101610941565b50505b505050565b81516001600160401b03811115610975576109756107db565b6109898161098384546108d8565b84610910565b6020601f8211600181146109bb575f83156109a45750848201515b5f19600385901b1c1916600184901b178455610954565b5f84815260208120601f198516915b828110156109ea57878501518255602094850194600190920191016109ca565b5084821015610a0757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561090a575f1960209190910360031b1b16919050565b5f60208284031215610a7e575f5ffd5b610625826107ef565b81810381811115610aa657634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e0516101005161012051610140516101605161018051614b0d610b575f395f818161061401528181611170015281816119a801528181611b6a015281816120d3015261227e01525f8181610aba01528181610f63015281816111dd0152818161143e015281816116cb015261305a01525f61219f01525f61217401525f61355b01525f61353301525f61348e01525f6134b801525f6134e20152614b0d5ff3fe608060405260043610610310575f3560e01c80637b3c71d3116101a3578063b58131b0116100f2578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc114610a4f578063f23a6e6114610a6e578063f8ce560a14610a8d578063fc0c546a14610aac575f5ffd5b8063deaaa7cc146109de578063e540d01d14610a11578063eb9019d414610a30575f5ffd5b8063c28bc2fa116100cd578063c28bc2fa1461094a578063c59057e41461095d578063d33219b41461097c578063dd4e2ba514610999575f5ffd5b8063b58131b0146108f8578063bc197c811461090c578063c01f9e371461092b575f5ffd5b806397c3d3341161015d578063a890c91011610138578063a890c91014610865578063a8f8a66814610884578063a9a95294146108a3578063ab58fb8e146108c2575f5ffd5b806397c3d3341461081f5780639a802a6d14610832578063a7713a7014610851575f5ffd5b80637b3c71d3146107535780637d5e81e2146107725780637ecebe001461079157806384b0196e146107c55780638ff262e3146107ec57806391ddadf41461080b575f5ffd5b80633e4f49e61161025f57806354fd4d50116102195780635f398a14116101f45780635f398a14146106d757806360c4247f146106f657806370ea9648146107155780637905188714610734575f5ffd5b806354fd4d501461067057806356781388146106995780635b8d0e0d146106b8575f5ffd5b80633e4f49e61461055c5780634385963214610588578063452115d6146105d05780634bf5d7e9146105ef5780634cf088d914610603578063544ffc9c14610636575f5ffd5b8063160cbed7116102ca5780632fe3e261116102a55780632fe3e261146104bf57806332b8113e146104f2578063330df7ff146105215780633932abb114610540575f5ffd5b8063160cbed71461046e5780632656227d1461048d5780632d63f693146104a0575f5ffd5b806301ffc9a71461034b57806302a251a31461037f57806306f3f9e6146103aa57806306fdde03146103c9578063143489d0146103ea578063150b7a0214610436575f5ffd5b36610347573061031e610ade565b6001600160a01b03161461034557604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610356575f5ffd5b5061036a610365366004613b33565b610af6565b60405190151581526020015b60405180910390f35b34801561038a575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610376565b3480156103b5575f5ffd5b506103456103c4366004613b5a565b610b62565b3480156103d4575f5ffd5b506103dd610b76565b6040516103769190613b9f565b3480156103f5575f5ffd5b5061041e610404366004613b5a565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610376565b348015610441575f5ffd5b50610455610450366004613c88565b610c06565b6040516001600160e01b03199091168152602001610376565b348015610479575f5ffd5b5061039c610488366004613e4e565b610c48565b61039c61049b366004613e4e565b610d4b565b3480156104ab575f5ffd5b5061039c6104ba366004613b5a565b610ebb565b3480156104ca575f5ffd5b5061039c7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b3480156104fd575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff9091168152602001610376565b34801561052c575f5ffd5b5061034561053b366004613ef4565b610edb565b34801561054b575f5ffd5b5060085465ffffffffffff1661039c565b348015610567575f5ffd5b5061057b610576366004613b5a565b610ef4565b6040516103769190613f43565b348015610593575f5ffd5b5061036a6105a2366004613f51565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b3480156105db575f5ffd5b5061039c6105ea366004613e4e565b610efe565b3480156105fa575f5ffd5b506103dd610f5f565b34801561060e575f5ffd5b5061041e7f000000000000000000000000000000000000000000000000000000000000000081565b348015610641575f5ffd5b50610655610650366004613b5a565b610ff2565b60408051938452602084019290925290820152606001610376565b34801561067b575f5ffd5b506040805180820190915260018152603160f81b60208201526103dd565b3480156106a4575f5ffd5b5061039c6106b3366004613f8f565b611017565b3480156106c3575f5ffd5b5061039c6106d2366004613ffd565b61103e565b3480156106e2575f5ffd5b5061039c6106f13660046140b9565b6110fb565b348015610701575f5ffd5b5061039c610710366004613b5a565b611143565b348015610720575f5ffd5b5061039c61072f36600461413a565b61114f565b34801561073f575f5ffd5b5061034561074e366004613ef4565b61129c565b34801561075e575f5ffd5b5061039c61076d366004614155565b6112ad565b34801561077d575f5ffd5b5061039c61078c3660046141aa565b6112fd565b34801561079c575f5ffd5b5061039c6107ab36600461413a565b6001600160a01b03165f9081526002602052604090205490565b3480156107d0575f5ffd5b506107d96113a1565b60405161037697969594939291906142a0565b3480156107f7575f5ffd5b5061039c61080636600461430f565b6113e3565b348015610816575f5ffd5b5061050a61143b565b34801561082a575f5ffd5b50606461039c565b34801561083d575f5ffd5b5061039c61084c36600461435c565b6114c2565b34801561085c575f5ffd5b5061039c6114d8565b348015610870575f5ffd5b5061034561087f36600461413a565b6114f1565b34801561088f575f5ffd5b5061039c61089e366004613e4e565b611502565b3480156108ae575f5ffd5b5061036a6108bd366004613b5a565b61150f565b3480156108cd575f5ffd5b5061039c6108dc366004613b5a565b5f9081526004602052604090206001015465ffffffffffff1690565b348015610903575f5ffd5b5061039c611517565b348015610917575f5ffd5b506104556109263660046143b0565b611521565b348015610936575f5ffd5b5061039c610945366004613b5a565b611564565b610345610958366004614447565b61156e565b348015610968575f5ffd5b5061039c610977366004613e4e565b6115ea565b348015610987575f5ffd5b50600d546001600160a01b031661041e565b3480156109a4575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103dd565b3480156109e9575f5ffd5b5061039c7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a1c575f5ffd5b50610345610a2b366004614486565b611623565b348015610a3b575f5ffd5b5061039c610a4a3660046144a9565b611634565b348015610a5a575f5ffd5b50610345610a69366004613b5a565b611653565b348015610a79575f5ffd5b50610455610a883660046144d3565b611664565b348015610a98575f5ffd5b5061039c610aa7366004613b5a565b6116a7565b348015610ab7575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061041e565b5f610af1600d546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610b2657506001600160e01b031982166332a2ad4360e11b145b80610b4157506001600160e01b03198216630271189760e51b145b80610b5c57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610b6a611744565b610b73816117bd565b50565b606060038054610b859061452a565b80601f0160208091040260200160405190810160405280929190818152602001828054610bb19061452a565b8015610bfc5780601f10610bd357610100808354040283529160200191610bfc565b820191905f5260205f20905b815481529060010190602001808311610bdf57829003601f168201915b5050505050905090565b5f30610c10610ade565b6001600160a01b031614610c3757604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c5686868686611502565b90505f610c628261150f565b9050610c7782610c726004611852565b611874565b5080610c9e5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610cac83898989896118b1565b905065ffffffffffff811615610d23575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d3f565b60405163ab2d031160e01b815260048101849052602401610c95565b50909695505050505050565b5f5f610d5986868686611502565b90505f610d658261150f565b9050610d8182610c7283610d7a576004611852565b6005611852565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610da9610ade565b6001600160a01b031614610e32575f5b8751811015610e3057306001600160a01b0316888281518110610dde57610dde614562565b60200260200101516001600160a01b031603610e2857610e28868281518110610e0957610e09614562565b60200260200101518051906020012060056118bf90919063ffffffff16565b600101610db9565b505b610e3f82888888886118e0565b30610e48610ade565b6001600160a01b031614158015610e7457506005546001600160801b03808216600160801b9092041614155b15610e7e575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610ee3611744565b610eec816118f4565b610b736119a5565b5f610b5c82611c1e565b5f5f610f0c86868686611502565b905033610f198282611d57565b610f4857604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c95565b610f5487878787611d9c565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa925050508015610fde57506040513d5f823e601f3d908101601f19168201604052610fdb9190810190614576565b60015b610fed57610af161143b611da9565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061103684828560405180602001604052805f815250611dbf565b949350505050565b5f61108488888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611de09050565b6110ac576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c95565b6110ef88878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611ead915050565b98975050505050505050565b5f80339050610f5487828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611ead915050565b5f610b5c600a83611f8a565b604051639014d2fb60e01b81526001600160a01b0382811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690639014d2fb90602401602060405180830381865afa1580156111b7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111db91906145ea565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633a46b1a884600161121561143b565b61121f9190614615565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015265ffffffffffff166024820152604401602060405180830381865afa15801561126e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061129291906145ea565b610b5c9190614633565b6112a4611744565b610eec81611fd7565b5f803390506112f386828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611dbf92505050565b9695505050505050565b5f33611309818461203d565b81906113345760405163d9b3955760e01b81526001600160a01b039091166004820152602401610c95565b505f61133e611517565b90508015611394575f6113508361114f565b90508281838082101561138f57604051636121770b60e11b81526001600160a01b03909316600484015260248301919091526044820152606401610c95565b505050505b610f5487878787866120c1565b5f6060805f5f5f60606113b261216d565b6113ba612198565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113f0858585856121c3565b611418576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c95565b61143285848660405180602001604052805f815250611dbf565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114b6575060408051601f3d908101601f191682019092526114b391810190614646565b60015b610fed57610af161224c565b5f6114ce848484612256565b90505b9392505050565b5f6114e3600a6122fe565b6001600160d01b0316905090565b6114f9611744565b610eec81612342565b5f611432858585856115ea565b5f6001610b5c565b5f610af160075490565b5f3061152b610ade565b6001600160a01b03161461155257604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b5c82612353565b611576611744565b5f5f856001600160a01b0316858585604051611593929190614661565b5f6040518083038185875af1925050503d805f81146115cd576040519150601f19603f3d011682016040523d82523d5f602084013e6115d2565b606091505b50915091506115e1828261237b565b50505050505050565b5f8484848460405160200161160294939291906146f7565b60408051601f19818403018152919052805160209091012095945050505050565b61162b611744565b610eec816123b8565b5f6114d1838361164e60408051602081019091525f815290565b612256565b61165b611744565b610b7381612454565b5f3061166e610ade565b6001600160a01b03161461169557604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b5c906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015611710573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061173491906145ea565b61173d84611143565b6064612495565b3361174d610ade565b6001600160a01b031614611776576040516347096e4760e01b8152336004820152602401610c95565b3061177f610ade565b6001600160a01b0316146117bb575f803660405161179e929190614661565b604051809103902090505b806117b46005612545565b036117a957505b565b6064808211156117ea5760405163243e544560e01b81526004810183905260248101829052604401610c95565b5f6117f36114d8565b905061181261180061143b565b61180985612564565b600a919061259b565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f81600781111561186557611865613f0f565b600160ff919091161b92915050565b5f5f61187f84610ef4565b90505f8361188c83611852565b16036114d1578381846040516331b75e4d60e01b8152600401610c9593929190614741565b5f6112f386868686866125b5565b5f6118ca8383612741565b9050806118db576118db60416127a6565b505050565b6118ed85858585856127b7565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561193e57604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610c95565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b13442716040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a02573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a269190614763565b90506001600160a01b038116611a395750565b5f611a4c600d546001600160a01b031690565b6001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a87573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611aab91906145ea565b600b5460085465ffffffffffff90911690600160301b900463ffffffff1660085465ffffffffffff16856001600160a01b031663514194f36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b10573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b34919061477e565b6001600160401b0316611b479190614633565b611b519190614633565b611b5b9190614633565b611b659190614633565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611bc4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611be8919061477e565b6001600160401b0316905081818082106118ed57604051630bdfc79360e21b815260048101929092526024820152604401610c95565b5f5f611c2983612847565b90506005816007811115611c3f57611c3f613f0f565b14611c4a5792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611ca0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cc491906147a4565b15611cd3575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611d1a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d3e91906147a4565b15611d4d575060079392505050565b5060029392505050565b5f80611d6284610ef4565b6007811115611d7357611d73613f0f565b1480156114d15750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61143285858585612978565b6060610b5c611dba8363ffffffff16565b612a0f565b5f61143285858585611ddb60408051602081019091525f815290565b611ead565b5f610f5485611ea77f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611e328c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611e8c98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612a81565b84612aad565b5f611ebc86610c726001611852565b505f611ed186611ecb89610ebb565b85612256565b90505f611ee18888888588612b1d565b905083515f03611f3757866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611f2a94939291906147c3565b60405180910390a2611f81565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611f789594939291906147ea565b60405180910390a25b610f5488612c19565b5f5f5f611f9685612c22565b9250925050838265ffffffffffff161115611fc357611fbe611fb785612c7a565b8690612cac565b611fc5565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015612054576001915050610b5c565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b1461208557600192505050610b5c565b5f5f61209586602a860386612d4e565b91509150811580610f545750866001600160a01b0316816001600160a01b031614979650505050505050565b5f6120cf8686868686612df7565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631dc2409161211161210c84610ebb565b612c7a565b6040516001600160e01b031960e084901b16815265ffffffffffff90911660048201526024015f604051808303815f87803b15801561214e575f5ffd5b505af1158015612160573d5f5f3e3d5ffd5b5050505095945050505050565b6060610af17f000000000000000000000000000000000000000000000000000000000000000061301a565b6060610af17f000000000000000000000000000000000000000000000000000000000000000061301a565b5f61143283611ea77ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886122158a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611e8c565b5f610af143612c7a565b604051631514119f60e31b81526001600160a01b038481166004830152602482018490525f917f00000000000000000000000000000000000000000000000000000000000000009091169063a8a08cf890604401602060405180830381865afa1580156122c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122e991906145ea565b6122f4858585613057565b6114ce9190614633565b80545f90801561233a5761232483612317600184614823565b5f91825260209091200190565b54600160301b90046001600160d01b03166114d1565b5f9392505050565b61234a611744565b610b73816130ea565b5f610b5c61236083613153565b5f848152600c602052604090205465ffffffffffff16613195565b6060821561238a575080610b5c565b81511561239f5761239a826131a4565b610b5c565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f036123e05760405163f1cfbf0560e01b81525f6004820152602401610c95565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f6124a286866131ac565b91509150815f036124c6578381816124bc576124bc614836565b04925050506114d1565b8184116124dd576124dd60038515026011186127a6565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f612551846131c8565b91509150816114d1576114d160316127a6565b5f6001600160d01b03821115612597576040516306dfcc6560e41b815260d0600482015260248101839052604401610c95565b5090565b5f806125a885858561323c565b915091505b935093915050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612607573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061262b91906145ea565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f4279061267c908a908a908a905f90889060040161484a565b602060405180830381865afa158015612697573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126bb91906145ea565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb091612705918b918b918b919088908a90600401614897565b5f604051808303815f87803b15801561271c575f5ffd5b505af115801561272e573d5f5f3e3d5ffd5b505050506110ef824261210c9190614633565b81545f906001600160801b03600160801b82048116918116600183019091160361276e575f915050610b5c565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161280295949392919061484a565b5f604051808303818588803b158015612819575f5ffd5b505af115801561282b573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561287b57506007949350505050565b801561288c57506002949350505050565b5f61289686610ebb565b9050805f036128bb57604051636ad0607560e01b815260048101879052602401610c95565b5f6128c461143b565b65ffffffffffff1690508082106128e157505f9695505050505050565b5f6128eb88611564565b905081811061290257506001979650505050505050565b61290b8861338c565b158061292a57505f888152600960205260409020805460019091015411155b1561293d57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361296a57506004979650505050505050565b506005979650505050505050565b5f5f612986868686866133c2565b5f818152600e60205260409020549091508015612a0557600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b1580156129e0575f5ffd5b505af11580156129f2573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612a1961224c565b65ffffffffffff168265ffffffffffff1614612a48576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b5c612a8d613482565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612b0b575f5f612acb85856135ab565b5090925090505f816003811115612ae457612ae4613f0f565b148015612b025750856001600160a01b0316826001600160a01b0316145b925050506114d1565b612b168484846135f4565b90506114d1565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612b6f576040516371c6af4960e01b81526001600160a01b0387166004820152602401610c95565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612bb85783815f015f828254612bad9190614633565b90915550612c0e9050565b5f1960ff861601612bd65783816001015f828254612bad9190614633565b60011960ff861601612bf55783816002015f828254612bad9190614633565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610b7381613659565b80545f9081908190808203612c40575f5f5f93509350935050611010565b5f612c5086612317600185614823565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611010915050565b5f65ffffffffffff821115612597576040516306dfcc6560e41b81526030600482015260248101839052604401610c95565b81545f9081816005811115612d08575f612cc58461372d565b612ccf9085614823565b5f8881526020902090915081015465ffffffffffff9081169087161015612cf857809150612d06565b612d03816001614633565b92505b505b5f612d1587878585613885565b90508015612d4257612d2c87612317600184614823565b54600160301b90046001600160d01b0316610f54565b505f9695505050505050565b5f5f8451831180612d5e57508284115b15612d6d57505f9050806125ad565b5f612d79856001614633565b84118015612da1575061060f60f31b612d958787016020015190565b6001600160f01b031916145b90505f612db182151560026148ee565b612dbc906028614633565b905080612dc98787614823565b03612dea575f5f612ddb8989896138db565b90965094506125ad9350505050565b5f5f9350935050506125ad565b5f612e0b8686868680519060200120611502565b905084518651141580612e2057508351865114155b80612e2a57508551155b15612e5f57855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c95565b5f81815260046020526040902054600160a01b900465ffffffffffff1615612ea85780612e8b82610ef4565b6040516331b75e4d60e01b8152610c959291905f90600401614741565b5f612eba60085465ffffffffffff1690565b612ec261143b565b65ffffffffffff16612ed49190614633565b90505f612eee60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150612f2083612c7a565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155612f4d8261399c565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115612fb057612fb0613bc5565b604051908082528060200260200182016040528015612fe357816020015b6060815260200190600190039081612fce5790505b508c89612ff08a82614633565b8e60405161300699989796959493929190614905565b60405180910390a150505095945050505050565b60605f613026836139cc565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa1580156130c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114ce91906145ea565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f8181526004602052604081205461318790600160d01b810463ffffffff1690600160a01b900465ffffffffffff166149e0565b65ffffffffffff1692915050565b5f8282188284110282186114d1565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b90041681036131f357505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015613332575f61325887612317600185614823565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561329b57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036132d457825465ffffffffffff16600160301b6001600160d01b03891602178355613324565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506125ad92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816125ad565b5f818152600960205260408120600281015460018201546133ad9190614633565b6133b9610aa785610ebb565b11159392505050565b5f5f6133d086868686611502565b905061341e816133e06007611852565b6133ea6006611852565b6133f46002611852565b60016134016007826149fe565b61340c906002614af2565b6134169190614823565b181818611874565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906134719083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156134da57507f000000000000000000000000000000000000000000000000000000000000000046145b1561350457507f000000000000000000000000000000000000000000000000000000000000000090565b610af1604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f83516041036135e2576020840151604085015160608601515f1a6135d4888285856139f3565b9550955095505050506135ed565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff1615801561368057506136808161338c565b15610b73575f613697600b5465ffffffffffff1690565b61369f61143b565b6136a991906149e0565b90506136b482611564565b8165ffffffffffff1611156137015760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f6001821161373a575090565b816001600160801b82106137535760809190911c9060401b5b68010000000000000000821061376e5760409190911c9060201b5b64010000000082106137855760209190911c9060101b5b62010000821061379a5760109190911c9060081b5b61010082106137ae5760089190911c9060041b5b601082106137c15760049190911c9060021b5b600482106137cd5760011b5b600302600190811c908185816137e5576137e5614836565b048201901c905060018185816137fd576137fd614836565b048201901c9050600181858161381557613815614836565b048201901c9050600181858161382d5761382d614836565b048201901c9050600181858161384557613845614836565b048201901c9050600181858161385d5761385d614836565b048201901c905061387c81858161387657613876614836565b04821190565b90039392505050565b5f5b818310156138d3575f85815260209020838316600285851804019081015465ffffffffffff868116911611156138bf578092506138cd565b6138ca816001614633565b93505b50613887565b509392505050565b5f8084816138ea866001614633565b85118015613912575061060f60f31b6139068388016020015190565b6001600160f01b031916145b90505f61392282151560026148ee565b90505f80613930838a614633565b90505b8781101561398b575f61395161394c8784016020015190565b613abb565b9050600f8160ff161115613970575f5f975097505050505050506125ad565b61397b6010846148ee565b60ff909116019150600101613933565b506001999098509650505050505050565b5f63ffffffff821115612597576040516306dfcc6560e41b81526020600482015260248101839052604401610c95565b5f60ff8216601f811115610b5c57604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613a2c57505f91506003905082613ab1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613a7d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613aa857505f925060019150829050613ab1565b92505f91508190505b9450945094915050565b5f60f882901c602f81118015613ad45750603a8160ff16105b15613ae257602f1901610b5c565b60608160ff16118015613af8575060678160ff16105b15613b065760561901610b5c565b60408160ff16118015613b1c575060478160ff16105b15613b2a5760361901610b5c565b5060ff92915050565b5f60208284031215613b43575f5ffd5b81356001600160e01b0319811681146114d1575f5ffd5b5f60208284031215613b6a575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114d16020830184613b71565b6001600160a01b0381168114610b73575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715613c0157613c01613bc5565b604052919050565b5f6001600160401b03821115613c2157613c21613bc5565b50601f01601f191660200190565b5f613c41613c3c84613c09565b613bd9565b9050828152838383011115613c54575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112613c79575f5ffd5b6114d183833560208501613c2f565b5f5f5f5f60808587031215613c9b575f5ffd5b8435613ca681613bb1565b93506020850135613cb681613bb1565b92506040850135915060608501356001600160401b03811115613cd7575f5ffd5b613ce387828801613c6a565b91505092959194509250565b5f6001600160401b03821115613d0757613d07613bc5565b5060051b60200190565b5f82601f830112613d20575f5ffd5b8135613d2e613c3c82613cef565b8082825260208201915060208360051b860101925085831115613d4f575f5ffd5b602085015b83811015612a05578035613d6781613bb1565b835260209283019201613d54565b5f82601f830112613d84575f5ffd5b8135613d92613c3c82613cef565b8082825260208201915060208360051b860101925085831115613db3575f5ffd5b602085015b83811015612a05578035835260209283019201613db8565b5f82601f830112613ddf575f5ffd5b8135613ded613c3c82613cef565b8082825260208201915060208360051b860101925085831115613e0e575f5ffd5b602085015b83811015612a055780356001600160401b03811115613e30575f5ffd5b613e3f886020838a0101613c6a565b84525060209283019201613e13565b5f5f5f5f60808587031215613e61575f5ffd5b84356001600160401b03811115613e76575f5ffd5b613e8287828801613d11565b94505060208501356001600160401b03811115613e9d575f5ffd5b613ea987828801613d75565b93505060408501356001600160401b03811115613ec4575f5ffd5b613ed087828801613dd0565b949793965093946060013593505050565b65ffffffffffff81168114610b73575f5ffd5b5f60208284031215613f04575f5ffd5b81356114d181613ee1565b634e487b7160e01b5f52602160045260245ffd5b60088110613f3f57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b5c8284613f23565b5f5f60408385031215613f62575f5ffd5b823591506020830135613f7481613bb1565b809150509250929050565b803560ff81168114610fed575f5ffd5b5f5f60408385031215613fa0575f5ffd5b82359150613fb060208401613f7f565b90509250929050565b5f5f83601f840112613fc9575f5ffd5b5081356001600160401b03811115613fdf575f5ffd5b602083019150836020828501011115613ff6575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215614013575f5ffd5b8735965061402360208901613f7f565b9550604088013561403381613bb1565b945060608801356001600160401b0381111561404d575f5ffd5b6140598a828b01613fb9565b90955093505060808801356001600160401b03811115614077575f5ffd5b6140838a828b01613c6a565b92505060a08801356001600160401b0381111561409e575f5ffd5b6140aa8a828b01613c6a565b91505092959891949750929550565b5f5f5f5f5f608086880312156140cd575f5ffd5b853594506140dd60208701613f7f565b935060408601356001600160401b038111156140f7575f5ffd5b61410388828901613fb9565b90945092505060608601356001600160401b03811115614121575f5ffd5b61412d88828901613c6a565b9150509295509295909350565b5f6020828403121561414a575f5ffd5b81356114d181613bb1565b5f5f5f5f60608587031215614168575f5ffd5b8435935061417860208601613f7f565b925060408501356001600160401b03811115614192575f5ffd5b61419e87828801613fb9565b95989497509550505050565b5f5f5f5f608085870312156141bd575f5ffd5b84356001600160401b038111156141d2575f5ffd5b6141de87828801613d11565b94505060208501356001600160401b038111156141f9575f5ffd5b61420587828801613d75565b93505060408501356001600160401b03811115614220575f5ffd5b61422c87828801613dd0565b92505060608501356001600160401b03811115614247575f5ffd5b8501601f81018713614257575f5ffd5b613ce387823560208401613c2f565b5f8151808452602084019350602083015f5b82811015614296578151865260209586019590910190600101614278565b5093949350505050565b60ff60f81b8816815260e060208201525f6142be60e0830189613b71565b82810360408401526142d08189613b71565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506143018185614266565b9a9950505050505050505050565b5f5f5f5f60808587031215614322575f5ffd5b8435935061433260208601613f7f565b9250604085013561434281613bb1565b915060608501356001600160401b03811115613cd7575f5ffd5b5f5f5f6060848603121561436e575f5ffd5b833561437981613bb1565b92506020840135915060408401356001600160401b0381111561439a575f5ffd5b6143a686828701613c6a565b9150509250925092565b5f5f5f5f5f60a086880312156143c4575f5ffd5b85356143cf81613bb1565b945060208601356143df81613bb1565b935060408601356001600160401b038111156143f9575f5ffd5b61440588828901613d75565b93505060608601356001600160401b03811115614420575f5ffd5b61442c88828901613d75565b92505060808601356001600160401b03811115614121575f5ffd5b5f5f5f5f6060858703121561445a575f5ffd5b843561446581613bb1565b93506020850135925060408501356001600160401b03811115614192575f5ffd5b5f60208284031215614496575f5ffd5b813563ffffffff811681146114d1575f5ffd5b5f5f604083850312156144ba575f5ffd5b82356144c581613bb1565b946020939093013593505050565b5f5f5f5f5f60a086880312156144e7575f5ffd5b85356144f281613bb1565b9450602086013561450281613bb1565b9350604086013592506060860135915060808601356001600160401b03811115614121575f5ffd5b600181811c9082168061453e57607f821691505b60208210810361455c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614586575f5ffd5b81516001600160401b0381111561459b575f5ffd5b8201601f810184136145ab575f5ffd5b80516145b9613c3c82613c09565b8181528560208385010111156145cd575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b5f602082840312156145fa575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610b5c57610b5c614601565b80820180821115610b5c57610b5c614601565b5f60208284031215614656575f5ffd5b81516114d181613ee1565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b828110156142965781516001600160a01b0316865260209586019590910190600101614682565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d3f57601f198584030188526146e1838351613b71565b60209889019890935091909101906001016146c5565b608081525f6147096080830187614670565b828103602084015261471b8187614266565b9050828103604084015261472f81866146a9565b91505082606083015295945050505050565b838152606081016147556020830185613f23565b826040830152949350505050565b5f60208284031215614773575f5ffd5b81516114d181613bb1565b5f6020828403121561478e575f5ffd5b81516001600160401b03811681146114d1575f5ffd5b5f602082840312156147b4575f5ffd5b815180151581146114d1575f5ffd5b84815260ff84166020820152826040820152608060608201525f6112f36080830184613b71565b85815260ff8516602082015283604082015260a060608201525f61481160a0830185613b71565b82810360808401526110ef8185613b71565b81810381811115610b5c57610b5c614601565b634e487b7160e01b5f52601260045260245ffd5b60a081525f61485c60a0830188614670565b828103602084015261486e8188614266565b9050828103604084015261488281876146a9565b60608401959095525050608001529392505050565b60c081525f6148a960c0830189614670565b82810360208401526148bb8189614266565b905082810360408401526148cf81886146a9565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b5c57610b5c614601565b8981526001600160a01b0389166020820152610120604082018190525f9061492f9083018a614670565b8281036060840152614941818a614266565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561499857601f19868403018552614982838351613b71565b6020958601959093509190910190600101614966565b505085810360a08701526149ac818b6146a9565b93505050508560c08401528460e08401528281036101008401526149d08185613b71565b9c9b505050505050505050505050565b65ffffffffffff8181168382160190811115610b5c57610b5c614601565b60ff8181168382160190811115610b5c57610b5c614601565b6001815b60018411156125ad57808504811115614a3657614a36614601565b6001841615614a4457908102905b60019390931c928002614a1b565b5f82614a6057506001610b5c565b81614a6c57505f610b5c565b8160018114614a825760028114614a8c57614aa8565b6001915050610b5c565b60ff841115614a9d57614a9d614601565b50506001821b610b5c565b5060208310610133831016604e8410600b8410161715614acb575081810a610b5c565b614ad75f198484614a17565b805f1904821115614aea57614aea614601565b029392505050565b5f6114d160ff841683614a5256fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\xA0`@R4\x80\x15a\0\x10W__\xFD[P`@QaVd8\x03\x80aVd\x839\x81\x01`@\x81\x90Ra\0/\x91a\x08\x04V[\x81\x81`\x80\x01Q\x82``\x01Q\x86\x84_\x01Q\x85` \x01Q\x86`@\x01Q`@Q\x80`@\x01`@R\x80`\x0C\x81R` \x01k \xA6*\x10#\xB7\xBB2\xB977\xB9`\xA1\x1B\x81RP\x80a\0}a\x01\x95` \x1B` \x1CV[a\0\x86\x82a\x01\xB0V[a\x01 Ra\0\x93\x81a\x01\xB0V[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\x1F`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R`\x03a\x014\x82\x82a\t\\V[Pa\x01@\x90P\x83a\x01\xF6V[a\x01I\x82a\x02\\V[a\x01R\x81a\x02\xFBV[PPP`\x01`\x01`\xA0\x1B\x03\x16a\x01`Ra\x01k\x81a\x03<V[Pa\x01u\x81a\x03\xD1V[Pa\x01\x7F\x81a\x04}V[PPP`\x01`\x01`\xA0\x1B\x03\x16a\x01\x80RPa\n\xACV[`@\x80Q\x80\x82\x01\x90\x91R`\x01\x81R`1`\xF8\x1B` \x82\x01R\x90V[__\x82\x90P`\x1F\x81Q\x11\x15a\x01\xE3W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01\xDA\x91\x90a\n\x16V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01\xEE\x82a\nKV[\x17\x93\x92PPPV[`\x08T`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xC5e\xB0E@=\xC0<.\xEA\x82\xB8\x1A\x04e\xED\xAD\x9E.\x7F\xC4\xD9~\x11B\x1C \x9D\xA9=z\x93\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80c\xFF\xFF\xFF\xFF\x16_\x03a\x02\x84W`@Qc\xF1\xCF\xBF\x05`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x01\xDAV[`\x08T`@\x80Qc\xFF\xFF\xFF\xFFf\x01\0\0\0\0\0\0\x90\x93\x04\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F~?\x7F\x07\x08\xA8M\xE9 06\xAB\xAAE\r\xCC\xC8Z\xD5\xFFR\xF7\x8C\x17\x0F>\xDBU\xCF^\x88(\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Tc\xFF\xFF\xFF\xFF\x90\x92\x16f\x01\0\0\0\0\0\0\x02c\xFF\xFF\xFF\xFF`0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x07T`@\x80Q\x91\x82R` \x82\x01\x83\x90R\x7F\xCC\xB4]\xA8\xD5q~lEDiB\x97\xC4\xBA\\\xF1Q\xD4U\xC9\xBB\x0E\xD4\xFCz8A\x1B\xC0Ta\x91\x01`@Q\x80\x91\x03\x90\xA1`\x07UV[`d\x80\x82\x11\x15a\x03iW`@Qc$>TE`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\x01\xDAV[_a\x03ra\x04\xE6V[\x90Pa\x03\x91a\x03\x7Fa\x04\xFFV[a\x03\x88\x85a\x05yV[`\n\x91\x90a\x05\xB0V[PP`@\x80Q\x82\x81R` \x81\x01\x85\x90R\x7F\x05SGk\xF0.\xF2rn\x8C\xE5\xCE\xD7\x8Dc\xE2n`.J\"W\xB1\xF5YA\x8E$\xB4c9\x97\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[_a\x03\xDAa\x05\xCAV[\x90P\x80\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x04\x16W`@Qc2\x11\x87m`\xE1\x1B\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x01\xDAV[`\x0BT`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x84\x16` \x83\x01R\x7F|\xA4\xAC\x11~\xD3\xCD\xCEu\xC1\x16\x1D\x82\x07\xC4@8\x9B\x1A\x15\xD6\x9D\th1fFW\xC0}\xAF\xC2\x91\x01`@Q\x80\x91\x03\x90\xA1P`\x0B\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[`\rT`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\x08\xF7N\xA4n\xF7\x89Oe\xEA\xBF\xB5\xE6\xE6\x95\xDEw:\0\x0BG\xC5)\xABU\x91x\x06\x9B\"d\x01\x91\x01`@Q\x80\x91\x03\x90\xA1`\r\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_a\x04\xF1`\na\x05\xE4V[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x90V[_a\x05\na\x01`Q\x90V[`\x01`\x01`\xA0\x1B\x03\x16c\x91\xDD\xAD\xF4`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x05cWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x05`\x91\x81\x01\x90a\nnV[`\x01[a\x05tWa\x05oa\x06,V[\x90P\x90V[\x91\x90PV[_`\x01`\x01`\xD0\x1B\x03\x82\x11\x15a\x05\xACW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\xD0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01\xDAV[P\x90V[_\x80a\x05\xBD\x85\x85\x85a\x066V[\x91P\x91P[\x93P\x93\x91PPV[_a\x05o`\x08Tf\x01\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x90V[\x80T_\x90\x80\x15a\x06#Wa\x06\n\x83a\x05\xFD`\x01\x84a\n\x87V[_\x91\x82R` \x90\x91 \x01\x90V[Tf\x01\0\0\0\0\0\0\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x06%V[_[\x93\x92PPPV[_a\x05oCa\x07\x92V[\x82T_\x90\x81\x90\x80\x15a\x075W_a\x06R\x87a\x05\xFD`\x01\x85a\n\x87V[\x80T\x90\x91Pe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x91f\x01\0\0\0\0\0\0\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x90\x88\x16\x82\x11\x15a\x06\x98W`@Qc% `\x1D`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x87e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a\x06\xD4W\x82Te\xFF\xFF\xFF\xFF\xFF\xFF\x16f\x01\0\0\0\0\0\0`\x01`\x01`\xD0\x1B\x03\x89\x16\x02\x17\x83Ua\x07'V[`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8A\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x8A\x16` \x80\x85\x01\x91\x82R\x8DT`\x01\x81\x01\x8FU_\x8F\x81R\x91\x90\x91 \x94Q\x91Q\x90\x92\x16f\x01\0\0\0\0\0\0\x02\x92\x16\x91\x90\x91\x17\x91\x01U[\x94P\x85\x93Pa\x05\xC2\x92PPPV[PP`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x85\x16` \x80\x85\x01\x91\x82R\x88T`\x01\x81\x01\x8AU_\x8A\x81R\x91\x82 \x95Q\x92Q\x90\x93\x16f\x01\0\0\0\0\0\0\x02\x91\x90\x93\x16\x17\x92\x01\x91\x90\x91U\x90P\x81a\x05\xC2V[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x05\xACW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x01\xDAV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x07\xD8W__\xFD[PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x05tW__\xFD[____\x84\x86\x03a\x01\0\x81\x12\x15a\x08\x19W__\xFD[\x85Qa\x08$\x81a\x07\xC4V[` \x87\x01Q\x90\x95Pa\x085\x81a\x07\xC4V[`@\x87\x01Q\x90\x94Pa\x08F\x81a\x07\xC4V[\x92P`\xA0`_\x19\x82\x01\x12\x15a\x08YW__\xFD[P`@Q`\xA0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x08|Wa\x08|a\x07\xDBV[`@Ra\x08\x8B``\x87\x01a\x07\xEFV[\x81R`\x80\x86\x01Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x08\xA3W__\xFD[` \x82\x01R`\xA0\x86\x01Q`@\x82\x01R`\xC0\x86\x01Q``\x82\x01Ra\x08\xC8`\xE0\x87\x01a\x07\xEFV[`\x80\x82\x01R\x93\x96\x92\x95P\x90\x93PPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x08\xECW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\t\nWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\tWW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\t5WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\tTW_\x81U`\x01\x01a\tAV[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\tuWa\tua\x07\xDBV[a\t\x89\x81a\t\x83\x84Ta\x08\xD8V[\x84a\t\x10V[` `\x1F\x82\x11`\x01\x81\x14a\t\xBBW_\x83\x15a\t\xA4WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\tTV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\t\xEAW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\t\xCAV[P\x84\x82\x10\x15a\n\x07W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\t\nW_\x19` \x91\x90\x91\x03`\x03\x1B\x1B\x16\x91\x90PV[_` \x82\x84\x03\x12\x15a\n~W__\xFD[a\x06%\x82a\x07\xEFV[\x81\x81\x03\x81\x81\x11\x15a\n\xA6WcNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80QaK\ra\x0BW_9_\x81\x81a\x06\x14\x01R\x81\x81a\x11p\x01R\x81\x81a\x19\xA8\x01R\x81\x81a\x1Bj\x01R\x81\x81a \xD3\x01Ra\"~\x01R_\x81\x81a\n\xBA\x01R\x81\x81a\x0Fc\x01R\x81\x81a\x11\xDD\x01R\x81\x81a\x14>\x01R\x81\x81a\x16\xCB\x01Ra0Z\x01R_a!\x9F\x01R_a!t\x01R_a5[\x01R_a53\x01R_a4\x8E\x01R_a4\xB8\x01R_a4\xE2\x01RaK\r_\xF3\xFE`\x80`@R`\x046\x10a\x03\x10W_5`\xE0\x1C\x80c{<q\xD3\x11a\x01\xA3W\x80c\xB5\x811\xB0\x11a\0\xF2W\x80c\xDE\xAA\xA7\xCC\x11a\0\x92W\x80c\xEC\xE4\x0C\xC1\x11a\0mW\x80c\xEC\xE4\x0C\xC1\x14a\nOW\x80c\xF2:na\x14a\nnW\x80c\xF8\xCEV\n\x14a\n\x8DW\x80c\xFC\x0CTj\x14a\n\xACW__\xFD[\x80c\xDE\xAA\xA7\xCC\x14a\t\xDEW\x80c\xE5@\xD0\x1D\x14a\n\x11W\x80c\xEB\x90\x19\xD4\x14a\n0W__\xFD[\x80c\xC2\x8B\xC2\xFA\x11a\0\xCDW\x80c\xC2\x8B\xC2\xFA\x14a\tJW\x80c\xC5\x90W\xE4\x14a\t]W\x80c\xD32\x19\xB4\x14a\t|W\x80c\xDDN+\xA5\x14a\t\x99W__\xFD[\x80c\xB5\x811\xB0\x14a\x08\xF8W\x80c\xBC\x19|\x81\x14a\t\x0CW\x80c\xC0\x1F\x9E7\x14a\t+W__\xFD[\x80c\x97\xC3\xD34\x11a\x01]W\x80c\xA8\x90\xC9\x10\x11a\x018W\x80c\xA8\x90\xC9\x10\x14a\x08eW\x80c\xA8\xF8\xA6h\x14a\x08\x84W\x80c\xA9\xA9R\x94\x14a\x08\xA3W\x80c\xABX\xFB\x8E\x14a\x08\xC2W__\xFD[\x80c\x97\xC3\xD34\x14a\x08\x1FW\x80c\x9A\x80*m\x14a\x082W\x80c\xA7q:p\x14a\x08QW__\xFD[\x80c{<q\xD3\x14a\x07SW\x80c}^\x81\xE2\x14a\x07rW\x80c~\xCE\xBE\0\x14a\x07\x91W\x80c\x84\xB0\x19n\x14a\x07\xC5W\x80c\x8F\xF2b\xE3\x14a\x07\xECW\x80c\x91\xDD\xAD\xF4\x14a\x08\x0BW__\xFD[\x80c>OI\xE6\x11a\x02_W\x80cT\xFDMP\x11a\x02\x19W\x80c_9\x8A\x14\x11a\x01\xF4W\x80c_9\x8A\x14\x14a\x06\xD7W\x80c`\xC4$\x7F\x14a\x06\xF6W\x80cp\xEA\x96H\x14a\x07\x15W\x80cy\x05\x18\x87\x14a\x074W__\xFD[\x80cT\xFDMP\x14a\x06pW\x80cVx\x13\x88\x14a\x06\x99W\x80c[\x8D\x0E\r\x14a\x06\xB8W__\xFD[\x80c>OI\xE6\x14a\x05\\W\x80cC\x85\x962\x14a\x05\x88W\x80cE!\x15\xD6\x14a\x05\xD0W\x80cK\xF5\xD7\xE9\x14a\x05\xEFW\x80cL\xF0\x88\xD9\x14a\x06\x03W\x80cTO\xFC\x9C\x14a\x066W__\xFD[\x80c\x16\x0C\xBE\xD7\x11a\x02\xCAW\x80c/\xE3\xE2a\x11a\x02\xA5W\x80c/\xE3\xE2a\x14a\x04\xBFW\x80c2\xB8\x11>\x14a\x04\xF2W\x80c3\r\xF7\xFF\x14a\x05!W\x80c92\xAB\xB1\x14a\x05@W__\xFD[\x80c\x16\x0C\xBE\xD7\x14a\x04nW\x80c&V\"}\x14a\x04\x8DW\x80c-c\xF6\x93\x14a\x04\xA0W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x03KW\x80c\x02\xA2Q\xA3\x14a\x03\x7FW\x80c\x06\xF3\xF9\xE6\x14a\x03\xAAW\x80c\x06\xFD\xDE\x03\x14a\x03\xC9W\x80c\x144\x89\xD0\x14a\x03\xEAW\x80c\x15\x0Bz\x02\x14a\x046W__\xFD[6a\x03GW0a\x03\x1Ea\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x03EW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\0[__\xFD[4\x80\x15a\x03VW__\xFD[Pa\x03ja\x03e6`\x04a;3V[a\n\xF6V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x03\x8AW__\xFD[P`\x08T`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16[`@Q\x90\x81R` \x01a\x03vV[4\x80\x15a\x03\xB5W__\xFD[Pa\x03Ea\x03\xC46`\x04a;ZV[a\x0BbV[4\x80\x15a\x03\xD4W__\xFD[Pa\x03\xDDa\x0BvV[`@Qa\x03v\x91\x90a;\x9FV[4\x80\x15a\x03\xF5W__\xFD[Pa\x04\x1Ea\x04\x046`\x04a;ZV[_\x90\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x04AW__\xFD[Pa\x04Ua\x04P6`\x04a<\x88V[a\x0C\x06V[`@Q`\x01`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x04yW__\xFD[Pa\x03\x9Ca\x04\x886`\x04a>NV[a\x0CHV[a\x03\x9Ca\x04\x9B6`\x04a>NV[a\rKV[4\x80\x15a\x04\xABW__\xFD[Pa\x03\x9Ca\x04\xBA6`\x04a;ZV[a\x0E\xBBV[4\x80\x15a\x04\xCAW__\xFD[Pa\x03\x9C\x7F>\x83\x94fSW_\x9A9\0^\x15E\x18V)\xE9'6\xB7R\x8A\xB2\x0C\xA3\x81o1T$\xA8\x11\x81V[4\x80\x15a\x04\xFDW__\xFD[P`\x0BTe\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x05,W__\xFD[Pa\x03Ea\x05;6`\x04a>\xF4V[a\x0E\xDBV[4\x80\x15a\x05KW__\xFD[P`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\x9CV[4\x80\x15a\x05gW__\xFD[Pa\x05{a\x05v6`\x04a;ZV[a\x0E\xF4V[`@Qa\x03v\x91\x90a?CV[4\x80\x15a\x05\x93W__\xFD[Pa\x03ja\x05\xA26`\x04a?QV[_\x82\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R`\x03\x01\x90\x91R\x90 T`\xFF\x16\x92\x91PPV[4\x80\x15a\x05\xDBW__\xFD[Pa\x03\x9Ca\x05\xEA6`\x04a>NV[a\x0E\xFEV[4\x80\x15a\x05\xFAW__\xFD[Pa\x03\xDDa\x0F_V[4\x80\x15a\x06\x0EW__\xFD[Pa\x04\x1E\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06AW__\xFD[Pa\x06Ua\x06P6`\x04a;ZV[a\x0F\xF2V[`@\x80Q\x93\x84R` \x84\x01\x92\x90\x92R\x90\x82\x01R``\x01a\x03vV[4\x80\x15a\x06{W__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R`\x01\x81R`1`\xF8\x1B` \x82\x01Ra\x03\xDDV[4\x80\x15a\x06\xA4W__\xFD[Pa\x03\x9Ca\x06\xB36`\x04a?\x8FV[a\x10\x17V[4\x80\x15a\x06\xC3W__\xFD[Pa\x03\x9Ca\x06\xD26`\x04a?\xFDV[a\x10>V[4\x80\x15a\x06\xE2W__\xFD[Pa\x03\x9Ca\x06\xF16`\x04a@\xB9V[a\x10\xFBV[4\x80\x15a\x07\x01W__\xFD[Pa\x03\x9Ca\x07\x106`\x04a;ZV[a\x11CV[4\x80\x15a\x07 W__\xFD[Pa\x03\x9Ca\x07/6`\x04aA:V[a\x11OV[4\x80\x15a\x07?W__\xFD[Pa\x03Ea\x07N6`\x04a>\xF4V[a\x12\x9CV[4\x80\x15a\x07^W__\xFD[Pa\x03\x9Ca\x07m6`\x04aAUV[a\x12\xADV[4\x80\x15a\x07}W__\xFD[Pa\x03\x9Ca\x07\x8C6`\x04aA\xAAV[a\x12\xFDV[4\x80\x15a\x07\x9CW__\xFD[Pa\x03\x9Ca\x07\xAB6`\x04aA:V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 T\x90V[4\x80\x15a\x07\xD0W__\xFD[Pa\x07\xD9a\x13\xA1V[`@Qa\x03v\x97\x96\x95\x94\x93\x92\x91\x90aB\xA0V[4\x80\x15a\x07\xF7W__\xFD[Pa\x03\x9Ca\x08\x066`\x04aC\x0FV[a\x13\xE3V[4\x80\x15a\x08\x16W__\xFD[Pa\x05\na\x14;V[4\x80\x15a\x08*W__\xFD[P`da\x03\x9CV[4\x80\x15a\x08=W__\xFD[Pa\x03\x9Ca\x08L6`\x04aC\\V[a\x14\xC2V[4\x80\x15a\x08\\W__\xFD[Pa\x03\x9Ca\x14\xD8V[4\x80\x15a\x08pW__\xFD[Pa\x03Ea\x08\x7F6`\x04aA:V[a\x14\xF1V[4\x80\x15a\x08\x8FW__\xFD[Pa\x03\x9Ca\x08\x9E6`\x04a>NV[a\x15\x02V[4\x80\x15a\x08\xAEW__\xFD[Pa\x03ja\x08\xBD6`\x04a;ZV[a\x15\x0FV[4\x80\x15a\x08\xCDW__\xFD[Pa\x03\x9Ca\x08\xDC6`\x04a;ZV[_\x90\x81R`\x04` R`@\x90 `\x01\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[4\x80\x15a\t\x03W__\xFD[Pa\x03\x9Ca\x15\x17V[4\x80\x15a\t\x17W__\xFD[Pa\x04Ua\t&6`\x04aC\xB0V[a\x15!V[4\x80\x15a\t6W__\xFD[Pa\x03\x9Ca\tE6`\x04a;ZV[a\x15dV[a\x03Ea\tX6`\x04aDGV[a\x15nV[4\x80\x15a\thW__\xFD[Pa\x03\x9Ca\tw6`\x04a>NV[a\x15\xEAV[4\x80\x15a\t\x87W__\xFD[P`\rT`\x01`\x01`\xA0\x1B\x03\x16a\x04\x1EV[4\x80\x15a\t\xA4W__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R` \x80\x82R\x7Fsupport=bravo&quorum=for,abstain\x90\x82\x01Ra\x03\xDDV[4\x80\x15a\t\xE9W__\xFD[Pa\x03\x9C\x7F\xF2\xAA\xD5P\xCFU\xF0E\xCB'\xE9\xC5Y\xF9\x88\x9F\xDF\xB6\xE6\xCD\xAA\x03#\x01\xD6\xEA9w\x84\xAEQ\xD7\x81V[4\x80\x15a\n\x1CW__\xFD[Pa\x03Ea\n+6`\x04aD\x86V[a\x16#V[4\x80\x15a\n;W__\xFD[Pa\x03\x9Ca\nJ6`\x04aD\xA9V[a\x164V[4\x80\x15a\nZW__\xFD[Pa\x03Ea\ni6`\x04a;ZV[a\x16SV[4\x80\x15a\nyW__\xFD[Pa\x04Ua\n\x886`\x04aD\xD3V[a\x16dV[4\x80\x15a\n\x98W__\xFD[Pa\x03\x9Ca\n\xA76`\x04a;ZV[a\x16\xA7V[4\x80\x15a\n\xB7W__\xFD[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\x1EV[_a\n\xF1`\rT`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cf\xDE\xFEw`\xE1\x1B\x14\x80a\x0B&WP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c2\xA2\xADC`\xE1\x1B\x14[\x80a\x0BAWP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c\x02q\x18\x97`\xE5\x1B\x14[\x80a\x0B\\WPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[a\x0Bja\x17DV[a\x0Bs\x81a\x17\xBDV[PV[```\x03\x80Ta\x0B\x85\x90aE*V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0B\xB1\x90aE*V[\x80\x15a\x0B\xFCW\x80`\x1F\x10a\x0B\xD3Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0B\xFCV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0B\xDFW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90P\x90V[_0a\x0C\x10a\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0C7W`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\n\x85\xBD\x01`\xE1\x1B\x94\x93PPPPV[__a\x0CV\x86\x86\x86\x86a\x15\x02V[\x90P_a\x0Cb\x82a\x15\x0FV[\x90Pa\x0Cw\x82a\x0Cr`\x04a\x18RV[a\x18tV[P\x80a\x0C\x9EW`@Qc\xD88\xBC\xB7`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\x0C\xAC\x83\x89\x89\x89\x89a\x18\xB1V[\x90Pe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15a\r#W_\x83\x81R`\x04` \x90\x81R`@\x91\x82\x90 `\x01\x01\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81\x17\x90\x91U\x82Q\x86\x81R\x91\x82\x01R\x7F\x9A.B\xFDg\"\x81=i\x11>}\0y\xD3\xD9@\x17\x14(\xDFss\xDF\x9C\x7Fv\x17\xCF\xDA(\x92\x91\x01`@Q\x80\x91\x03\x90\xA1a\r?V[`@Qc\xAB-\x03\x11`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0C\x95V[P\x90\x96\x95PPPPPPV[__a\rY\x86\x86\x86\x86a\x15\x02V[\x90P_a\re\x82a\x15\x0FV[\x90Pa\r\x81\x82a\x0Cr\x83a\rzW`\x04a\x18RV[`\x05a\x18RV[P_\x82\x81R`\x04` R`@\x90 \x80T`\xFF`\xF0\x1B\x19\x16`\x01`\xF0\x1B\x17\x90U0a\r\xA9a\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0E2W_[\x87Q\x81\x10\x15a\x0E0W0`\x01`\x01`\xA0\x1B\x03\x16\x88\x82\x81Q\x81\x10a\r\xDEWa\r\xDEaEbV[` \x02` \x01\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x03a\x0E(Wa\x0E(\x86\x82\x81Q\x81\x10a\x0E\tWa\x0E\taEbV[` \x02` \x01\x01Q\x80Q\x90` \x01 `\x05a\x18\xBF\x90\x91\x90c\xFF\xFF\xFF\xFF\x16V[`\x01\x01a\r\xB9V[P[a\x0E?\x82\x88\x88\x88\x88a\x18\xE0V[0a\x0EHa\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0EtWP`\x05T`\x01`\x01`\x80\x1B\x03\x80\x82\x16`\x01`\x80\x1B\x90\x92\x04\x16\x14\x15[\x15a\x0E~W_`\x05U[`@Q\x82\x81R\x7Fq*\xE18?y\xAC\x85?\x8D\x88!Sw\x8E\x02`\xEF\x8F\x03\xB5\x04\xE2\x86n\x05\x93\xE0M+)\x1F\x90` \x01`@Q\x80\x91\x03\x90\xA1P\x95\x94PPPPPV[_\x90\x81R`\x04` R`@\x90 T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x0E\xE3a\x17DV[a\x0E\xEC\x81a\x18\xF4V[a\x0Bsa\x19\xA5V[_a\x0B\\\x82a\x1C\x1EV[__a\x0F\x0C\x86\x86\x86\x86a\x15\x02V[\x90P3a\x0F\x19\x82\x82a\x1DWV[a\x0FHW`@Qc\x8F\xE5\xD8\xA9`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x0C\x95V[a\x0FT\x87\x87\x87\x87a\x1D\x9CV[\x97\x96PPPPPPPV[``\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cK\xF5\xD7\xE9`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x0F\xDEWP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x0F\xDB\x91\x90\x81\x01\x90aEvV[`\x01[a\x0F\xEDWa\n\xF1a\x14;a\x1D\xA9V[\x91\x90PV[_\x81\x81R`\t` R`@\x90 \x80T`\x01\x82\x01T`\x02\x90\x92\x01T\x90\x91\x90[\x91\x93\x90\x92PV[_\x803\x90Pa\x106\x84\x82\x85`@Q\x80` \x01`@R\x80_\x81RPa\x1D\xBFV[\x94\x93PPPPV[_a\x10\x84\x88\x88\x88\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92P\x89\x91Pa\x1D\xE0\x90PV[a\x10\xACW`@Qc\x94\xABl\x07`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x0C\x95V[a\x10\xEF\x88\x87\x89\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92Pa\x1E\xAD\x91PPV[\x98\x97PPPPPPPPV[_\x803\x90Pa\x0FT\x87\x82\x88\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92Pa\x1E\xAD\x91PPV[_a\x0B\\`\n\x83a\x1F\x8AV[`@Qc\x90\x14\xD2\xFB`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x90\x14\xD2\xFB\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x11\xB7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11\xDB\x91\x90aE\xEAV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c:F\xB1\xA8\x84`\x01a\x12\x15a\x14;V[a\x12\x1F\x91\x90aF\x15V[`@Q`\x01`\x01`\xE0\x1B\x03\x19`\xE0\x85\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01Re\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x12nW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x12\x92\x91\x90aE\xEAV[a\x0B\\\x91\x90aF3V[a\x12\xA4a\x17DV[a\x0E\xEC\x81a\x1F\xD7V[_\x803\x90Pa\x12\xF3\x86\x82\x87\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1D\xBF\x92PPPV[\x96\x95PPPPPPV[_3a\x13\t\x81\x84a =V[\x81\x90a\x134W`@Qc\xD9\xB3\x95W`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x0C\x95V[P_a\x13>a\x15\x17V[\x90P\x80\x15a\x13\x94W_a\x13P\x83a\x11OV[\x90P\x82\x81\x83\x80\x82\x10\x15a\x13\x8FW`@Qca!w\x0B`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x93\x16`\x04\x84\x01R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x0C\x95V[PPPP[a\x0FT\x87\x87\x87\x87\x86a \xC1V[_``\x80___``a\x13\xB2a!mV[a\x13\xBAa!\x98V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R`\x0F`\xF8\x1B\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x13\xF0\x85\x85\x85\x85a!\xC3V[a\x14\x18W`@Qc\x94\xABl\x07`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x0C\x95V[a\x142\x85\x84\x86`@Q\x80` \x01`@R\x80_\x81RPa\x1D\xBFV[\x95\x94PPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x91\xDD\xAD\xF4`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x14\xB6WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x14\xB3\x91\x81\x01\x90aFFV[`\x01[a\x0F\xEDWa\n\xF1a\"LV[_a\x14\xCE\x84\x84\x84a\"VV[\x90P[\x93\x92PPPV[_a\x14\xE3`\na\"\xFEV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x90V[a\x14\xF9a\x17DV[a\x0E\xEC\x81a#BV[_a\x142\x85\x85\x85\x85a\x15\xEAV[_`\x01a\x0B\\V[_a\n\xF1`\x07T\x90V[_0a\x15+a\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15RW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\xBC\x19|\x81`\xE0\x1B\x95\x94PPPPPV[_a\x0B\\\x82a#SV[a\x15va\x17DV[__\x85`\x01`\x01`\xA0\x1B\x03\x16\x85\x85\x85`@Qa\x15\x93\x92\x91\x90aFaV[_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\x15\xCDW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x15\xD2V[``\x91P[P\x91P\x91Pa\x15\xE1\x82\x82a#{V[PPPPPPPV[_\x84\x84\x84\x84`@Q` \x01a\x16\x02\x94\x93\x92\x91\x90aF\xF7V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x90R\x80Q` \x90\x91\x01 \x95\x94PPPPPV[a\x16+a\x17DV[a\x0E\xEC\x81a#\xB8V[_a\x14\xD1\x83\x83a\x16N`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[a\"VV[a\x16[a\x17DV[a\x0Bs\x81a$TV[_0a\x16na\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x16\x95W`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\xF2:na`\xE0\x1B\x95\x94PPPPPV[`@Qc#\x94\xE7\xA3`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R_\x90a\x0B\\\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x8ES\x9E\x8C\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\x10W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x174\x91\x90aE\xEAV[a\x17=\x84a\x11CV[`da$\x95V[3a\x17Ma\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x17vW`@QcG\tnG`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x0C\x95V[0a\x17\x7Fa\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x17\xBBW_\x806`@Qa\x17\x9E\x92\x91\x90aFaV[`@Q\x80\x91\x03\x90 \x90P[\x80a\x17\xB4`\x05a%EV[\x03a\x17\xA9WP[V[`d\x80\x82\x11\x15a\x17\xEAW`@Qc$>TE`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\x0C\x95V[_a\x17\xF3a\x14\xD8V[\x90Pa\x18\x12a\x18\0a\x14;V[a\x18\t\x85a%dV[`\n\x91\x90a%\x9BV[PP`@\x80Q\x82\x81R` \x81\x01\x85\x90R\x7F\x05SGk\xF0.\xF2rn\x8C\xE5\xCE\xD7\x8Dc\xE2n`.J\"W\xB1\xF5YA\x8E$\xB4c9\x97\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[_\x81`\x07\x81\x11\x15a\x18eWa\x18ea?\x0FV[`\x01`\xFF\x91\x90\x91\x16\x1B\x92\x91PPV[__a\x18\x7F\x84a\x0E\xF4V[\x90P_\x83a\x18\x8C\x83a\x18RV[\x16\x03a\x14\xD1W\x83\x81\x84`@Qc1\xB7^M`\xE0\x1B\x81R`\x04\x01a\x0C\x95\x93\x92\x91\x90aGAV[_a\x12\xF3\x86\x86\x86\x86\x86a%\xB5V[_a\x18\xCA\x83\x83a'AV[\x90P\x80a\x18\xDBWa\x18\xDB`Aa'\xA6V[PPPV[a\x18\xED\x85\x85\x85\x85\x85a'\xB7V[PPPPPV[`\x08T`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81\x10\x15a\x19>W`@Qc2\x11\x87m`\xE1\x1B\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x0C\x95V[`\x0BT`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x84\x16` \x83\x01R\x7F|\xA4\xAC\x11~\xD3\xCD\xCEu\xC1\x16\x1D\x82\x07\xC4@8\x9B\x1A\x15\xD6\x9D\th1fFW\xC0}\xAF\xC2\x91\x01`@Q\x80\x91\x03\x90\xA1P`\x0B\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xB14Bq`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A\x02W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A&\x91\x90aGcV[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16a\x1A9WPV[_a\x1AL`\rT`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16c\xF2z\x0C\x92`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A\x87W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A\xAB\x91\x90aE\xEAV[`\x0BT`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x90`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85`\x01`\x01`\xA0\x1B\x03\x16cQA\x94\xF3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B\x10W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1B4\x91\x90aG~V[`\x01`\x01`@\x1B\x03\x16a\x1BG\x91\x90aF3V[a\x1BQ\x91\x90aF3V[a\x1B[\x91\x90aF3V[a\x1Be\x91\x90aF3V[\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B\xC4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1B\xE8\x91\x90aG~V[`\x01`\x01`@\x1B\x03\x16\x90P\x81\x81\x80\x82\x10a\x18\xEDW`@Qc\x0B\xDF\xC7\x93`\xE2\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x0C\x95V[__a\x1C)\x83a(GV[\x90P`\x05\x81`\x07\x81\x11\x15a\x1C?Wa\x1C?a?\x0FV[\x14a\x1CJW\x92\x91PPV[_\x83\x81R`\x0E` R`@\x90\x81\x90 T`\rT\x91Qc,%\x8A\x9F`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R\x90\x91`\x01`\x01`\xA0\x1B\x03\x16\x90cXK\x15>\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1C\xA0W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1C\xC4\x91\x90aG\xA4V[\x15a\x1C\xD3WP`\x05\x93\x92PPPV[`\rT`@Qc*\xB0\xF5)`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c*\xB0\xF5)\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\x1AW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1D>\x91\x90aG\xA4V[\x15a\x1DMWP`\x07\x93\x92PPPV[P`\x02\x93\x92PPPV[_\x80a\x1Db\x84a\x0E\xF4V[`\x07\x81\x11\x15a\x1DsWa\x1Dsa?\x0FV[\x14\x80\x15a\x14\xD1WPP_\x91\x82R`\x04` R`@\x90\x91 T`\x01`\x01`\xA0\x1B\x03\x91\x82\x16\x91\x16\x14\x90V[_a\x142\x85\x85\x85\x85a)xV[``a\x0B\\a\x1D\xBA\x83c\xFF\xFF\xFF\xFF\x16V[a*\x0FV[_a\x142\x85\x85\x85\x85a\x1D\xDB`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[a\x1E\xADV[_a\x0FT\x85a\x1E\xA7\x7F>\x83\x94fSW_\x9A9\0^\x15E\x18V)\xE9'6\xB7R\x8A\xB2\x0C\xA3\x81o1T$\xA8\x11\x8A\x8A\x8Aa\x1E2\x8C`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[\x8BQ` \x80\x8E\x01\x91\x90\x91 \x8CQ\x8D\x83\x01 `@Qa\x1E\x8C\x98\x97\x96\x95\x94\x93\x01\x96\x87R` \x87\x01\x95\x90\x95R`\xFF\x93\x90\x93\x16`@\x86\x01R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16``\x85\x01R`\x80\x84\x01R`\xA0\x83\x01R`\xC0\x82\x01R`\xE0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a*\x81V[\x84a*\xADV[_a\x1E\xBC\x86a\x0Cr`\x01a\x18RV[P_a\x1E\xD1\x86a\x1E\xCB\x89a\x0E\xBBV[\x85a\"VV[\x90P_a\x1E\xE1\x88\x88\x88\x85\x88a+\x1DV[\x90P\x83Q_\x03a\x1F7W\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB8\xE18\x88}\n\xA1;\xABD~\x82\xDE\x9D\\\x17w\x04\x1E\xCD!\xCA6\xBA\x82O\xF1\xE6\xC0}\xDD\xA4\x89\x88\x84\x89`@Qa\x1F*\x94\x93\x92\x91\x90aG\xC3V[`@Q\x80\x91\x03\x90\xA2a\x1F\x81V[\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE2\xBA\xBF\xBA\xC5\x88\x9Ap\x9Bc\xBB\x7FY\x8B2N\x08\xBCZO\xB9\xECd\x7F\xB3\xCB\xC9\xEC\x07\xEB\x87\x12\x89\x88\x84\x89\x89`@Qa\x1Fx\x95\x94\x93\x92\x91\x90aG\xEAV[`@Q\x80\x91\x03\x90\xA2[a\x0FT\x88a,\x19V[___a\x1F\x96\x85a,\"V[\x92P\x92PP\x83\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1F\xC3Wa\x1F\xBEa\x1F\xB7\x85a,zV[\x86\x90a,\xACV[a\x1F\xC5V[\x80[`\x01`\x01`\xD0\x1B\x03\x16\x95\x94PPPPPV[`\x08T`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xC5e\xB0E@=\xC0<.\xEA\x82\xB8\x1A\x04e\xED\xAD\x9E.\x7F\xC4\xD9~\x11B\x1C \x9D\xA9=z\x93\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80Q_\x90`4\x81\x10\x15a TW`\x01\x91PPa\x0B\\V[`\x13\x19\x81\x84\x01\x01Q`\x01`\x01`\xB0\x1B\x03\x19\x81\x16i#proposer=`\xB0\x1B\x14a \x85W`\x01\x92PPPa\x0B\\V[__a \x95\x86`*\x86\x03\x86a-NV[\x91P\x91P\x81\x15\x80a\x0FTWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14\x97\x96PPPPPPPV[_a \xCF\x86\x86\x86\x86\x86a-\xF7V[\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x1D\xC2@\x91a!\x11a!\x0C\x84a\x0E\xBBV[a,zV[`@Q`\x01`\x01`\xE0\x1B\x03\x19`\xE0\x84\x90\x1B\x16\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!NW__\xFD[PZ\xF1\x15\x80\x15a!`W=__>=_\xFD[PPPP\x95\x94PPPPPV[``a\n\xF1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a0\x1AV[``a\n\xF1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a0\x1AV[_a\x142\x83a\x1E\xA7\x7F\xF2\xAA\xD5P\xCFU\xF0E\xCB'\xE9\xC5Y\xF9\x88\x9F\xDF\xB6\xE6\xCD\xAA\x03#\x01\xD6\xEA9w\x84\xAEQ\xD7\x88\x88\x88a\"\x15\x8A`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R`\xFF\x90\x91\x16``\x84\x01R`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01R`\xA0\x82\x01R`\xC0\x01a\x1E\x8CV[_a\n\xF1Ca,zV[`@Qc\x15\x14\x11\x9F`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R`$\x82\x01\x84\x90R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xA8\xA0\x8C\xF8\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\"\xC5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\"\xE9\x91\x90aE\xEAV[a\"\xF4\x85\x85\x85a0WV[a\x14\xCE\x91\x90aF3V[\x80T_\x90\x80\x15a#:Wa#$\x83a#\x17`\x01\x84aH#V[_\x91\x82R` \x90\x91 \x01\x90V[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x14\xD1V[_\x93\x92PPPV[a#Ja\x17DV[a\x0Bs\x81a0\xEAV[_a\x0B\\a#`\x83a1SV[_\x84\x81R`\x0C` R`@\x90 Te\xFF\xFF\xFF\xFF\xFF\xFF\x16a1\x95V[``\x82\x15a#\x8AWP\x80a\x0B\\V[\x81Q\x15a#\x9FWa#\x9A\x82a1\xA4V[a\x0B\\V[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80c\xFF\xFF\xFF\xFF\x16_\x03a#\xE0W`@Qc\xF1\xCF\xBF\x05`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x0C\x95V[`\x08T`@\x80Qc\xFF\xFF\xFF\xFF`\x01`0\x1B\x90\x93\x04\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F~?\x7F\x07\x08\xA8M\xE9 06\xAB\xAAE\r\xCC\xC8Z\xD5\xFFR\xF7\x8C\x17\x0F>\xDBU\xCF^\x88(\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Tc\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`0\x1B\x02i\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x07T`@\x80Q\x91\x82R` \x82\x01\x83\x90R\x7F\xCC\xB4]\xA8\xD5q~lEDiB\x97\xC4\xBA\\\xF1Q\xD4U\xC9\xBB\x0E\xD4\xFCz8A\x1B\xC0Ta\x91\x01`@Q\x80\x91\x03\x90\xA1`\x07UV[___a$\xA2\x86\x86a1\xACV[\x91P\x91P\x81_\x03a$\xC6W\x83\x81\x81a$\xBCWa$\xBCaH6V[\x04\x92PPPa\x14\xD1V[\x81\x84\x11a$\xDDWa$\xDD`\x03\x85\x15\x02`\x11\x18a'\xA6V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[___a%Q\x84a1\xC8V[\x91P\x91P\x81a\x14\xD1Wa\x14\xD1`1a'\xA6V[_`\x01`\x01`\xD0\x1B\x03\x82\x11\x15a%\x97W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\xD0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x95V[P\x90V[_\x80a%\xA8\x85\x85\x85a2<V[\x91P\x91P[\x93P\x93\x91PPV[__`\r_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16c\xF2z\x0C\x92`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a&\x07W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a&+\x91\x90aE\xEAV[\x90P_0``\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x84\x18`\rT`@Qc\xB1\xC5\xF4'`\xE0\x1B\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90c\xB1\xC5\xF4'\x90a&|\x90\x8A\x90\x8A\x90\x8A\x90_\x90\x88\x90`\x04\x01aHJV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a&\x97W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a&\xBB\x91\x90aE\xEAV[_\x89\x81R`\x0E` R`@\x80\x82 \x92\x90\x92U`\rT\x91Qc\x08\xF2\xA0\xBB`\xE4\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x91c\x8F*\x0B\xB0\x91a'\x05\x91\x8B\x91\x8B\x91\x8B\x91\x90\x88\x90\x8A\x90`\x04\x01aH\x97V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a'\x1CW__\xFD[PZ\xF1\x15\x80\x15a'.W=__>=_\xFD[PPPPa\x10\xEF\x82Ba!\x0C\x91\x90aF3V[\x81T_\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x91\x81\x16`\x01\x83\x01\x90\x91\x16\x03a'nW_\x91PPa\x0B\\V[`\x01`\x01`\x80\x1B\x03\x81\x81\x16_\x90\x81R`\x01\x86\x81\x01` R`@\x90\x91 \x94\x90\x94U\x84T\x91\x84\x01\x81\x16`\x01`\x80\x1B\x02\x91\x16\x17\x90\x92U\x91\x90PV[cNH{q_R\x80` R`$`\x1C\xFD[`\rT`\x01`\x01`\xA0\x1B\x03\x16c\xE3\x835\xE54\x86\x86\x86_0``\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x88\x18`@Q\x87c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a(\x02\x95\x94\x93\x92\x91\x90aHJV[_`@Q\x80\x83\x03\x81\x85\x88\x80;\x15\x80\x15a(\x19W__\xFD[PZ\xF1\x15\x80\x15a(+W=__>=_\xFD[PPP_\x96\x87RPP`\x0E` RPP`@\x83 \x92\x90\x92UPPV[_\x81\x81R`\x04` R`@\x81 \x80T`\xFF`\x01`\xF0\x1B\x82\x04\x81\x16\x91`\x01`\xF8\x1B\x90\x04\x16\x81\x15a({WP`\x07\x94\x93PPPPV[\x80\x15a(\x8CWP`\x02\x94\x93PPPPV[_a(\x96\x86a\x0E\xBBV[\x90P\x80_\x03a(\xBBW`@Qcj\xD0`u`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x01a\x0C\x95V[_a(\xC4a\x14;V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80\x82\x10a(\xE1WP_\x96\x95PPPPPPV[_a(\xEB\x88a\x15dV[\x90P\x81\x81\x10a)\x02WP`\x01\x97\x96PPPPPPPV[a)\x0B\x88a3\x8CV[\x15\x80a)*WP_\x88\x81R`\t` R`@\x90 \x80T`\x01\x90\x91\x01T\x11\x15[\x15a)=WP`\x03\x97\x96PPPPPPPV[_\x88\x81R`\x04` R`@\x90 `\x01\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a)jWP`\x04\x97\x96PPPPPPPV[P`\x05\x97\x96PPPPPPPV[__a)\x86\x86\x86\x86\x86a3\xC2V[_\x81\x81R`\x0E` R`@\x90 T\x90\x91P\x80\x15a*\x05W`\rT`@Qc\xC4\xD2R\xF5`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c\xC4\xD2R\xF5\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a)\xE0W__\xFD[PZ\xF1\x15\x80\x15a)\xF2W=__>=_\xFD[PPP_\x83\x81R`\x0E` R`@\x81 UP[P\x95\x94PPPPPV[``a*\x19a\"LV[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a*HW`@Qc\x01\xBF\xC1\xC5`\xE6\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP`@\x80Q\x80\x82\x01\x90\x91R`\x1D\x81R\x7Fmode=blocknumber&from=default\0\0\0` \x82\x01R\x90V[_a\x0B\\a*\x8Da4\x82V[\x83`@Qa\x19\x01`\xF0\x1B\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x83`\x01`\x01`\xA0\x1B\x03\x16;_\x03a+\x0BW__a*\xCB\x85\x85a5\xABV[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a*\xE4Wa*\xE4a?\x0FV[\x14\x80\x15a+\x02WP\x85`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x92PPPa\x14\xD1V[a+\x16\x84\x84\x84a5\xF4V[\x90Pa\x14\xD1V[_\x85\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R`\x03\x81\x01\x90\x92R\x82 T`\xFF\x16\x15a+oW`@Qcq\xC6\xAFI`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x0C\x95V[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\x03\x82\x01` R`@\x90 \x80T`\xFF\x19\x16`\x01\x17\x90U`\xFF\x85\x16a+\xB8W\x83\x81_\x01_\x82\x82Ta+\xAD\x91\x90aF3V[\x90\x91UPa,\x0E\x90PV[_\x19`\xFF\x86\x16\x01a+\xD6W\x83\x81`\x01\x01_\x82\x82Ta+\xAD\x91\x90aF3V[`\x01\x19`\xFF\x86\x16\x01a+\xF5W\x83\x81`\x02\x01_\x82\x82Ta+\xAD\x91\x90aF3V[`@Qc\x03Y\x9B\xE1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P\x91\x95\x94PPPPPV[a\x0Bs\x81a6YV[\x80T_\x90\x81\x90\x81\x90\x80\x82\x03a,@W___\x93P\x93P\x93PPa\x10\x10V[_a,P\x86a#\x17`\x01\x85aH#V[T`\x01\x95Pe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x94P`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x92Pa\x10\x10\x91PPV[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a%\x97W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x95V[\x81T_\x90\x81\x81`\x05\x81\x11\x15a-\x08W_a,\xC5\x84a7-V[a,\xCF\x90\x85aH#V[_\x88\x81R` \x90 \x90\x91P\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x87\x16\x10\x15a,\xF8W\x80\x91Pa-\x06V[a-\x03\x81`\x01aF3V[\x92P[P[_a-\x15\x87\x87\x85\x85a8\x85V[\x90P\x80\x15a-BWa-,\x87a#\x17`\x01\x84aH#V[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x0FTV[P_\x96\x95PPPPPPV[__\x84Q\x83\x11\x80a-^WP\x82\x84\x11[\x15a-mWP_\x90P\x80a%\xADV[_a-y\x85`\x01aF3V[\x84\x11\x80\x15a-\xA1WPa\x06\x0F`\xF3\x1Ba-\x95\x87\x87\x01` \x01Q\x90V[`\x01`\x01`\xF0\x1B\x03\x19\x16\x14[\x90P_a-\xB1\x82\x15\x15`\x02aH\xEEV[a-\xBC\x90`(aF3V[\x90P\x80a-\xC9\x87\x87aH#V[\x03a-\xEAW__a-\xDB\x89\x89\x89a8\xDBV[\x90\x96P\x94Pa%\xAD\x93PPPPV[__\x93P\x93PPPa%\xADV[_a.\x0B\x86\x86\x86\x86\x80Q\x90` \x01 a\x15\x02V[\x90P\x84Q\x86Q\x14\x15\x80a. WP\x83Q\x86Q\x14\x15[\x80a.*WP\x85Q\x15[\x15a._W\x85Q\x84Q\x86Q`@Qc\x04G\xB0]`\xE4\x1B\x81R`\x04\x81\x01\x93\x90\x93R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x0C\x95V[_\x81\x81R`\x04` R`@\x90 T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a.\xA8W\x80a.\x8B\x82a\x0E\xF4V[`@Qc1\xB7^M`\xE0\x1B\x81Ra\x0C\x95\x92\x91\x90_\x90`\x04\x01aGAV[_a.\xBA`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a.\xC2a\x14;V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16a.\xD4\x91\x90aF3V[\x90P_a.\xEE`\x08Tc\xFF\xFF\xFF\xFF`\x01`0\x1B\x90\x91\x04\x16\x90V[_\x84\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x87\x16\x17\x81U\x90\x91Pa/ \x83a,zV[\x81Te\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA0\x1B\x02e\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x90\x91\x16\x17\x81Ua/M\x82a9\x9CV[\x81Tc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xD0\x1B\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16\x17\x81U\x88Q\x7F}\x84\xA6&:\xE0\xD9\x8D3)\xBD{F\xBBN\x8Do\x98\xCD5\xA7\xAD\xB4\\'L\x8B\x7F\xD5\xEB\xD5\xE0\x90\x85\x90\x87\x90\x8C\x90\x8C\x90`\x01`\x01`@\x1B\x03\x81\x11\x15a/\xB0Wa/\xB0a;\xC5V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a/\xE3W\x81` \x01[``\x81R` \x01\x90`\x01\x90\x03\x90\x81a/\xCEW\x90P[P\x8C\x89a/\xF0\x8A\x82aF3V[\x8E`@Qa0\x06\x99\x98\x97\x96\x95\x94\x93\x92\x91\x90aI\x05V[`@Q\x80\x91\x03\x90\xA1PPP\x95\x94PPPPPV[``_a0&\x83a9\xCCV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@Qc\x07H\xD65`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x86\x81\x16`\x04\x83\x01R`$\x82\x01\x86\x90R\x91\x90\x91\x16\x90c:F\xB1\xA8\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a0\xC6W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14\xCE\x91\x90aE\xEAV[`\rT`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\x08\xF7N\xA4n\xF7\x89Oe\xEA\xBF\xB5\xE6\xE6\x95\xDEw:\0\x0BG\xC5)\xABU\x91x\x06\x9B\"d\x01\x91\x01`@Q\x80\x91\x03\x90\xA1`\r\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_\x81\x81R`\x04` R`@\x81 Ta1\x87\x90`\x01`\xD0\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16aI\xE0V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x91PPV[_\x82\x82\x18\x82\x84\x11\x02\x82\x18a\x14\xD1V[\x80Q` \x82\x01\xFD[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[\x80T_\x90\x81\x90`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x91`\x01`\x80\x1B\x90\x04\x16\x81\x03a1\xF3WP_\x93\x84\x93P\x91PPV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16_\x90\x81R`\x01\x86\x81\x01` R`@\x82 \x80T\x92\x90U\x86To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x93\x81\x01\x90\x92\x16\x92\x90\x92\x17\x90\x94U\x92\x93\x91PPV[\x82T_\x90\x81\x90\x80\x15a32W_a2X\x87a#\x17`\x01\x85aH#V[\x80T\x90\x91Pe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x91`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x90\x88\x16\x82\x11\x15a2\x9BW`@Qc% `\x1D`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x87e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a2\xD4W\x82Te\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`0\x1B`\x01`\x01`\xD0\x1B\x03\x89\x16\x02\x17\x83Ua3$V[`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8A\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x8A\x16` \x80\x85\x01\x91\x82R\x8DT`\x01\x81\x01\x8FU_\x8F\x81R\x91\x90\x91 \x94Q\x91Q\x90\x92\x16`\x01`0\x1B\x02\x92\x16\x91\x90\x91\x17\x91\x01U[\x94P\x85\x93Pa%\xAD\x92PPPV[PP`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x85\x16` \x80\x85\x01\x91\x82R\x88T`\x01\x81\x01\x8AU_\x8A\x81R\x91\x82 \x95Q\x92Q\x90\x93\x16`\x01`0\x1B\x02\x91\x90\x93\x16\x17\x92\x01\x91\x90\x91U\x90P\x81a%\xADV[_\x81\x81R`\t` R`@\x81 `\x02\x81\x01T`\x01\x82\x01Ta3\xAD\x91\x90aF3V[a3\xB9a\n\xA7\x85a\x0E\xBBV[\x11\x15\x93\x92PPPV[__a3\xD0\x86\x86\x86\x86a\x15\x02V[\x90Pa4\x1E\x81a3\xE0`\x07a\x18RV[a3\xEA`\x06a\x18RV[a3\xF4`\x02a\x18RV[`\x01a4\x01`\x07\x82aI\xFEV[a4\x0C\x90`\x02aJ\xF2V[a4\x16\x91\x90aH#V[\x18\x18\x18a\x18tV[P_\x81\x81R`\x04` R`@\x90\x81\x90 \x80T`\x01`\x01`\xF8\x1B\x03\x16`\x01`\xF8\x1B\x17\x90UQ\x7Fx\x9C\xF5[\xE9\x80s\x9D\xAD\x1D\x06\x99\xB9;X\xE8\x06\xB5\x1C\x9D\x96a\x9B\xFA\x8F\xE0\xA2\x8A\xBA\xA7\xB3\x0C\x90a4q\x90\x83\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA1\x95\x94PPPPPV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a4\xDAWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a5\x04WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\n\xF1`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[___\x83Q`A\x03a5\xE2W` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa5\xD4\x88\x82\x85\x85a9\xF3V[\x95P\x95P\x95PPPPa5\xEDV[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[\x80Q`@\x80Qc\x0B\x13]?`\xE1\x1B\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R_\x92\x90` \x82\x01\x85`D\x83\x01^_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8AZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x93\x92PPPV[_\x81\x81R`\x0C` R`@\x90 Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15a6\x80WPa6\x80\x81a3\x8CV[\x15a\x0BsW_a6\x97`\x0BTe\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a6\x9Fa\x14;V[a6\xA9\x91\x90aI\xE0V[\x90Pa6\xB4\x82a\x15dV[\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a7\x01W`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R\x82\x90\x7FT\x1Fr_\xB9\xF7\xC9\x8A0\xCC\x9C\x0F\xF3/\xBB\x145\x8C\xD7\x15\x9C\x84z:\xA2\n+\xDCD+\xA5\x11\x90` \x01`@Q\x80\x91\x03\x90\xA2[_\x91\x82R`\x0C` R`@\x90\x91 \x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_`\x01\x82\x11a7:WP\x90V[\x81`\x01`\x01`\x80\x1B\x82\x10a7SW`\x80\x91\x90\x91\x1C\x90`@\x1B[h\x01\0\0\0\0\0\0\0\0\x82\x10a7nW`@\x91\x90\x91\x1C\x90` \x1B[d\x01\0\0\0\0\x82\x10a7\x85W` \x91\x90\x91\x1C\x90`\x10\x1B[b\x01\0\0\x82\x10a7\x9AW`\x10\x91\x90\x91\x1C\x90`\x08\x1B[a\x01\0\x82\x10a7\xAEW`\x08\x91\x90\x91\x1C\x90`\x04\x1B[`\x10\x82\x10a7\xC1W`\x04\x91\x90\x91\x1C\x90`\x02\x1B[`\x04\x82\x10a7\xCDW`\x01\x1B[`\x03\x02`\x01\x90\x81\x1C\x90\x81\x85\x81a7\xE5Wa7\xE5aH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a7\xFDWa7\xFDaH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a8\x15Wa8\x15aH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a8-Wa8-aH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a8EWa8EaH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a8]Wa8]aH6V[\x04\x82\x01\x90\x1C\x90Pa8|\x81\x85\x81a8vWa8vaH6V[\x04\x82\x11\x90V[\x90\x03\x93\x92PPPV[_[\x81\x83\x10\x15a8\xD3W_\x85\x81R` \x90 \x83\x83\x16`\x02\x85\x85\x18\x04\x01\x90\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x16\x11\x15a8\xBFW\x80\x92Pa8\xCDV[a8\xCA\x81`\x01aF3V[\x93P[Pa8\x87V[P\x93\x92PPPV[_\x80\x84\x81a8\xEA\x86`\x01aF3V[\x85\x11\x80\x15a9\x12WPa\x06\x0F`\xF3\x1Ba9\x06\x83\x88\x01` \x01Q\x90V[`\x01`\x01`\xF0\x1B\x03\x19\x16\x14[\x90P_a9\"\x82\x15\x15`\x02aH\xEEV[\x90P_\x80a90\x83\x8AaF3V[\x90P[\x87\x81\x10\x15a9\x8BW_a9Qa9L\x87\x84\x01` \x01Q\x90V[a:\xBBV[\x90P`\x0F\x81`\xFF\x16\x11\x15a9pW__\x97P\x97PPPPPPPa%\xADV[a9{`\x10\x84aH\xEEV[`\xFF\x90\x91\x16\x01\x91P`\x01\x01a93V[P`\x01\x99\x90\x98P\x96PPPPPPPV[_c\xFF\xFF\xFF\xFF\x82\x11\x15a%\x97W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x95V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x0B\\W`@Qc,\xD4J\xC3`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a:,WP_\x91P`\x03\x90P\x82a:\xB1V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a:}W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a:\xA8WP_\x92P`\x01\x91P\x82\x90Pa:\xB1V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_`\xF8\x82\x90\x1C`/\x81\x11\x80\x15a:\xD4WP`:\x81`\xFF\x16\x10[\x15a:\xE2W`/\x19\x01a\x0B\\V[``\x81`\xFF\x16\x11\x80\x15a:\xF8WP`g\x81`\xFF\x16\x10[\x15a;\x06W`V\x19\x01a\x0B\\V[`@\x81`\xFF\x16\x11\x80\x15a;\x1CWP`G\x81`\xFF\x16\x10[\x15a;*W`6\x19\x01a\x0B\\V[P`\xFF\x92\x91PPV[_` \x82\x84\x03\x12\x15a;CW__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x14\xD1W__\xFD[_` \x82\x84\x03\x12\x15a;jW__\xFD[P5\x91\x90PV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x14\xD1` \x83\x01\x84a;qV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x0BsW__\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Q`\x1F\x82\x01`\x1F\x19\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a<\x01Wa<\x01a;\xC5V[`@R\x91\x90PV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a<!Wa<!a;\xC5V[P`\x1F\x01`\x1F\x19\x16` \x01\x90V[_a<Aa<<\x84a<\tV[a;\xD9V[\x90P\x82\x81R\x83\x83\x83\x01\x11\x15a<TW__\xFD[\x82\x82` \x83\x017_` \x84\x83\x01\x01R\x93\x92PPPV[_\x82`\x1F\x83\x01\x12a<yW__\xFD[a\x14\xD1\x83\x835` \x85\x01a</V[____`\x80\x85\x87\x03\x12\x15a<\x9BW__\xFD[\x845a<\xA6\x81a;\xB1V[\x93P` \x85\x015a<\xB6\x81a;\xB1V[\x92P`@\x85\x015\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a<\xD7W__\xFD[a<\xE3\x87\x82\x88\x01a<jV[\x91PP\x92\x95\x91\x94P\x92PV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a=\x07Wa=\x07a;\xC5V[P`\x05\x1B` \x01\x90V[_\x82`\x1F\x83\x01\x12a= W__\xFD[\x815a=.a<<\x82a<\xEFV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a=OW__\xFD[` \x85\x01[\x83\x81\x10\x15a*\x05W\x805a=g\x81a;\xB1V[\x83R` \x92\x83\x01\x92\x01a=TV[_\x82`\x1F\x83\x01\x12a=\x84W__\xFD[\x815a=\x92a<<\x82a<\xEFV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a=\xB3W__\xFD[` \x85\x01[\x83\x81\x10\x15a*\x05W\x805\x83R` \x92\x83\x01\x92\x01a=\xB8V[_\x82`\x1F\x83\x01\x12a=\xDFW__\xFD[\x815a=\xEDa<<\x82a<\xEFV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a>\x0EW__\xFD[` \x85\x01[\x83\x81\x10\x15a*\x05W\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a>0W__\xFD[a>?\x88` \x83\x8A\x01\x01a<jV[\x84RP` \x92\x83\x01\x92\x01a>\x13V[____`\x80\x85\x87\x03\x12\x15a>aW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15a>vW__\xFD[a>\x82\x87\x82\x88\x01a=\x11V[\x94PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\x9DW__\xFD[a>\xA9\x87\x82\x88\x01a=uV[\x93PP`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\xC4W__\xFD[a>\xD0\x87\x82\x88\x01a=\xD0V[\x94\x97\x93\x96P\x93\x94``\x015\x93PPPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0BsW__\xFD[_` \x82\x84\x03\x12\x15a?\x04W__\xFD[\x815a\x14\xD1\x81a>\xE1V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x08\x81\x10a??WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x0B\\\x82\x84a?#V[__`@\x83\x85\x03\x12\x15a?bW__\xFD[\x825\x91P` \x83\x015a?t\x81a;\xB1V[\x80\x91PP\x92P\x92\x90PV[\x805`\xFF\x81\x16\x81\x14a\x0F\xEDW__\xFD[__`@\x83\x85\x03\x12\x15a?\xA0W__\xFD[\x825\x91Pa?\xB0` \x84\x01a?\x7FV[\x90P\x92P\x92\x90PV[__\x83`\x1F\x84\x01\x12a?\xC9W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a?\xDFW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a?\xF6W__\xFD[\x92P\x92\x90PV[_______`\xC0\x88\x8A\x03\x12\x15a@\x13W__\xFD[\x875\x96Pa@#` \x89\x01a?\x7FV[\x95P`@\x88\x015a@3\x81a;\xB1V[\x94P``\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@MW__\xFD[a@Y\x8A\x82\x8B\x01a?\xB9V[\x90\x95P\x93PP`\x80\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@wW__\xFD[a@\x83\x8A\x82\x8B\x01a<jV[\x92PP`\xA0\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@\x9EW__\xFD[a@\xAA\x8A\x82\x8B\x01a<jV[\x91PP\x92\x95\x98\x91\x94\x97P\x92\x95PV[_____`\x80\x86\x88\x03\x12\x15a@\xCDW__\xFD[\x855\x94Pa@\xDD` \x87\x01a?\x7FV[\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@\xF7W__\xFD[aA\x03\x88\x82\x89\x01a?\xB9V[\x90\x94P\x92PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA!W__\xFD[aA-\x88\x82\x89\x01a<jV[\x91PP\x92\x95P\x92\x95\x90\x93PV[_` \x82\x84\x03\x12\x15aAJW__\xFD[\x815a\x14\xD1\x81a;\xB1V[____``\x85\x87\x03\x12\x15aAhW__\xFD[\x845\x93PaAx` \x86\x01a?\x7FV[\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x92W__\xFD[aA\x9E\x87\x82\x88\x01a?\xB9V[\x95\x98\x94\x97P\x95PPPPV[____`\x80\x85\x87\x03\x12\x15aA\xBDW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xD2W__\xFD[aA\xDE\x87\x82\x88\x01a=\x11V[\x94PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xF9W__\xFD[aB\x05\x87\x82\x88\x01a=uV[\x93PP`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aB W__\xFD[aB,\x87\x82\x88\x01a=\xD0V[\x92PP``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aBGW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aBWW__\xFD[a<\xE3\x87\x825` \x84\x01a</V[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aB\x96W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aBxV[P\x93\x94\x93PPPPV[`\xFF`\xF8\x1B\x88\x16\x81R`\xE0` \x82\x01R_aB\xBE`\xE0\x83\x01\x89a;qV[\x82\x81\x03`@\x84\x01RaB\xD0\x81\x89a;qV[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x90PaC\x01\x81\x85aBfV[\x9A\x99PPPPPPPPPPV[____`\x80\x85\x87\x03\x12\x15aC\"W__\xFD[\x845\x93PaC2` \x86\x01a?\x7FV[\x92P`@\x85\x015aCB\x81a;\xB1V[\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a<\xD7W__\xFD[___``\x84\x86\x03\x12\x15aCnW__\xFD[\x835aCy\x81a;\xB1V[\x92P` \x84\x015\x91P`@\x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aC\x9AW__\xFD[aC\xA6\x86\x82\x87\x01a<jV[\x91PP\x92P\x92P\x92V[_____`\xA0\x86\x88\x03\x12\x15aC\xC4W__\xFD[\x855aC\xCF\x81a;\xB1V[\x94P` \x86\x015aC\xDF\x81a;\xB1V[\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aC\xF9W__\xFD[aD\x05\x88\x82\x89\x01a=uV[\x93PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aD W__\xFD[aD,\x88\x82\x89\x01a=uV[\x92PP`\x80\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA!W__\xFD[____``\x85\x87\x03\x12\x15aDZW__\xFD[\x845aDe\x81a;\xB1V[\x93P` \x85\x015\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x92W__\xFD[_` \x82\x84\x03\x12\x15aD\x96W__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x14\xD1W__\xFD[__`@\x83\x85\x03\x12\x15aD\xBAW__\xFD[\x825aD\xC5\x81a;\xB1V[\x94` \x93\x90\x93\x015\x93PPPV[_____`\xA0\x86\x88\x03\x12\x15aD\xE7W__\xFD[\x855aD\xF2\x81a;\xB1V[\x94P` \x86\x015aE\x02\x81a;\xB1V[\x93P`@\x86\x015\x92P``\x86\x015\x91P`\x80\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA!W__\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80aE>W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03aE\\WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15aE\x86W__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15aE\x9BW__\xFD[\x82\x01`\x1F\x81\x01\x84\x13aE\xABW__\xFD[\x80QaE\xB9a<<\x82a<\tV[\x81\x81R\x85` \x83\x85\x01\x01\x11\x15aE\xCDW__\xFD[\x81` \x84\x01` \x83\x01^_\x91\x81\x01` \x01\x91\x90\x91R\x94\x93PPPPV[_` \x82\x84\x03\x12\x15aE\xFAW__\xFD[PQ\x91\x90PV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x0B\\Wa\x0B\\aF\x01V[\x80\x82\x01\x80\x82\x11\x15a\x0B\\Wa\x0B\\aF\x01V[_` \x82\x84\x03\x12\x15aFVW__\xFD[\x81Qa\x14\xD1\x81a>\xE1V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aB\x96W\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aF\x82V[_\x82\x82Q\x80\x85R` \x85\x01\x94P` \x81`\x05\x1B\x83\x01\x01` \x85\x01_[\x83\x81\x10\x15a\r?W`\x1F\x19\x85\x84\x03\x01\x88RaF\xE1\x83\x83Qa;qV[` \x98\x89\x01\x98\x90\x93P\x91\x90\x91\x01\x90`\x01\x01aF\xC5V[`\x80\x81R_aG\t`\x80\x83\x01\x87aFpV[\x82\x81\x03` \x84\x01RaG\x1B\x81\x87aBfV[\x90P\x82\x81\x03`@\x84\x01RaG/\x81\x86aF\xA9V[\x91PP\x82``\x83\x01R\x95\x94PPPPPV[\x83\x81R``\x81\x01aGU` \x83\x01\x85a?#V[\x82`@\x83\x01R\x94\x93PPPPV[_` \x82\x84\x03\x12\x15aGsW__\xFD[\x81Qa\x14\xD1\x81a;\xB1V[_` \x82\x84\x03\x12\x15aG\x8EW__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x14\xD1W__\xFD[_` \x82\x84\x03\x12\x15aG\xB4W__\xFD[\x81Q\x80\x15\x15\x81\x14a\x14\xD1W__\xFD[\x84\x81R`\xFF\x84\x16` \x82\x01R\x82`@\x82\x01R`\x80``\x82\x01R_a\x12\xF3`\x80\x83\x01\x84a;qV[\x85\x81R`\xFF\x85\x16` \x82\x01R\x83`@\x82\x01R`\xA0``\x82\x01R_aH\x11`\xA0\x83\x01\x85a;qV[\x82\x81\x03`\x80\x84\x01Ra\x10\xEF\x81\x85a;qV[\x81\x81\x03\x81\x81\x11\x15a\x0B\\Wa\x0B\\aF\x01V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[`\xA0\x81R_aH\\`\xA0\x83\x01\x88aFpV[\x82\x81\x03` \x84\x01RaHn\x81\x88aBfV[\x90P\x82\x81\x03`@\x84\x01RaH\x82\x81\x87aF\xA9V[``\x84\x01\x95\x90\x95RPP`\x80\x01R\x93\x92PPPV[`\xC0\x81R_aH\xA9`\xC0\x83\x01\x89aFpV[\x82\x81\x03` \x84\x01RaH\xBB\x81\x89aBfV[\x90P\x82\x81\x03`@\x84\x01RaH\xCF\x81\x88aF\xA9V[``\x84\x01\x96\x90\x96RPP`\x80\x81\x01\x92\x90\x92R`\xA0\x90\x91\x01R\x93\x92PPPV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0B\\Wa\x0B\\aF\x01V[\x89\x81R`\x01`\x01`\xA0\x1B\x03\x89\x16` \x82\x01Ra\x01 `@\x82\x01\x81\x90R_\x90aI/\x90\x83\x01\x8AaFpV[\x82\x81\x03``\x84\x01RaIA\x81\x8AaBfV[\x90P\x82\x81\x03`\x80\x84\x01R\x80\x88Q\x80\x83R` \x83\x01\x91P` \x81`\x05\x1B\x84\x01\x01` \x8B\x01_[\x83\x81\x10\x15aI\x98W`\x1F\x19\x86\x84\x03\x01\x85RaI\x82\x83\x83Qa;qV[` \x95\x86\x01\x95\x90\x93P\x91\x90\x91\x01\x90`\x01\x01aIfV[PP\x85\x81\x03`\xA0\x87\x01RaI\xAC\x81\x8BaF\xA9V[\x93PPPP\x85`\xC0\x84\x01R\x84`\xE0\x84\x01R\x82\x81\x03a\x01\0\x84\x01RaI\xD0\x81\x85a;qV[\x9C\x9BPPPPPPPPPPPPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0B\\Wa\x0B\\aF\x01V[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0B\\Wa\x0B\\aF\x01V[`\x01\x81[`\x01\x84\x11\x15a%\xADW\x80\x85\x04\x81\x11\x15aJ6WaJ6aF\x01V[`\x01\x84\x16\x15aJDW\x90\x81\x02\x90[`\x01\x93\x90\x93\x1C\x92\x80\x02aJ\x1BV[_\x82aJ`WP`\x01a\x0B\\V[\x81aJlWP_a\x0B\\V[\x81`\x01\x81\x14aJ\x82W`\x02\x81\x14aJ\x8CWaJ\xA8V[`\x01\x91PPa\x0B\\V[`\xFF\x84\x11\x15aJ\x9DWaJ\x9DaF\x01V[PP`\x01\x82\x1Ba\x0B\\V[P` \x83\x10a\x013\x83\x10\x16`N\x84\x10`\x0B\x84\x10\x16\x17\x15aJ\xCBWP\x81\x81\na\x0B\\V[aJ\xD7_\x19\x84\x84aJ\x17V[\x80_\x19\x04\x82\x11\x15aJ\xEAWaJ\xEAaF\x01V[\x02\x93\x92PPPV[_a\x14\xD1`\xFF\x84\x16\x83aJRV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405260043610610310575f3560e01c80637b3c71d3116101a3578063b58131b0116100f2578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc114610a4f578063f23a6e6114610a6e578063f8ce560a14610a8d578063fc0c546a14610aac575f5ffd5b8063deaaa7cc146109de578063e540d01d14610a11578063eb9019d414610a30575f5ffd5b8063c28bc2fa116100cd578063c28bc2fa1461094a578063c59057e41461095d578063d33219b41461097c578063dd4e2ba514610999575f5ffd5b8063b58131b0146108f8578063bc197c811461090c578063c01f9e371461092b575f5ffd5b806397c3d3341161015d578063a890c91011610138578063a890c91014610865578063a8f8a66814610884578063a9a95294146108a3578063ab58fb8e146108c2575f5ffd5b806397c3d3341461081f5780639a802a6d14610832578063a7713a7014610851575f5ffd5b80637b3c71d3146107535780637d5e81e2146107725780637ecebe001461079157806384b0196e146107c55780638ff262e3146107ec57806391ddadf41461080b575f5ffd5b80633e4f49e61161025f57806354fd4d50116102195780635f398a14116101f45780635f398a14146106d757806360c4247f146106f657806370ea9648146107155780637905188714610734575f5ffd5b806354fd4d501461067057806356781388146106995780635b8d0e0d146106b8575f5ffd5b80633e4f49e61461055c5780634385963214610588578063452115d6146105d05780634bf5d7e9146105ef5780634cf088d914610603578063544ffc9c14610636575f5ffd5b8063160cbed7116102ca5780632fe3e261116102a55780632fe3e261146104bf57806332b8113e146104f2578063330df7ff146105215780633932abb114610540575f5ffd5b8063160cbed71461046e5780632656227d1461048d5780632d63f693146104a0575f5ffd5b806301ffc9a71461034b57806302a251a31461037f57806306f3f9e6146103aa57806306fdde03146103c9578063143489d0146103ea578063150b7a0214610436575f5ffd5b36610347573061031e610ade565b6001600160a01b03161461034557604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610356575f5ffd5b5061036a610365366004613b33565b610af6565b60405190151581526020015b60405180910390f35b34801561038a575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610376565b3480156103b5575f5ffd5b506103456103c4366004613b5a565b610b62565b3480156103d4575f5ffd5b506103dd610b76565b6040516103769190613b9f565b3480156103f5575f5ffd5b5061041e610404366004613b5a565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610376565b348015610441575f5ffd5b50610455610450366004613c88565b610c06565b6040516001600160e01b03199091168152602001610376565b348015610479575f5ffd5b5061039c610488366004613e4e565b610c48565b61039c61049b366004613e4e565b610d4b565b3480156104ab575f5ffd5b5061039c6104ba366004613b5a565b610ebb565b3480156104ca575f5ffd5b5061039c7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b3480156104fd575f5ffd5b50600b5465ffffffffffff165b60405165ffffffffffff9091168152602001610376565b34801561052c575f5ffd5b5061034561053b366004613ef4565b610edb565b34801561054b575f5ffd5b5060085465ffffffffffff1661039c565b348015610567575f5ffd5b5061057b610576366004613b5a565b610ef4565b6040516103769190613f43565b348015610593575f5ffd5b5061036a6105a2366004613f51565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b3480156105db575f5ffd5b5061039c6105ea366004613e4e565b610efe565b3480156105fa575f5ffd5b506103dd610f5f565b34801561060e575f5ffd5b5061041e7f000000000000000000000000000000000000000000000000000000000000000081565b348015610641575f5ffd5b50610655610650366004613b5a565b610ff2565b60408051938452602084019290925290820152606001610376565b34801561067b575f5ffd5b506040805180820190915260018152603160f81b60208201526103dd565b3480156106a4575f5ffd5b5061039c6106b3366004613f8f565b611017565b3480156106c3575f5ffd5b5061039c6106d2366004613ffd565b61103e565b3480156106e2575f5ffd5b5061039c6106f13660046140b9565b6110fb565b348015610701575f5ffd5b5061039c610710366004613b5a565b611143565b348015610720575f5ffd5b5061039c61072f36600461413a565b61114f565b34801561073f575f5ffd5b5061034561074e366004613ef4565b61129c565b34801561075e575f5ffd5b5061039c61076d366004614155565b6112ad565b34801561077d575f5ffd5b5061039c61078c3660046141aa565b6112fd565b34801561079c575f5ffd5b5061039c6107ab36600461413a565b6001600160a01b03165f9081526002602052604090205490565b3480156107d0575f5ffd5b506107d96113a1565b60405161037697969594939291906142a0565b3480156107f7575f5ffd5b5061039c61080636600461430f565b6113e3565b348015610816575f5ffd5b5061050a61143b565b34801561082a575f5ffd5b50606461039c565b34801561083d575f5ffd5b5061039c61084c36600461435c565b6114c2565b34801561085c575f5ffd5b5061039c6114d8565b348015610870575f5ffd5b5061034561087f36600461413a565b6114f1565b34801561088f575f5ffd5b5061039c61089e366004613e4e565b611502565b3480156108ae575f5ffd5b5061036a6108bd366004613b5a565b61150f565b3480156108cd575f5ffd5b5061039c6108dc366004613b5a565b5f9081526004602052604090206001015465ffffffffffff1690565b348015610903575f5ffd5b5061039c611517565b348015610917575f5ffd5b506104556109263660046143b0565b611521565b348015610936575f5ffd5b5061039c610945366004613b5a565b611564565b610345610958366004614447565b61156e565b348015610968575f5ffd5b5061039c610977366004613e4e565b6115ea565b348015610987575f5ffd5b50600d546001600160a01b031661041e565b3480156109a4575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e908201526103dd565b3480156109e9575f5ffd5b5061039c7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a1c575f5ffd5b50610345610a2b366004614486565b611623565b348015610a3b575f5ffd5b5061039c610a4a3660046144a9565b611634565b348015610a5a575f5ffd5b50610345610a69366004613b5a565b611653565b348015610a79575f5ffd5b50610455610a883660046144d3565b611664565b348015610a98575f5ffd5b5061039c610aa7366004613b5a565b6116a7565b348015610ab7575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061041e565b5f610af1600d546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610b2657506001600160e01b031982166332a2ad4360e11b145b80610b4157506001600160e01b03198216630271189760e51b145b80610b5c57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610b6a611744565b610b73816117bd565b50565b606060038054610b859061452a565b80601f0160208091040260200160405190810160405280929190818152602001828054610bb19061452a565b8015610bfc5780601f10610bd357610100808354040283529160200191610bfc565b820191905f5260205f20905b815481529060010190602001808311610bdf57829003601f168201915b5050505050905090565b5f30610c10610ade565b6001600160a01b031614610c3757604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610c5686868686611502565b90505f610c628261150f565b9050610c7782610c726004611852565b611874565b5080610c9e5760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610cac83898989896118b1565b905065ffffffffffff811615610d23575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610d3f565b60405163ab2d031160e01b815260048101849052602401610c95565b50909695505050505050565b5f5f610d5986868686611502565b90505f610d658261150f565b9050610d8182610c7283610d7a576004611852565b6005611852565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610da9610ade565b6001600160a01b031614610e32575f5b8751811015610e3057306001600160a01b0316888281518110610dde57610dde614562565b60200260200101516001600160a01b031603610e2857610e28868281518110610e0957610e09614562565b60200260200101518051906020012060056118bf90919063ffffffff16565b600101610db9565b505b610e3f82888888886118e0565b30610e48610ade565b6001600160a01b031614158015610e7457506005546001600160801b03808216600160801b9092041614155b15610e7e575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b610ee3611744565b610eec816118f4565b610b736119a5565b5f610b5c82611c1e565b5f5f610f0c86868686611502565b905033610f198282611d57565b610f4857604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610c95565b610f5487878787611d9c565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa925050508015610fde57506040513d5f823e601f3d908101601f19168201604052610fdb9190810190614576565b60015b610fed57610af161143b611da9565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061103684828560405180602001604052805f815250611dbf565b949350505050565b5f61108488888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611de09050565b6110ac576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610c95565b6110ef88878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611ead915050565b98975050505050505050565b5f80339050610f5487828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611ead915050565b5f610b5c600a83611f8a565b604051639014d2fb60e01b81526001600160a01b0382811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690639014d2fb90602401602060405180830381865afa1580156111b7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111db91906145ea565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633a46b1a884600161121561143b565b61121f9190614615565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015265ffffffffffff166024820152604401602060405180830381865afa15801561126e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061129291906145ea565b610b5c9190614633565b6112a4611744565b610eec81611fd7565b5f803390506112f386828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611dbf92505050565b9695505050505050565b5f33611309818461203d565b81906113345760405163d9b3955760e01b81526001600160a01b039091166004820152602401610c95565b505f61133e611517565b90508015611394575f6113508361114f565b90508281838082101561138f57604051636121770b60e11b81526001600160a01b03909316600484015260248301919091526044820152606401610c95565b505050505b610f5487878787866120c1565b5f6060805f5f5f60606113b261216d565b6113ba612198565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113f0858585856121c3565b611418576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610c95565b61143285848660405180602001604052805f815250611dbf565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114b6575060408051601f3d908101601f191682019092526114b391810190614646565b60015b610fed57610af161224c565b5f6114ce848484612256565b90505b9392505050565b5f6114e3600a6122fe565b6001600160d01b0316905090565b6114f9611744565b610eec81612342565b5f611432858585856115ea565b5f6001610b5c565b5f610af160075490565b5f3061152b610ade565b6001600160a01b03161461155257604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610b5c82612353565b611576611744565b5f5f856001600160a01b0316858585604051611593929190614661565b5f6040518083038185875af1925050503d805f81146115cd576040519150601f19603f3d011682016040523d82523d5f602084013e6115d2565b606091505b50915091506115e1828261237b565b50505050505050565b5f8484848460405160200161160294939291906146f7565b60408051601f19818403018152919052805160209091012095945050505050565b61162b611744565b610eec816123b8565b5f6114d1838361164e60408051602081019091525f815290565b612256565b61165b611744565b610b7381612454565b5f3061166e610ade565b6001600160a01b03161461169557604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b604051632394e7a360e21b8152600481018290525f90610b5c906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015611710573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061173491906145ea565b61173d84611143565b6064612495565b3361174d610ade565b6001600160a01b031614611776576040516347096e4760e01b8152336004820152602401610c95565b3061177f610ade565b6001600160a01b0316146117bb575f803660405161179e929190614661565b604051809103902090505b806117b46005612545565b036117a957505b565b6064808211156117ea5760405163243e544560e01b81526004810183905260248101829052604401610c95565b5f6117f36114d8565b905061181261180061143b565b61180985612564565b600a919061259b565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f81600781111561186557611865613f0f565b600160ff919091161b92915050565b5f5f61187f84610ef4565b90505f8361188c83611852565b16036114d1578381846040516331b75e4d60e01b8152600401610c9593929190614741565b5f6112f386868686866125b5565b5f6118ca8383612741565b9050806118db576118db60416127a6565b505050565b6118ed85858585856127b7565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff821681101561193e57604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610c95565b600b546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a150600b805465ffffffffffff191665ffffffffffff92909216919091179055565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b13442716040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a02573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a269190614763565b90506001600160a01b038116611a395750565b5f611a4c600d546001600160a01b031690565b6001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015611a87573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611aab91906145ea565b600b5460085465ffffffffffff90911690600160301b900463ffffffff1660085465ffffffffffff16856001600160a01b031663514194f36040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b10573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b34919061477e565b6001600160401b0316611b479190614633565b611b519190614633565b611b5b9190614633565b611b659190614633565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611bc4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611be8919061477e565b6001600160401b0316905081818082106118ed57604051630bdfc79360e21b815260048101929092526024820152604401610c95565b5f5f611c2983612847565b90506005816007811115611c3f57611c3f613f0f565b14611c4a5792915050565b5f838152600e60205260409081902054600d549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611ca0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cc491906147a4565b15611cd3575060059392505050565b600d54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611d1a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d3e91906147a4565b15611d4d575060079392505050565b5060029392505050565b5f80611d6284610ef4565b6007811115611d7357611d73613f0f565b1480156114d15750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61143285858585612978565b6060610b5c611dba8363ffffffff16565b612a0f565b5f61143285858585611ddb60408051602081019091525f815290565b611ead565b5f610f5485611ea77f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611e328c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611e8c98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612a81565b84612aad565b5f611ebc86610c726001611852565b505f611ed186611ecb89610ebb565b85612256565b90505f611ee18888888588612b1d565b905083515f03611f3757866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611f2a94939291906147c3565b60405180910390a2611f81565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611f789594939291906147ea565b60405180910390a25b610f5488612c19565b5f5f5f611f9685612c22565b9250925050838265ffffffffffff161115611fc357611fbe611fb785612c7a565b8690612cac565b611fc5565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015612054576001915050610b5c565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b1461208557600192505050610b5c565b5f5f61209586602a860386612d4e565b91509150811580610f545750866001600160a01b0316816001600160a01b031614979650505050505050565b5f6120cf8686868686612df7565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631dc2409161211161210c84610ebb565b612c7a565b6040516001600160e01b031960e084901b16815265ffffffffffff90911660048201526024015f604051808303815f87803b15801561214e575f5ffd5b505af1158015612160573d5f5f3e3d5ffd5b5050505095945050505050565b6060610af17f000000000000000000000000000000000000000000000000000000000000000061301a565b6060610af17f000000000000000000000000000000000000000000000000000000000000000061301a565b5f61143283611ea77ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886122158a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611e8c565b5f610af143612c7a565b604051631514119f60e31b81526001600160a01b038481166004830152602482018490525f917f00000000000000000000000000000000000000000000000000000000000000009091169063a8a08cf890604401602060405180830381865afa1580156122c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122e991906145ea565b6122f4858585613057565b6114ce9190614633565b80545f90801561233a5761232483612317600184614823565b5f91825260209091200190565b54600160301b90046001600160d01b03166114d1565b5f9392505050565b61234a611744565b610b73816130ea565b5f610b5c61236083613153565b5f848152600c602052604090205465ffffffffffff16613195565b6060821561238a575080610b5c565b81511561239f5761239a826131a4565b610b5c565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f036123e05760405163f1cfbf0560e01b81525f6004820152602401610c95565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f5f5f6124a286866131ac565b91509150815f036124c6578381816124bc576124bc614836565b04925050506114d1565b8184116124dd576124dd60038515026011186127a6565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f5f5f612551846131c8565b91509150816114d1576114d160316127a6565b5f6001600160d01b03821115612597576040516306dfcc6560e41b815260d0600482015260248101839052604401610c95565b5090565b5f806125a885858561323c565b915091505b935093915050565b5f5f600d5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612607573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061262b91906145ea565b90505f3060601b6bffffffffffffffffffffffff19168418600d5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f4279061267c908a908a908a905f90889060040161484a565b602060405180830381865afa158015612697573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126bb91906145ea565b5f898152600e602052604080822092909255600d5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb091612705918b918b918b919088908a90600401614897565b5f604051808303815f87803b15801561271c575f5ffd5b505af115801561272e573d5f5f3e3d5ffd5b505050506110ef824261210c9190614633565b81545f906001600160801b03600160801b82048116918116600183019091160361276e575f915050610b5c565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600d546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161280295949392919061484a565b5f604051808303818588803b158015612819575f5ffd5b505af115801561282b573d5f5f3e3d5ffd5b5050505f9687525050600e602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561287b57506007949350505050565b801561288c57506002949350505050565b5f61289686610ebb565b9050805f036128bb57604051636ad0607560e01b815260048101879052602401610c95565b5f6128c461143b565b65ffffffffffff1690508082106128e157505f9695505050505050565b5f6128eb88611564565b905081811061290257506001979650505050505050565b61290b8861338c565b158061292a57505f888152600960205260409020805460019091015411155b1561293d57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361296a57506004979650505050505050565b506005979650505050505050565b5f5f612986868686866133c2565b5f818152600e60205260409020549091508015612a0557600d5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b1580156129e0575f5ffd5b505af11580156129f2573d5f5f3e3d5ffd5b5050505f838152600e6020526040812055505b5095945050505050565b6060612a1961224c565b65ffffffffffff168265ffffffffffff1614612a48576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610b5c612a8d613482565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612b0b575f5f612acb85856135ab565b5090925090505f816003811115612ae457612ae4613f0f565b148015612b025750856001600160a01b0316826001600160a01b0316145b925050506114d1565b612b168484846135f4565b90506114d1565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612b6f576040516371c6af4960e01b81526001600160a01b0387166004820152602401610c95565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff8516612bb85783815f015f828254612bad9190614633565b90915550612c0e9050565b5f1960ff861601612bd65783816001015f828254612bad9190614633565b60011960ff861601612bf55783816002015f828254612bad9190614633565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b610b7381613659565b80545f9081908190808203612c40575f5f5f93509350935050611010565b5f612c5086612317600185614823565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250611010915050565b5f65ffffffffffff821115612597576040516306dfcc6560e41b81526030600482015260248101839052604401610c95565b81545f9081816005811115612d08575f612cc58461372d565b612ccf9085614823565b5f8881526020902090915081015465ffffffffffff9081169087161015612cf857809150612d06565b612d03816001614633565b92505b505b5f612d1587878585613885565b90508015612d4257612d2c87612317600184614823565b54600160301b90046001600160d01b0316610f54565b505f9695505050505050565b5f5f8451831180612d5e57508284115b15612d6d57505f9050806125ad565b5f612d79856001614633565b84118015612da1575061060f60f31b612d958787016020015190565b6001600160f01b031916145b90505f612db182151560026148ee565b612dbc906028614633565b905080612dc98787614823565b03612dea575f5f612ddb8989896138db565b90965094506125ad9350505050565b5f5f9350935050506125ad565b5f612e0b8686868680519060200120611502565b905084518651141580612e2057508351865114155b80612e2a57508551155b15612e5f57855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610c95565b5f81815260046020526040902054600160a01b900465ffffffffffff1615612ea85780612e8b82610ef4565b6040516331b75e4d60e01b8152610c959291905f90600401614741565b5f612eba60085465ffffffffffff1690565b612ec261143b565b65ffffffffffff16612ed49190614633565b90505f612eee60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150612f2083612c7a565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155612f4d8261399c565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115612fb057612fb0613bc5565b604051908082528060200260200182016040528015612fe357816020015b6060815260200190600190039081612fce5790505b508c89612ff08a82614633565b8e60405161300699989796959493929190614905565b60405180910390a150505095945050505050565b60605f613026836139cc565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa1580156130c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114ce91906145ea565b600d54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600d80546001600160a01b0319166001600160a01b0392909216919091179055565b5f8181526004602052604081205461318790600160d01b810463ffffffff1690600160a01b900465ffffffffffff166149e0565b65ffffffffffff1692915050565b5f8282188284110282186114d1565b805160208201fd5b5f805f1983850993909202808410938190039390930393915050565b80545f9081906001600160801b0380821691600160801b90041681036131f357505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015613332575f61325887612317600185614823565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561329b57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036132d457825465ffffffffffff16600160301b6001600160d01b03891602178355613324565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506125ad92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816125ad565b5f818152600960205260408120600281015460018201546133ad9190614633565b6133b9610aa785610ebb565b11159392505050565b5f5f6133d086868686611502565b905061341e816133e06007611852565b6133ea6006611852565b6133f46002611852565b60016134016007826149fe565b61340c906002614af2565b6134169190614823565b181818611874565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906134719083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156134da57507f000000000000000000000000000000000000000000000000000000000000000046145b1561350457507f000000000000000000000000000000000000000000000000000000000000000090565b610af1604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f83516041036135e2576020840151604085015160608601515f1a6135d4888285856139f3565b9550955095505050506135ed565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f818152600c602052604090205465ffffffffffff1615801561368057506136808161338c565b15610b73575f613697600b5465ffffffffffff1690565b61369f61143b565b6136a991906149e0565b90506136b482611564565b8165ffffffffffff1611156137015760405165ffffffffffff8216815282907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b5f918252600c6020526040909120805465ffffffffffff191665ffffffffffff92909216919091179055565b5f6001821161373a575090565b816001600160801b82106137535760809190911c9060401b5b68010000000000000000821061376e5760409190911c9060201b5b64010000000082106137855760209190911c9060101b5b62010000821061379a5760109190911c9060081b5b61010082106137ae5760089190911c9060041b5b601082106137c15760049190911c9060021b5b600482106137cd5760011b5b600302600190811c908185816137e5576137e5614836565b048201901c905060018185816137fd576137fd614836565b048201901c9050600181858161381557613815614836565b048201901c9050600181858161382d5761382d614836565b048201901c9050600181858161384557613845614836565b048201901c9050600181858161385d5761385d614836565b048201901c905061387c81858161387657613876614836565b04821190565b90039392505050565b5f5b818310156138d3575f85815260209020838316600285851804019081015465ffffffffffff868116911611156138bf578092506138cd565b6138ca816001614633565b93505b50613887565b509392505050565b5f8084816138ea866001614633565b85118015613912575061060f60f31b6139068388016020015190565b6001600160f01b031916145b90505f61392282151560026148ee565b90505f80613930838a614633565b90505b8781101561398b575f61395161394c8784016020015190565b613abb565b9050600f8160ff161115613970575f5f975097505050505050506125ad565b61397b6010846148ee565b60ff909116019150600101613933565b506001999098509650505050505050565b5f63ffffffff821115612597576040516306dfcc6560e41b81526020600482015260248101839052604401610c95565b5f60ff8216601f811115610b5c57604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613a2c57505f91506003905082613ab1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613a7d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613aa857505f925060019150829050613ab1565b92505f91508190505b9450945094915050565b5f60f882901c602f81118015613ad45750603a8160ff16105b15613ae257602f1901610b5c565b60608160ff16118015613af8575060678160ff16105b15613b065760561901610b5c565b60408160ff16118015613b1c575060478160ff16105b15613b2a5760361901610b5c565b5060ff92915050565b5f60208284031215613b43575f5ffd5b81356001600160e01b0319811681146114d1575f5ffd5b5f60208284031215613b6a575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114d16020830184613b71565b6001600160a01b0381168114610b73575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715613c0157613c01613bc5565b604052919050565b5f6001600160401b03821115613c2157613c21613bc5565b50601f01601f191660200190565b5f613c41613c3c84613c09565b613bd9565b9050828152838383011115613c54575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112613c79575f5ffd5b6114d183833560208501613c2f565b5f5f5f5f60808587031215613c9b575f5ffd5b8435613ca681613bb1565b93506020850135613cb681613bb1565b92506040850135915060608501356001600160401b03811115613cd7575f5ffd5b613ce387828801613c6a565b91505092959194509250565b5f6001600160401b03821115613d0757613d07613bc5565b5060051b60200190565b5f82601f830112613d20575f5ffd5b8135613d2e613c3c82613cef565b8082825260208201915060208360051b860101925085831115613d4f575f5ffd5b602085015b83811015612a05578035613d6781613bb1565b835260209283019201613d54565b5f82601f830112613d84575f5ffd5b8135613d92613c3c82613cef565b8082825260208201915060208360051b860101925085831115613db3575f5ffd5b602085015b83811015612a05578035835260209283019201613db8565b5f82601f830112613ddf575f5ffd5b8135613ded613c3c82613cef565b8082825260208201915060208360051b860101925085831115613e0e575f5ffd5b602085015b83811015612a055780356001600160401b03811115613e30575f5ffd5b613e3f886020838a0101613c6a565b84525060209283019201613e13565b5f5f5f5f60808587031215613e61575f5ffd5b84356001600160401b03811115613e76575f5ffd5b613e8287828801613d11565b94505060208501356001600160401b03811115613e9d575f5ffd5b613ea987828801613d75565b93505060408501356001600160401b03811115613ec4575f5ffd5b613ed087828801613dd0565b949793965093946060013593505050565b65ffffffffffff81168114610b73575f5ffd5b5f60208284031215613f04575f5ffd5b81356114d181613ee1565b634e487b7160e01b5f52602160045260245ffd5b60088110613f3f57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610b5c8284613f23565b5f5f60408385031215613f62575f5ffd5b823591506020830135613f7481613bb1565b809150509250929050565b803560ff81168114610fed575f5ffd5b5f5f60408385031215613fa0575f5ffd5b82359150613fb060208401613f7f565b90509250929050565b5f5f83601f840112613fc9575f5ffd5b5081356001600160401b03811115613fdf575f5ffd5b602083019150836020828501011115613ff6575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215614013575f5ffd5b8735965061402360208901613f7f565b9550604088013561403381613bb1565b945060608801356001600160401b0381111561404d575f5ffd5b6140598a828b01613fb9565b90955093505060808801356001600160401b03811115614077575f5ffd5b6140838a828b01613c6a565b92505060a08801356001600160401b0381111561409e575f5ffd5b6140aa8a828b01613c6a565b91505092959891949750929550565b5f5f5f5f5f608086880312156140cd575f5ffd5b853594506140dd60208701613f7f565b935060408601356001600160401b038111156140f7575f5ffd5b61410388828901613fb9565b90945092505060608601356001600160401b03811115614121575f5ffd5b61412d88828901613c6a565b9150509295509295909350565b5f6020828403121561414a575f5ffd5b81356114d181613bb1565b5f5f5f5f60608587031215614168575f5ffd5b8435935061417860208601613f7f565b925060408501356001600160401b03811115614192575f5ffd5b61419e87828801613fb9565b95989497509550505050565b5f5f5f5f608085870312156141bd575f5ffd5b84356001600160401b038111156141d2575f5ffd5b6141de87828801613d11565b94505060208501356001600160401b038111156141f9575f5ffd5b61420587828801613d75565b93505060408501356001600160401b03811115614220575f5ffd5b61422c87828801613dd0565b92505060608501356001600160401b03811115614247575f5ffd5b8501601f81018713614257575f5ffd5b613ce387823560208401613c2f565b5f8151808452602084019350602083015f5b82811015614296578151865260209586019590910190600101614278565b5093949350505050565b60ff60f81b8816815260e060208201525f6142be60e0830189613b71565b82810360408401526142d08189613b71565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506143018185614266565b9a9950505050505050505050565b5f5f5f5f60808587031215614322575f5ffd5b8435935061433260208601613f7f565b9250604085013561434281613bb1565b915060608501356001600160401b03811115613cd7575f5ffd5b5f5f5f6060848603121561436e575f5ffd5b833561437981613bb1565b92506020840135915060408401356001600160401b0381111561439a575f5ffd5b6143a686828701613c6a565b9150509250925092565b5f5f5f5f5f60a086880312156143c4575f5ffd5b85356143cf81613bb1565b945060208601356143df81613bb1565b935060408601356001600160401b038111156143f9575f5ffd5b61440588828901613d75565b93505060608601356001600160401b03811115614420575f5ffd5b61442c88828901613d75565b92505060808601356001600160401b03811115614121575f5ffd5b5f5f5f5f6060858703121561445a575f5ffd5b843561446581613bb1565b93506020850135925060408501356001600160401b03811115614192575f5ffd5b5f60208284031215614496575f5ffd5b813563ffffffff811681146114d1575f5ffd5b5f5f604083850312156144ba575f5ffd5b82356144c581613bb1565b946020939093013593505050565b5f5f5f5f5f60a086880312156144e7575f5ffd5b85356144f281613bb1565b9450602086013561450281613bb1565b9350604086013592506060860135915060808601356001600160401b03811115614121575f5ffd5b600181811c9082168061453e57607f821691505b60208210810361455c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614586575f5ffd5b81516001600160401b0381111561459b575f5ffd5b8201601f810184136145ab575f5ffd5b80516145b9613c3c82613c09565b8181528560208385010111156145cd575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b5f602082840312156145fa575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610b5c57610b5c614601565b80820180821115610b5c57610b5c614601565b5f60208284031215614656575f5ffd5b81516114d181613ee1565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b828110156142965781516001600160a01b0316865260209586019590910190600101614682565b5f82825180855260208501945060208160051b830101602085015f5b83811015610d3f57601f198584030188526146e1838351613b71565b60209889019890935091909101906001016146c5565b608081525f6147096080830187614670565b828103602084015261471b8187614266565b9050828103604084015261472f81866146a9565b91505082606083015295945050505050565b838152606081016147556020830185613f23565b826040830152949350505050565b5f60208284031215614773575f5ffd5b81516114d181613bb1565b5f6020828403121561478e575f5ffd5b81516001600160401b03811681146114d1575f5ffd5b5f602082840312156147b4575f5ffd5b815180151581146114d1575f5ffd5b84815260ff84166020820152826040820152608060608201525f6112f36080830184613b71565b85815260ff8516602082015283604082015260a060608201525f61481160a0830185613b71565b82810360808401526110ef8185613b71565b81810381811115610b5c57610b5c614601565b634e487b7160e01b5f52601260045260245ffd5b60a081525f61485c60a0830188614670565b828103602084015261486e8188614266565b9050828103604084015261488281876146a9565b60608401959095525050608001529392505050565b60c081525f6148a960c0830189614670565b82810360208401526148bb8189614266565b905082810360408401526148cf81886146a9565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610b5c57610b5c614601565b8981526001600160a01b0389166020820152610120604082018190525f9061492f9083018a614670565b8281036060840152614941818a614266565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561499857601f19868403018552614982838351613b71565b6020958601959093509190910190600101614966565b505085810360a08701526149ac818b6146a9565b93505050508560c08401528460e08401528281036101008401526149d08185613b71565b9c9b505050505050505050505050565b65ffffffffffff8181168382160190811115610b5c57610b5c614601565b60ff8181168382160190811115610b5c57610b5c614601565b6001815b60018411156125ad57808504811115614a3657614a36614601565b6001841615614a4457908102905b60019390931c928002614a1b565b5f82614a6057506001610b5c565b81614a6c57505f610b5c565b8160018114614a825760028114614a8c57614aa8565b6001915050610b5c565b60ff841115614a9d57614a9d614601565b50506001821b610b5c565b5060208310610133831016604e8410600b8410161715614acb575081810a610b5c565b614ad75f198484614a17565b805f1904821115614aea57614aea614601565b029392505050565b5f6114d160ff841683614a5256fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x03\x10W_5`\xE0\x1C\x80c{<q\xD3\x11a\x01\xA3W\x80c\xB5\x811\xB0\x11a\0\xF2W\x80c\xDE\xAA\xA7\xCC\x11a\0\x92W\x80c\xEC\xE4\x0C\xC1\x11a\0mW\x80c\xEC\xE4\x0C\xC1\x14a\nOW\x80c\xF2:na\x14a\nnW\x80c\xF8\xCEV\n\x14a\n\x8DW\x80c\xFC\x0CTj\x14a\n\xACW__\xFD[\x80c\xDE\xAA\xA7\xCC\x14a\t\xDEW\x80c\xE5@\xD0\x1D\x14a\n\x11W\x80c\xEB\x90\x19\xD4\x14a\n0W__\xFD[\x80c\xC2\x8B\xC2\xFA\x11a\0\xCDW\x80c\xC2\x8B\xC2\xFA\x14a\tJW\x80c\xC5\x90W\xE4\x14a\t]W\x80c\xD32\x19\xB4\x14a\t|W\x80c\xDDN+\xA5\x14a\t\x99W__\xFD[\x80c\xB5\x811\xB0\x14a\x08\xF8W\x80c\xBC\x19|\x81\x14a\t\x0CW\x80c\xC0\x1F\x9E7\x14a\t+W__\xFD[\x80c\x97\xC3\xD34\x11a\x01]W\x80c\xA8\x90\xC9\x10\x11a\x018W\x80c\xA8\x90\xC9\x10\x14a\x08eW\x80c\xA8\xF8\xA6h\x14a\x08\x84W\x80c\xA9\xA9R\x94\x14a\x08\xA3W\x80c\xABX\xFB\x8E\x14a\x08\xC2W__\xFD[\x80c\x97\xC3\xD34\x14a\x08\x1FW\x80c\x9A\x80*m\x14a\x082W\x80c\xA7q:p\x14a\x08QW__\xFD[\x80c{<q\xD3\x14a\x07SW\x80c}^\x81\xE2\x14a\x07rW\x80c~\xCE\xBE\0\x14a\x07\x91W\x80c\x84\xB0\x19n\x14a\x07\xC5W\x80c\x8F\xF2b\xE3\x14a\x07\xECW\x80c\x91\xDD\xAD\xF4\x14a\x08\x0BW__\xFD[\x80c>OI\xE6\x11a\x02_W\x80cT\xFDMP\x11a\x02\x19W\x80c_9\x8A\x14\x11a\x01\xF4W\x80c_9\x8A\x14\x14a\x06\xD7W\x80c`\xC4$\x7F\x14a\x06\xF6W\x80cp\xEA\x96H\x14a\x07\x15W\x80cy\x05\x18\x87\x14a\x074W__\xFD[\x80cT\xFDMP\x14a\x06pW\x80cVx\x13\x88\x14a\x06\x99W\x80c[\x8D\x0E\r\x14a\x06\xB8W__\xFD[\x80c>OI\xE6\x14a\x05\\W\x80cC\x85\x962\x14a\x05\x88W\x80cE!\x15\xD6\x14a\x05\xD0W\x80cK\xF5\xD7\xE9\x14a\x05\xEFW\x80cL\xF0\x88\xD9\x14a\x06\x03W\x80cTO\xFC\x9C\x14a\x066W__\xFD[\x80c\x16\x0C\xBE\xD7\x11a\x02\xCAW\x80c/\xE3\xE2a\x11a\x02\xA5W\x80c/\xE3\xE2a\x14a\x04\xBFW\x80c2\xB8\x11>\x14a\x04\xF2W\x80c3\r\xF7\xFF\x14a\x05!W\x80c92\xAB\xB1\x14a\x05@W__\xFD[\x80c\x16\x0C\xBE\xD7\x14a\x04nW\x80c&V\"}\x14a\x04\x8DW\x80c-c\xF6\x93\x14a\x04\xA0W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x03KW\x80c\x02\xA2Q\xA3\x14a\x03\x7FW\x80c\x06\xF3\xF9\xE6\x14a\x03\xAAW\x80c\x06\xFD\xDE\x03\x14a\x03\xC9W\x80c\x144\x89\xD0\x14a\x03\xEAW\x80c\x15\x0Bz\x02\x14a\x046W__\xFD[6a\x03GW0a\x03\x1Ea\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x03EW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\0[__\xFD[4\x80\x15a\x03VW__\xFD[Pa\x03ja\x03e6`\x04a;3V[a\n\xF6V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x03\x8AW__\xFD[P`\x08T`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16[`@Q\x90\x81R` \x01a\x03vV[4\x80\x15a\x03\xB5W__\xFD[Pa\x03Ea\x03\xC46`\x04a;ZV[a\x0BbV[4\x80\x15a\x03\xD4W__\xFD[Pa\x03\xDDa\x0BvV[`@Qa\x03v\x91\x90a;\x9FV[4\x80\x15a\x03\xF5W__\xFD[Pa\x04\x1Ea\x04\x046`\x04a;ZV[_\x90\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x04AW__\xFD[Pa\x04Ua\x04P6`\x04a<\x88V[a\x0C\x06V[`@Q`\x01`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x04yW__\xFD[Pa\x03\x9Ca\x04\x886`\x04a>NV[a\x0CHV[a\x03\x9Ca\x04\x9B6`\x04a>NV[a\rKV[4\x80\x15a\x04\xABW__\xFD[Pa\x03\x9Ca\x04\xBA6`\x04a;ZV[a\x0E\xBBV[4\x80\x15a\x04\xCAW__\xFD[Pa\x03\x9C\x7F>\x83\x94fSW_\x9A9\0^\x15E\x18V)\xE9'6\xB7R\x8A\xB2\x0C\xA3\x81o1T$\xA8\x11\x81V[4\x80\x15a\x04\xFDW__\xFD[P`\x0BTe\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03vV[4\x80\x15a\x05,W__\xFD[Pa\x03Ea\x05;6`\x04a>\xF4V[a\x0E\xDBV[4\x80\x15a\x05KW__\xFD[P`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\x9CV[4\x80\x15a\x05gW__\xFD[Pa\x05{a\x05v6`\x04a;ZV[a\x0E\xF4V[`@Qa\x03v\x91\x90a?CV[4\x80\x15a\x05\x93W__\xFD[Pa\x03ja\x05\xA26`\x04a?QV[_\x82\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R`\x03\x01\x90\x91R\x90 T`\xFF\x16\x92\x91PPV[4\x80\x15a\x05\xDBW__\xFD[Pa\x03\x9Ca\x05\xEA6`\x04a>NV[a\x0E\xFEV[4\x80\x15a\x05\xFAW__\xFD[Pa\x03\xDDa\x0F_V[4\x80\x15a\x06\x0EW__\xFD[Pa\x04\x1E\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06AW__\xFD[Pa\x06Ua\x06P6`\x04a;ZV[a\x0F\xF2V[`@\x80Q\x93\x84R` \x84\x01\x92\x90\x92R\x90\x82\x01R``\x01a\x03vV[4\x80\x15a\x06{W__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R`\x01\x81R`1`\xF8\x1B` \x82\x01Ra\x03\xDDV[4\x80\x15a\x06\xA4W__\xFD[Pa\x03\x9Ca\x06\xB36`\x04a?\x8FV[a\x10\x17V[4\x80\x15a\x06\xC3W__\xFD[Pa\x03\x9Ca\x06\xD26`\x04a?\xFDV[a\x10>V[4\x80\x15a\x06\xE2W__\xFD[Pa\x03\x9Ca\x06\xF16`\x04a@\xB9V[a\x10\xFBV[4\x80\x15a\x07\x01W__\xFD[Pa\x03\x9Ca\x07\x106`\x04a;ZV[a\x11CV[4\x80\x15a\x07 W__\xFD[Pa\x03\x9Ca\x07/6`\x04aA:V[a\x11OV[4\x80\x15a\x07?W__\xFD[Pa\x03Ea\x07N6`\x04a>\xF4V[a\x12\x9CV[4\x80\x15a\x07^W__\xFD[Pa\x03\x9Ca\x07m6`\x04aAUV[a\x12\xADV[4\x80\x15a\x07}W__\xFD[Pa\x03\x9Ca\x07\x8C6`\x04aA\xAAV[a\x12\xFDV[4\x80\x15a\x07\x9CW__\xFD[Pa\x03\x9Ca\x07\xAB6`\x04aA:V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 T\x90V[4\x80\x15a\x07\xD0W__\xFD[Pa\x07\xD9a\x13\xA1V[`@Qa\x03v\x97\x96\x95\x94\x93\x92\x91\x90aB\xA0V[4\x80\x15a\x07\xF7W__\xFD[Pa\x03\x9Ca\x08\x066`\x04aC\x0FV[a\x13\xE3V[4\x80\x15a\x08\x16W__\xFD[Pa\x05\na\x14;V[4\x80\x15a\x08*W__\xFD[P`da\x03\x9CV[4\x80\x15a\x08=W__\xFD[Pa\x03\x9Ca\x08L6`\x04aC\\V[a\x14\xC2V[4\x80\x15a\x08\\W__\xFD[Pa\x03\x9Ca\x14\xD8V[4\x80\x15a\x08pW__\xFD[Pa\x03Ea\x08\x7F6`\x04aA:V[a\x14\xF1V[4\x80\x15a\x08\x8FW__\xFD[Pa\x03\x9Ca\x08\x9E6`\x04a>NV[a\x15\x02V[4\x80\x15a\x08\xAEW__\xFD[Pa\x03ja\x08\xBD6`\x04a;ZV[a\x15\x0FV[4\x80\x15a\x08\xCDW__\xFD[Pa\x03\x9Ca\x08\xDC6`\x04a;ZV[_\x90\x81R`\x04` R`@\x90 `\x01\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[4\x80\x15a\t\x03W__\xFD[Pa\x03\x9Ca\x15\x17V[4\x80\x15a\t\x17W__\xFD[Pa\x04Ua\t&6`\x04aC\xB0V[a\x15!V[4\x80\x15a\t6W__\xFD[Pa\x03\x9Ca\tE6`\x04a;ZV[a\x15dV[a\x03Ea\tX6`\x04aDGV[a\x15nV[4\x80\x15a\thW__\xFD[Pa\x03\x9Ca\tw6`\x04a>NV[a\x15\xEAV[4\x80\x15a\t\x87W__\xFD[P`\rT`\x01`\x01`\xA0\x1B\x03\x16a\x04\x1EV[4\x80\x15a\t\xA4W__\xFD[P`@\x80Q\x80\x82\x01\x90\x91R` \x80\x82R\x7Fsupport=bravo&quorum=for,abstain\x90\x82\x01Ra\x03\xDDV[4\x80\x15a\t\xE9W__\xFD[Pa\x03\x9C\x7F\xF2\xAA\xD5P\xCFU\xF0E\xCB'\xE9\xC5Y\xF9\x88\x9F\xDF\xB6\xE6\xCD\xAA\x03#\x01\xD6\xEA9w\x84\xAEQ\xD7\x81V[4\x80\x15a\n\x1CW__\xFD[Pa\x03Ea\n+6`\x04aD\x86V[a\x16#V[4\x80\x15a\n;W__\xFD[Pa\x03\x9Ca\nJ6`\x04aD\xA9V[a\x164V[4\x80\x15a\nZW__\xFD[Pa\x03Ea\ni6`\x04a;ZV[a\x16SV[4\x80\x15a\nyW__\xFD[Pa\x04Ua\n\x886`\x04aD\xD3V[a\x16dV[4\x80\x15a\n\x98W__\xFD[Pa\x03\x9Ca\n\xA76`\x04a;ZV[a\x16\xA7V[4\x80\x15a\n\xB7W__\xFD[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x04\x1EV[_a\n\xF1`\rT`\x01`\x01`\xA0\x1B\x03\x16\x90V[\x90P\x90V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cf\xDE\xFEw`\xE1\x1B\x14\x80a\x0B&WP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c2\xA2\xADC`\xE1\x1B\x14[\x80a\x0BAWP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c\x02q\x18\x97`\xE5\x1B\x14[\x80a\x0B\\WPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[a\x0Bja\x17DV[a\x0Bs\x81a\x17\xBDV[PV[```\x03\x80Ta\x0B\x85\x90aE*V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x0B\xB1\x90aE*V[\x80\x15a\x0B\xFCW\x80`\x1F\x10a\x0B\xD3Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x0B\xFCV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x0B\xDFW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90P\x90V[_0a\x0C\x10a\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0C7W`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\n\x85\xBD\x01`\xE1\x1B\x94\x93PPPPV[__a\x0CV\x86\x86\x86\x86a\x15\x02V[\x90P_a\x0Cb\x82a\x15\x0FV[\x90Pa\x0Cw\x82a\x0Cr`\x04a\x18RV[a\x18tV[P\x80a\x0C\x9EW`@Qc\xD88\xBC\xB7`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\x0C\xAC\x83\x89\x89\x89\x89a\x18\xB1V[\x90Pe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15a\r#W_\x83\x81R`\x04` \x90\x81R`@\x91\x82\x90 `\x01\x01\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81\x17\x90\x91U\x82Q\x86\x81R\x91\x82\x01R\x7F\x9A.B\xFDg\"\x81=i\x11>}\0y\xD3\xD9@\x17\x14(\xDFss\xDF\x9C\x7Fv\x17\xCF\xDA(\x92\x91\x01`@Q\x80\x91\x03\x90\xA1a\r?V[`@Qc\xAB-\x03\x11`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0C\x95V[P\x90\x96\x95PPPPPPV[__a\rY\x86\x86\x86\x86a\x15\x02V[\x90P_a\re\x82a\x15\x0FV[\x90Pa\r\x81\x82a\x0Cr\x83a\rzW`\x04a\x18RV[`\x05a\x18RV[P_\x82\x81R`\x04` R`@\x90 \x80T`\xFF`\xF0\x1B\x19\x16`\x01`\xF0\x1B\x17\x90U0a\r\xA9a\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0E2W_[\x87Q\x81\x10\x15a\x0E0W0`\x01`\x01`\xA0\x1B\x03\x16\x88\x82\x81Q\x81\x10a\r\xDEWa\r\xDEaEbV[` \x02` \x01\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x03a\x0E(Wa\x0E(\x86\x82\x81Q\x81\x10a\x0E\tWa\x0E\taEbV[` \x02` \x01\x01Q\x80Q\x90` \x01 `\x05a\x18\xBF\x90\x91\x90c\xFF\xFF\xFF\xFF\x16V[`\x01\x01a\r\xB9V[P[a\x0E?\x82\x88\x88\x88\x88a\x18\xE0V[0a\x0EHa\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0EtWP`\x05T`\x01`\x01`\x80\x1B\x03\x80\x82\x16`\x01`\x80\x1B\x90\x92\x04\x16\x14\x15[\x15a\x0E~W_`\x05U[`@Q\x82\x81R\x7Fq*\xE18?y\xAC\x85?\x8D\x88!Sw\x8E\x02`\xEF\x8F\x03\xB5\x04\xE2\x86n\x05\x93\xE0M+)\x1F\x90` \x01`@Q\x80\x91\x03\x90\xA1P\x95\x94PPPPPV[_\x90\x81R`\x04` R`@\x90 T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x0E\xE3a\x17DV[a\x0E\xEC\x81a\x18\xF4V[a\x0Bsa\x19\xA5V[_a\x0B\\\x82a\x1C\x1EV[__a\x0F\x0C\x86\x86\x86\x86a\x15\x02V[\x90P3a\x0F\x19\x82\x82a\x1DWV[a\x0FHW`@Qc\x8F\xE5\xD8\xA9`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\x0C\x95V[a\x0FT\x87\x87\x87\x87a\x1D\x9CV[\x97\x96PPPPPPPV[``\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cK\xF5\xD7\xE9`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x0F\xDEWP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x0F\xDB\x91\x90\x81\x01\x90aEvV[`\x01[a\x0F\xEDWa\n\xF1a\x14;a\x1D\xA9V[\x91\x90PV[_\x81\x81R`\t` R`@\x90 \x80T`\x01\x82\x01T`\x02\x90\x92\x01T\x90\x91\x90[\x91\x93\x90\x92PV[_\x803\x90Pa\x106\x84\x82\x85`@Q\x80` \x01`@R\x80_\x81RPa\x1D\xBFV[\x94\x93PPPPV[_a\x10\x84\x88\x88\x88\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92P\x89\x91Pa\x1D\xE0\x90PV[a\x10\xACW`@Qc\x94\xABl\x07`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x0C\x95V[a\x10\xEF\x88\x87\x89\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92Pa\x1E\xAD\x91PPV[\x98\x97PPPPPPPPV[_\x803\x90Pa\x0FT\x87\x82\x88\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x8A\x92Pa\x1E\xAD\x91PPV[_a\x0B\\`\n\x83a\x1F\x8AV[`@Qc\x90\x14\xD2\xFB`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x81\x16`\x04\x83\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x90\x14\xD2\xFB\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x11\xB7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11\xDB\x91\x90aE\xEAV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c:F\xB1\xA8\x84`\x01a\x12\x15a\x14;V[a\x12\x1F\x91\x90aF\x15V[`@Q`\x01`\x01`\xE0\x1B\x03\x19`\xE0\x85\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01Re\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x12nW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x12\x92\x91\x90aE\xEAV[a\x0B\\\x91\x90aF3V[a\x12\xA4a\x17DV[a\x0E\xEC\x81a\x1F\xD7V[_\x803\x90Pa\x12\xF3\x86\x82\x87\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1D\xBF\x92PPPV[\x96\x95PPPPPPV[_3a\x13\t\x81\x84a =V[\x81\x90a\x134W`@Qc\xD9\xB3\x95W`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x0C\x95V[P_a\x13>a\x15\x17V[\x90P\x80\x15a\x13\x94W_a\x13P\x83a\x11OV[\x90P\x82\x81\x83\x80\x82\x10\x15a\x13\x8FW`@Qca!w\x0B`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x93\x16`\x04\x84\x01R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x0C\x95V[PPPP[a\x0FT\x87\x87\x87\x87\x86a \xC1V[_``\x80___``a\x13\xB2a!mV[a\x13\xBAa!\x98V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R`\x0F`\xF8\x1B\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\x13\xF0\x85\x85\x85\x85a!\xC3V[a\x14\x18W`@Qc\x94\xABl\x07`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x0C\x95V[a\x142\x85\x84\x86`@Q\x80` \x01`@R\x80_\x81RPa\x1D\xBFV[\x95\x94PPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x91\xDD\xAD\xF4`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x14\xB6WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra\x14\xB3\x91\x81\x01\x90aFFV[`\x01[a\x0F\xEDWa\n\xF1a\"LV[_a\x14\xCE\x84\x84\x84a\"VV[\x90P[\x93\x92PPPV[_a\x14\xE3`\na\"\xFEV[`\x01`\x01`\xD0\x1B\x03\x16\x90P\x90V[a\x14\xF9a\x17DV[a\x0E\xEC\x81a#BV[_a\x142\x85\x85\x85\x85a\x15\xEAV[_`\x01a\x0B\\V[_a\n\xF1`\x07T\x90V[_0a\x15+a\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15RW`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\xBC\x19|\x81`\xE0\x1B\x95\x94PPPPPV[_a\x0B\\\x82a#SV[a\x15va\x17DV[__\x85`\x01`\x01`\xA0\x1B\x03\x16\x85\x85\x85`@Qa\x15\x93\x92\x91\x90aFaV[_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\x15\xCDW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x15\xD2V[``\x91P[P\x91P\x91Pa\x15\xE1\x82\x82a#{V[PPPPPPPV[_\x84\x84\x84\x84`@Q` \x01a\x16\x02\x94\x93\x92\x91\x90aF\xF7V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x90R\x80Q` \x90\x91\x01 \x95\x94PPPPPV[a\x16+a\x17DV[a\x0E\xEC\x81a#\xB8V[_a\x14\xD1\x83\x83a\x16N`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[a\"VV[a\x16[a\x17DV[a\x0Bs\x81a$TV[_0a\x16na\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x16\x95W`@Qct\x852\x8F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pc\xF2:na`\xE0\x1B\x95\x94PPPPPV[`@Qc#\x94\xE7\xA3`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R_\x90a\x0B\\\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x8ES\x9E\x8C\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\x10W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x174\x91\x90aE\xEAV[a\x17=\x84a\x11CV[`da$\x95V[3a\x17Ma\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x17vW`@QcG\tnG`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x0C\x95V[0a\x17\x7Fa\n\xDEV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x17\xBBW_\x806`@Qa\x17\x9E\x92\x91\x90aFaV[`@Q\x80\x91\x03\x90 \x90P[\x80a\x17\xB4`\x05a%EV[\x03a\x17\xA9WP[V[`d\x80\x82\x11\x15a\x17\xEAW`@Qc$>TE`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\x0C\x95V[_a\x17\xF3a\x14\xD8V[\x90Pa\x18\x12a\x18\0a\x14;V[a\x18\t\x85a%dV[`\n\x91\x90a%\x9BV[PP`@\x80Q\x82\x81R` \x81\x01\x85\x90R\x7F\x05SGk\xF0.\xF2rn\x8C\xE5\xCE\xD7\x8Dc\xE2n`.J\"W\xB1\xF5YA\x8E$\xB4c9\x97\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[_\x81`\x07\x81\x11\x15a\x18eWa\x18ea?\x0FV[`\x01`\xFF\x91\x90\x91\x16\x1B\x92\x91PPV[__a\x18\x7F\x84a\x0E\xF4V[\x90P_\x83a\x18\x8C\x83a\x18RV[\x16\x03a\x14\xD1W\x83\x81\x84`@Qc1\xB7^M`\xE0\x1B\x81R`\x04\x01a\x0C\x95\x93\x92\x91\x90aGAV[_a\x12\xF3\x86\x86\x86\x86\x86a%\xB5V[_a\x18\xCA\x83\x83a'AV[\x90P\x80a\x18\xDBWa\x18\xDB`Aa'\xA6V[PPPV[a\x18\xED\x85\x85\x85\x85\x85a'\xB7V[PPPPPV[`\x08T`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81\x10\x15a\x19>W`@Qc2\x11\x87m`\xE1\x1B\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x0C\x95V[`\x0BT`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x84\x16` \x83\x01R\x7F|\xA4\xAC\x11~\xD3\xCD\xCEu\xC1\x16\x1D\x82\x07\xC4@8\x9B\x1A\x15\xD6\x9D\th1fFW\xC0}\xAF\xC2\x91\x01`@Q\x80\x91\x03\x90\xA1P`\x0B\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\xB14Bq`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A\x02W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A&\x91\x90aGcV[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16a\x1A9WPV[_a\x1AL`\rT`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16c\xF2z\x0C\x92`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A\x87W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A\xAB\x91\x90aE\xEAV[`\x0BT`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x90`\x01`0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85`\x01`\x01`\xA0\x1B\x03\x16cQA\x94\xF3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B\x10W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1B4\x91\x90aG~V[`\x01`\x01`@\x1B\x03\x16a\x1BG\x91\x90aF3V[a\x1BQ\x91\x90aF3V[a\x1B[\x91\x90aF3V[a\x1Be\x91\x90aF3V[\x90P_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1B\xC4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1B\xE8\x91\x90aG~V[`\x01`\x01`@\x1B\x03\x16\x90P\x81\x81\x80\x82\x10a\x18\xEDW`@Qc\x0B\xDF\xC7\x93`\xE2\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x0C\x95V[__a\x1C)\x83a(GV[\x90P`\x05\x81`\x07\x81\x11\x15a\x1C?Wa\x1C?a?\x0FV[\x14a\x1CJW\x92\x91PPV[_\x83\x81R`\x0E` R`@\x90\x81\x90 T`\rT\x91Qc,%\x8A\x9F`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R\x90\x91`\x01`\x01`\xA0\x1B\x03\x16\x90cXK\x15>\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1C\xA0W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1C\xC4\x91\x90aG\xA4V[\x15a\x1C\xD3WP`\x05\x93\x92PPPV[`\rT`@Qc*\xB0\xF5)`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c*\xB0\xF5)\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1D\x1AW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1D>\x91\x90aG\xA4V[\x15a\x1DMWP`\x07\x93\x92PPPV[P`\x02\x93\x92PPPV[_\x80a\x1Db\x84a\x0E\xF4V[`\x07\x81\x11\x15a\x1DsWa\x1Dsa?\x0FV[\x14\x80\x15a\x14\xD1WPP_\x91\x82R`\x04` R`@\x90\x91 T`\x01`\x01`\xA0\x1B\x03\x91\x82\x16\x91\x16\x14\x90V[_a\x142\x85\x85\x85\x85a)xV[``a\x0B\\a\x1D\xBA\x83c\xFF\xFF\xFF\xFF\x16V[a*\x0FV[_a\x142\x85\x85\x85\x85a\x1D\xDB`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[a\x1E\xADV[_a\x0FT\x85a\x1E\xA7\x7F>\x83\x94fSW_\x9A9\0^\x15E\x18V)\xE9'6\xB7R\x8A\xB2\x0C\xA3\x81o1T$\xA8\x11\x8A\x8A\x8Aa\x1E2\x8C`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[\x8BQ` \x80\x8E\x01\x91\x90\x91 \x8CQ\x8D\x83\x01 `@Qa\x1E\x8C\x98\x97\x96\x95\x94\x93\x01\x96\x87R` \x87\x01\x95\x90\x95R`\xFF\x93\x90\x93\x16`@\x86\x01R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16``\x85\x01R`\x80\x84\x01R`\xA0\x83\x01R`\xC0\x82\x01R`\xE0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a*\x81V[\x84a*\xADV[_a\x1E\xBC\x86a\x0Cr`\x01a\x18RV[P_a\x1E\xD1\x86a\x1E\xCB\x89a\x0E\xBBV[\x85a\"VV[\x90P_a\x1E\xE1\x88\x88\x88\x85\x88a+\x1DV[\x90P\x83Q_\x03a\x1F7W\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB8\xE18\x88}\n\xA1;\xABD~\x82\xDE\x9D\\\x17w\x04\x1E\xCD!\xCA6\xBA\x82O\xF1\xE6\xC0}\xDD\xA4\x89\x88\x84\x89`@Qa\x1F*\x94\x93\x92\x91\x90aG\xC3V[`@Q\x80\x91\x03\x90\xA2a\x1F\x81V[\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE2\xBA\xBF\xBA\xC5\x88\x9Ap\x9Bc\xBB\x7FY\x8B2N\x08\xBCZO\xB9\xECd\x7F\xB3\xCB\xC9\xEC\x07\xEB\x87\x12\x89\x88\x84\x89\x89`@Qa\x1Fx\x95\x94\x93\x92\x91\x90aG\xEAV[`@Q\x80\x91\x03\x90\xA2[a\x0FT\x88a,\x19V[___a\x1F\x96\x85a,\"V[\x92P\x92PP\x83\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1F\xC3Wa\x1F\xBEa\x1F\xB7\x85a,zV[\x86\x90a,\xACV[a\x1F\xC5V[\x80[`\x01`\x01`\xD0\x1B\x03\x16\x95\x94PPPPPV[`\x08T`@\x80Qe\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\xC5e\xB0E@=\xC0<.\xEA\x82\xB8\x1A\x04e\xED\xAD\x9E.\x7F\xC4\xD9~\x11B\x1C \x9D\xA9=z\x93\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80Q_\x90`4\x81\x10\x15a TW`\x01\x91PPa\x0B\\V[`\x13\x19\x81\x84\x01\x01Q`\x01`\x01`\xB0\x1B\x03\x19\x81\x16i#proposer=`\xB0\x1B\x14a \x85W`\x01\x92PPPa\x0B\\V[__a \x95\x86`*\x86\x03\x86a-NV[\x91P\x91P\x81\x15\x80a\x0FTWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14\x97\x96PPPPPPPV[_a \xCF\x86\x86\x86\x86\x86a-\xF7V[\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x1D\xC2@\x91a!\x11a!\x0C\x84a\x0E\xBBV[a,zV[`@Q`\x01`\x01`\xE0\x1B\x03\x19`\xE0\x84\x90\x1B\x16\x81Re\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a!NW__\xFD[PZ\xF1\x15\x80\x15a!`W=__>=_\xFD[PPPP\x95\x94PPPPPV[``a\n\xF1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a0\x1AV[``a\n\xF1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a0\x1AV[_a\x142\x83a\x1E\xA7\x7F\xF2\xAA\xD5P\xCFU\xF0E\xCB'\xE9\xC5Y\xF9\x88\x9F\xDF\xB6\xE6\xCD\xAA\x03#\x01\xD6\xEA9w\x84\xAEQ\xD7\x88\x88\x88a\"\x15\x8A`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x90V[`@\x80Q` \x81\x01\x96\x90\x96R\x85\x01\x93\x90\x93R`\xFF\x90\x91\x16``\x84\x01R`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01R`\xA0\x82\x01R`\xC0\x01a\x1E\x8CV[_a\n\xF1Ca,zV[`@Qc\x15\x14\x11\x9F`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R`$\x82\x01\x84\x90R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xA8\xA0\x8C\xF8\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\"\xC5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\"\xE9\x91\x90aE\xEAV[a\"\xF4\x85\x85\x85a0WV[a\x14\xCE\x91\x90aF3V[\x80T_\x90\x80\x15a#:Wa#$\x83a#\x17`\x01\x84aH#V[_\x91\x82R` \x90\x91 \x01\x90V[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x14\xD1V[_\x93\x92PPPV[a#Ja\x17DV[a\x0Bs\x81a0\xEAV[_a\x0B\\a#`\x83a1SV[_\x84\x81R`\x0C` R`@\x90 Te\xFF\xFF\xFF\xFF\xFF\xFF\x16a1\x95V[``\x82\x15a#\x8AWP\x80a\x0B\\V[\x81Q\x15a#\x9FWa#\x9A\x82a1\xA4V[a\x0B\\V[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80c\xFF\xFF\xFF\xFF\x16_\x03a#\xE0W`@Qc\xF1\xCF\xBF\x05`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\x0C\x95V[`\x08T`@\x80Qc\xFF\xFF\xFF\xFF`\x01`0\x1B\x90\x93\x04\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F~?\x7F\x07\x08\xA8M\xE9 06\xAB\xAAE\r\xCC\xC8Z\xD5\xFFR\xF7\x8C\x17\x0F>\xDBU\xCF^\x88(\x91\x01`@Q\x80\x91\x03\x90\xA1`\x08\x80Tc\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`0\x1B\x02i\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[`\x07T`@\x80Q\x91\x82R` \x82\x01\x83\x90R\x7F\xCC\xB4]\xA8\xD5q~lEDiB\x97\xC4\xBA\\\xF1Q\xD4U\xC9\xBB\x0E\xD4\xFCz8A\x1B\xC0Ta\x91\x01`@Q\x80\x91\x03\x90\xA1`\x07UV[___a$\xA2\x86\x86a1\xACV[\x91P\x91P\x81_\x03a$\xC6W\x83\x81\x81a$\xBCWa$\xBCaH6V[\x04\x92PPPa\x14\xD1V[\x81\x84\x11a$\xDDWa$\xDD`\x03\x85\x15\x02`\x11\x18a'\xA6V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[___a%Q\x84a1\xC8V[\x91P\x91P\x81a\x14\xD1Wa\x14\xD1`1a'\xA6V[_`\x01`\x01`\xD0\x1B\x03\x82\x11\x15a%\x97W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\xD0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x95V[P\x90V[_\x80a%\xA8\x85\x85\x85a2<V[\x91P\x91P[\x93P\x93\x91PPV[__`\r_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16c\xF2z\x0C\x92`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a&\x07W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a&+\x91\x90aE\xEAV[\x90P_0``\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x84\x18`\rT`@Qc\xB1\xC5\xF4'`\xE0\x1B\x81R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x16\x90c\xB1\xC5\xF4'\x90a&|\x90\x8A\x90\x8A\x90\x8A\x90_\x90\x88\x90`\x04\x01aHJV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a&\x97W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a&\xBB\x91\x90aE\xEAV[_\x89\x81R`\x0E` R`@\x80\x82 \x92\x90\x92U`\rT\x91Qc\x08\xF2\xA0\xBB`\xE4\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x91c\x8F*\x0B\xB0\x91a'\x05\x91\x8B\x91\x8B\x91\x8B\x91\x90\x88\x90\x8A\x90`\x04\x01aH\x97V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a'\x1CW__\xFD[PZ\xF1\x15\x80\x15a'.W=__>=_\xFD[PPPPa\x10\xEF\x82Ba!\x0C\x91\x90aF3V[\x81T_\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x91\x81\x16`\x01\x83\x01\x90\x91\x16\x03a'nW_\x91PPa\x0B\\V[`\x01`\x01`\x80\x1B\x03\x81\x81\x16_\x90\x81R`\x01\x86\x81\x01` R`@\x90\x91 \x94\x90\x94U\x84T\x91\x84\x01\x81\x16`\x01`\x80\x1B\x02\x91\x16\x17\x90\x92U\x91\x90PV[cNH{q_R\x80` R`$`\x1C\xFD[`\rT`\x01`\x01`\xA0\x1B\x03\x16c\xE3\x835\xE54\x86\x86\x86_0``\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x88\x18`@Q\x87c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a(\x02\x95\x94\x93\x92\x91\x90aHJV[_`@Q\x80\x83\x03\x81\x85\x88\x80;\x15\x80\x15a(\x19W__\xFD[PZ\xF1\x15\x80\x15a(+W=__>=_\xFD[PPP_\x96\x87RPP`\x0E` RPP`@\x83 \x92\x90\x92UPPV[_\x81\x81R`\x04` R`@\x81 \x80T`\xFF`\x01`\xF0\x1B\x82\x04\x81\x16\x91`\x01`\xF8\x1B\x90\x04\x16\x81\x15a({WP`\x07\x94\x93PPPPV[\x80\x15a(\x8CWP`\x02\x94\x93PPPPV[_a(\x96\x86a\x0E\xBBV[\x90P\x80_\x03a(\xBBW`@Qcj\xD0`u`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x01a\x0C\x95V[_a(\xC4a\x14;V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80\x82\x10a(\xE1WP_\x96\x95PPPPPPV[_a(\xEB\x88a\x15dV[\x90P\x81\x81\x10a)\x02WP`\x01\x97\x96PPPPPPPV[a)\x0B\x88a3\x8CV[\x15\x80a)*WP_\x88\x81R`\t` R`@\x90 \x80T`\x01\x90\x91\x01T\x11\x15[\x15a)=WP`\x03\x97\x96PPPPPPPV[_\x88\x81R`\x04` R`@\x90 `\x01\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a)jWP`\x04\x97\x96PPPPPPPV[P`\x05\x97\x96PPPPPPPV[__a)\x86\x86\x86\x86\x86a3\xC2V[_\x81\x81R`\x0E` R`@\x90 T\x90\x91P\x80\x15a*\x05W`\rT`@Qc\xC4\xD2R\xF5`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c\xC4\xD2R\xF5\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a)\xE0W__\xFD[PZ\xF1\x15\x80\x15a)\xF2W=__>=_\xFD[PPP_\x83\x81R`\x0E` R`@\x81 UP[P\x95\x94PPPPPV[``a*\x19a\"LV[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a*HW`@Qc\x01\xBF\xC1\xC5`\xE6\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP`@\x80Q\x80\x82\x01\x90\x91R`\x1D\x81R\x7Fmode=blocknumber&from=default\0\0\0` \x82\x01R\x90V[_a\x0B\\a*\x8Da4\x82V[\x83`@Qa\x19\x01`\xF0\x1B\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x83`\x01`\x01`\xA0\x1B\x03\x16;_\x03a+\x0BW__a*\xCB\x85\x85a5\xABV[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a*\xE4Wa*\xE4a?\x0FV[\x14\x80\x15a+\x02WP\x85`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x92PPPa\x14\xD1V[a+\x16\x84\x84\x84a5\xF4V[\x90Pa\x14\xD1V[_\x85\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R`\x03\x81\x01\x90\x92R\x82 T`\xFF\x16\x15a+oW`@Qcq\xC6\xAFI`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x0C\x95V[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\x03\x82\x01` R`@\x90 \x80T`\xFF\x19\x16`\x01\x17\x90U`\xFF\x85\x16a+\xB8W\x83\x81_\x01_\x82\x82Ta+\xAD\x91\x90aF3V[\x90\x91UPa,\x0E\x90PV[_\x19`\xFF\x86\x16\x01a+\xD6W\x83\x81`\x01\x01_\x82\x82Ta+\xAD\x91\x90aF3V[`\x01\x19`\xFF\x86\x16\x01a+\xF5W\x83\x81`\x02\x01_\x82\x82Ta+\xAD\x91\x90aF3V[`@Qc\x03Y\x9B\xE1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P\x91\x95\x94PPPPPV[a\x0Bs\x81a6YV[\x80T_\x90\x81\x90\x81\x90\x80\x82\x03a,@W___\x93P\x93P\x93PPa\x10\x10V[_a,P\x86a#\x17`\x01\x85aH#V[T`\x01\x95Pe\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x94P`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x92Pa\x10\x10\x91PPV[_e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a%\x97W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`0`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x95V[\x81T_\x90\x81\x81`\x05\x81\x11\x15a-\x08W_a,\xC5\x84a7-V[a,\xCF\x90\x85aH#V[_\x88\x81R` \x90 \x90\x91P\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x87\x16\x10\x15a,\xF8W\x80\x91Pa-\x06V[a-\x03\x81`\x01aF3V[\x92P[P[_a-\x15\x87\x87\x85\x85a8\x85V[\x90P\x80\x15a-BWa-,\x87a#\x17`\x01\x84aH#V[T`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16a\x0FTV[P_\x96\x95PPPPPPV[__\x84Q\x83\x11\x80a-^WP\x82\x84\x11[\x15a-mWP_\x90P\x80a%\xADV[_a-y\x85`\x01aF3V[\x84\x11\x80\x15a-\xA1WPa\x06\x0F`\xF3\x1Ba-\x95\x87\x87\x01` \x01Q\x90V[`\x01`\x01`\xF0\x1B\x03\x19\x16\x14[\x90P_a-\xB1\x82\x15\x15`\x02aH\xEEV[a-\xBC\x90`(aF3V[\x90P\x80a-\xC9\x87\x87aH#V[\x03a-\xEAW__a-\xDB\x89\x89\x89a8\xDBV[\x90\x96P\x94Pa%\xAD\x93PPPPV[__\x93P\x93PPPa%\xADV[_a.\x0B\x86\x86\x86\x86\x80Q\x90` \x01 a\x15\x02V[\x90P\x84Q\x86Q\x14\x15\x80a. WP\x83Q\x86Q\x14\x15[\x80a.*WP\x85Q\x15[\x15a._W\x85Q\x84Q\x86Q`@Qc\x04G\xB0]`\xE4\x1B\x81R`\x04\x81\x01\x93\x90\x93R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x0C\x95V[_\x81\x81R`\x04` R`@\x90 T`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a.\xA8W\x80a.\x8B\x82a\x0E\xF4V[`@Qc1\xB7^M`\xE0\x1B\x81Ra\x0C\x95\x92\x91\x90_\x90`\x04\x01aGAV[_a.\xBA`\x08Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a.\xC2a\x14;V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16a.\xD4\x91\x90aF3V[\x90P_a.\xEE`\x08Tc\xFF\xFF\xFF\xFF`\x01`0\x1B\x90\x91\x04\x16\x90V[_\x84\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x87\x16\x17\x81U\x90\x91Pa/ \x83a,zV[\x81Te\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA0\x1B\x02e\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x90\x91\x16\x17\x81Ua/M\x82a9\x9CV[\x81Tc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xD0\x1B\x02c\xFF\xFF\xFF\xFF`\xD0\x1B\x19\x90\x91\x16\x17\x81U\x88Q\x7F}\x84\xA6&:\xE0\xD9\x8D3)\xBD{F\xBBN\x8Do\x98\xCD5\xA7\xAD\xB4\\'L\x8B\x7F\xD5\xEB\xD5\xE0\x90\x85\x90\x87\x90\x8C\x90\x8C\x90`\x01`\x01`@\x1B\x03\x81\x11\x15a/\xB0Wa/\xB0a;\xC5V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a/\xE3W\x81` \x01[``\x81R` \x01\x90`\x01\x90\x03\x90\x81a/\xCEW\x90P[P\x8C\x89a/\xF0\x8A\x82aF3V[\x8E`@Qa0\x06\x99\x98\x97\x96\x95\x94\x93\x92\x91\x90aI\x05V[`@Q\x80\x91\x03\x90\xA1PPP\x95\x94PPPPPV[``_a0&\x83a9\xCCV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@Qc\x07H\xD65`\xE3\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x86\x81\x16`\x04\x83\x01R`$\x82\x01\x86\x90R\x91\x90\x91\x16\x90c:F\xB1\xA8\x90`D\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a0\xC6W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14\xCE\x91\x90aE\xEAV[`\rT`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01R\x7F\x08\xF7N\xA4n\xF7\x89Oe\xEA\xBF\xB5\xE6\xE6\x95\xDEw:\0\x0BG\xC5)\xABU\x91x\x06\x9B\"d\x01\x91\x01`@Q\x80\x91\x03\x90\xA1`\r\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_\x81\x81R`\x04` R`@\x81 Ta1\x87\x90`\x01`\xD0\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01`\xA0\x1B\x90\x04e\xFF\xFF\xFF\xFF\xFF\xFF\x16aI\xE0V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x91PPV[_\x82\x82\x18\x82\x84\x11\x02\x82\x18a\x14\xD1V[\x80Q` \x82\x01\xFD[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[\x80T_\x90\x81\x90`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x91`\x01`\x80\x1B\x90\x04\x16\x81\x03a1\xF3WP_\x93\x84\x93P\x91PPV[`\x01`\x01`\x80\x1B\x03\x81\x81\x16_\x90\x81R`\x01\x86\x81\x01` R`@\x82 \x80T\x92\x90U\x86To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x93\x81\x01\x90\x92\x16\x92\x90\x92\x17\x90\x94U\x92\x93\x91PPV[\x82T_\x90\x81\x90\x80\x15a32W_a2X\x87a#\x17`\x01\x85aH#V[\x80T\x90\x91Pe\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x91`\x01`0\x1B\x90\x04`\x01`\x01`\xD0\x1B\x03\x16\x90\x88\x16\x82\x11\x15a2\x9BW`@Qc% `\x1D`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x87e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x03a2\xD4W\x82Te\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`0\x1B`\x01`\x01`\xD0\x1B\x03\x89\x16\x02\x17\x83Ua3$V[`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8A\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x8A\x16` \x80\x85\x01\x91\x82R\x8DT`\x01\x81\x01\x8FU_\x8F\x81R\x91\x90\x91 \x94Q\x91Q\x90\x92\x16`\x01`0\x1B\x02\x92\x16\x91\x90\x91\x17\x91\x01U[\x94P\x85\x93Pa%\xAD\x92PPPV[PP`@\x80Q\x80\x82\x01\x90\x91Re\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16\x82R`\x01`\x01`\xD0\x1B\x03\x80\x85\x16` \x80\x85\x01\x91\x82R\x88T`\x01\x81\x01\x8AU_\x8A\x81R\x91\x82 \x95Q\x92Q\x90\x93\x16`\x01`0\x1B\x02\x91\x90\x93\x16\x17\x92\x01\x91\x90\x91U\x90P\x81a%\xADV[_\x81\x81R`\t` R`@\x81 `\x02\x81\x01T`\x01\x82\x01Ta3\xAD\x91\x90aF3V[a3\xB9a\n\xA7\x85a\x0E\xBBV[\x11\x15\x93\x92PPPV[__a3\xD0\x86\x86\x86\x86a\x15\x02V[\x90Pa4\x1E\x81a3\xE0`\x07a\x18RV[a3\xEA`\x06a\x18RV[a3\xF4`\x02a\x18RV[`\x01a4\x01`\x07\x82aI\xFEV[a4\x0C\x90`\x02aJ\xF2V[a4\x16\x91\x90aH#V[\x18\x18\x18a\x18tV[P_\x81\x81R`\x04` R`@\x90\x81\x90 \x80T`\x01`\x01`\xF8\x1B\x03\x16`\x01`\xF8\x1B\x17\x90UQ\x7Fx\x9C\xF5[\xE9\x80s\x9D\xAD\x1D\x06\x99\xB9;X\xE8\x06\xB5\x1C\x9D\x96a\x9B\xFA\x8F\xE0\xA2\x8A\xBA\xA7\xB3\x0C\x90a4q\x90\x83\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA1\x95\x94PPPPPV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a4\xDAWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a5\x04WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\n\xF1`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[___\x83Q`A\x03a5\xE2W` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa5\xD4\x88\x82\x85\x85a9\xF3V[\x95P\x95P\x95PPPPa5\xEDV[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[\x80Q`@\x80Qc\x0B\x13]?`\xE1\x1B\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R_\x92\x90` \x82\x01\x85`D\x83\x01^_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8AZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x93\x92PPPV[_\x81\x81R`\x0C` R`@\x90 Te\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15a6\x80WPa6\x80\x81a3\x8CV[\x15a\x0BsW_a6\x97`\x0BTe\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a6\x9Fa\x14;V[a6\xA9\x91\x90aI\xE0V[\x90Pa6\xB4\x82a\x15dV[\x81e\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a7\x01W`@Qe\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R\x82\x90\x7FT\x1Fr_\xB9\xF7\xC9\x8A0\xCC\x9C\x0F\xF3/\xBB\x145\x8C\xD7\x15\x9C\x84z:\xA2\n+\xDCD+\xA5\x11\x90` \x01`@Q\x80\x91\x03\x90\xA2[_\x91\x82R`\x0C` R`@\x90\x91 \x80Te\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[_`\x01\x82\x11a7:WP\x90V[\x81`\x01`\x01`\x80\x1B\x82\x10a7SW`\x80\x91\x90\x91\x1C\x90`@\x1B[h\x01\0\0\0\0\0\0\0\0\x82\x10a7nW`@\x91\x90\x91\x1C\x90` \x1B[d\x01\0\0\0\0\x82\x10a7\x85W` \x91\x90\x91\x1C\x90`\x10\x1B[b\x01\0\0\x82\x10a7\x9AW`\x10\x91\x90\x91\x1C\x90`\x08\x1B[a\x01\0\x82\x10a7\xAEW`\x08\x91\x90\x91\x1C\x90`\x04\x1B[`\x10\x82\x10a7\xC1W`\x04\x91\x90\x91\x1C\x90`\x02\x1B[`\x04\x82\x10a7\xCDW`\x01\x1B[`\x03\x02`\x01\x90\x81\x1C\x90\x81\x85\x81a7\xE5Wa7\xE5aH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a7\xFDWa7\xFDaH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a8\x15Wa8\x15aH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a8-Wa8-aH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a8EWa8EaH6V[\x04\x82\x01\x90\x1C\x90P`\x01\x81\x85\x81a8]Wa8]aH6V[\x04\x82\x01\x90\x1C\x90Pa8|\x81\x85\x81a8vWa8vaH6V[\x04\x82\x11\x90V[\x90\x03\x93\x92PPPV[_[\x81\x83\x10\x15a8\xD3W_\x85\x81R` \x90 \x83\x83\x16`\x02\x85\x85\x18\x04\x01\x90\x81\x01Te\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16\x91\x16\x11\x15a8\xBFW\x80\x92Pa8\xCDV[a8\xCA\x81`\x01aF3V[\x93P[Pa8\x87V[P\x93\x92PPPV[_\x80\x84\x81a8\xEA\x86`\x01aF3V[\x85\x11\x80\x15a9\x12WPa\x06\x0F`\xF3\x1Ba9\x06\x83\x88\x01` \x01Q\x90V[`\x01`\x01`\xF0\x1B\x03\x19\x16\x14[\x90P_a9\"\x82\x15\x15`\x02aH\xEEV[\x90P_\x80a90\x83\x8AaF3V[\x90P[\x87\x81\x10\x15a9\x8BW_a9Qa9L\x87\x84\x01` \x01Q\x90V[a:\xBBV[\x90P`\x0F\x81`\xFF\x16\x11\x15a9pW__\x97P\x97PPPPPPPa%\xADV[a9{`\x10\x84aH\xEEV[`\xFF\x90\x91\x16\x01\x91P`\x01\x01a93V[P`\x01\x99\x90\x98P\x96PPPPPPPV[_c\xFF\xFF\xFF\xFF\x82\x11\x15a%\x97W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R` `\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x0C\x95V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x0B\\W`@Qc,\xD4J\xC3`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a:,WP_\x91P`\x03\x90P\x82a:\xB1V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a:}W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a:\xA8WP_\x92P`\x01\x91P\x82\x90Pa:\xB1V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_`\xF8\x82\x90\x1C`/\x81\x11\x80\x15a:\xD4WP`:\x81`\xFF\x16\x10[\x15a:\xE2W`/\x19\x01a\x0B\\V[``\x81`\xFF\x16\x11\x80\x15a:\xF8WP`g\x81`\xFF\x16\x10[\x15a;\x06W`V\x19\x01a\x0B\\V[`@\x81`\xFF\x16\x11\x80\x15a;\x1CWP`G\x81`\xFF\x16\x10[\x15a;*W`6\x19\x01a\x0B\\V[P`\xFF\x92\x91PPV[_` \x82\x84\x03\x12\x15a;CW__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x14\xD1W__\xFD[_` \x82\x84\x03\x12\x15a;jW__\xFD[P5\x91\x90PV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x14\xD1` \x83\x01\x84a;qV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x0BsW__\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Q`\x1F\x82\x01`\x1F\x19\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a<\x01Wa<\x01a;\xC5V[`@R\x91\x90PV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a<!Wa<!a;\xC5V[P`\x1F\x01`\x1F\x19\x16` \x01\x90V[_a<Aa<<\x84a<\tV[a;\xD9V[\x90P\x82\x81R\x83\x83\x83\x01\x11\x15a<TW__\xFD[\x82\x82` \x83\x017_` \x84\x83\x01\x01R\x93\x92PPPV[_\x82`\x1F\x83\x01\x12a<yW__\xFD[a\x14\xD1\x83\x835` \x85\x01a</V[____`\x80\x85\x87\x03\x12\x15a<\x9BW__\xFD[\x845a<\xA6\x81a;\xB1V[\x93P` \x85\x015a<\xB6\x81a;\xB1V[\x92P`@\x85\x015\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a<\xD7W__\xFD[a<\xE3\x87\x82\x88\x01a<jV[\x91PP\x92\x95\x91\x94P\x92PV[_`\x01`\x01`@\x1B\x03\x82\x11\x15a=\x07Wa=\x07a;\xC5V[P`\x05\x1B` \x01\x90V[_\x82`\x1F\x83\x01\x12a= W__\xFD[\x815a=.a<<\x82a<\xEFV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a=OW__\xFD[` \x85\x01[\x83\x81\x10\x15a*\x05W\x805a=g\x81a;\xB1V[\x83R` \x92\x83\x01\x92\x01a=TV[_\x82`\x1F\x83\x01\x12a=\x84W__\xFD[\x815a=\x92a<<\x82a<\xEFV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a=\xB3W__\xFD[` \x85\x01[\x83\x81\x10\x15a*\x05W\x805\x83R` \x92\x83\x01\x92\x01a=\xB8V[_\x82`\x1F\x83\x01\x12a=\xDFW__\xFD[\x815a=\xEDa<<\x82a<\xEFV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a>\x0EW__\xFD[` \x85\x01[\x83\x81\x10\x15a*\x05W\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a>0W__\xFD[a>?\x88` \x83\x8A\x01\x01a<jV[\x84RP` \x92\x83\x01\x92\x01a>\x13V[____`\x80\x85\x87\x03\x12\x15a>aW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15a>vW__\xFD[a>\x82\x87\x82\x88\x01a=\x11V[\x94PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\x9DW__\xFD[a>\xA9\x87\x82\x88\x01a=uV[\x93PP`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a>\xC4W__\xFD[a>\xD0\x87\x82\x88\x01a=\xD0V[\x94\x97\x93\x96P\x93\x94``\x015\x93PPPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0BsW__\xFD[_` \x82\x84\x03\x12\x15a?\x04W__\xFD[\x815a\x14\xD1\x81a>\xE1V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x08\x81\x10a??WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[` \x81\x01a\x0B\\\x82\x84a?#V[__`@\x83\x85\x03\x12\x15a?bW__\xFD[\x825\x91P` \x83\x015a?t\x81a;\xB1V[\x80\x91PP\x92P\x92\x90PV[\x805`\xFF\x81\x16\x81\x14a\x0F\xEDW__\xFD[__`@\x83\x85\x03\x12\x15a?\xA0W__\xFD[\x825\x91Pa?\xB0` \x84\x01a?\x7FV[\x90P\x92P\x92\x90PV[__\x83`\x1F\x84\x01\x12a?\xC9W__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a?\xDFW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a?\xF6W__\xFD[\x92P\x92\x90PV[_______`\xC0\x88\x8A\x03\x12\x15a@\x13W__\xFD[\x875\x96Pa@#` \x89\x01a?\x7FV[\x95P`@\x88\x015a@3\x81a;\xB1V[\x94P``\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@MW__\xFD[a@Y\x8A\x82\x8B\x01a?\xB9V[\x90\x95P\x93PP`\x80\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@wW__\xFD[a@\x83\x8A\x82\x8B\x01a<jV[\x92PP`\xA0\x88\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@\x9EW__\xFD[a@\xAA\x8A\x82\x8B\x01a<jV[\x91PP\x92\x95\x98\x91\x94\x97P\x92\x95PV[_____`\x80\x86\x88\x03\x12\x15a@\xCDW__\xFD[\x855\x94Pa@\xDD` \x87\x01a?\x7FV[\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a@\xF7W__\xFD[aA\x03\x88\x82\x89\x01a?\xB9V[\x90\x94P\x92PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA!W__\xFD[aA-\x88\x82\x89\x01a<jV[\x91PP\x92\x95P\x92\x95\x90\x93PV[_` \x82\x84\x03\x12\x15aAJW__\xFD[\x815a\x14\xD1\x81a;\xB1V[____``\x85\x87\x03\x12\x15aAhW__\xFD[\x845\x93PaAx` \x86\x01a?\x7FV[\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x92W__\xFD[aA\x9E\x87\x82\x88\x01a?\xB9V[\x95\x98\x94\x97P\x95PPPPV[____`\x80\x85\x87\x03\x12\x15aA\xBDW__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xD2W__\xFD[aA\xDE\x87\x82\x88\x01a=\x11V[\x94PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\xF9W__\xFD[aB\x05\x87\x82\x88\x01a=uV[\x93PP`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aB W__\xFD[aB,\x87\x82\x88\x01a=\xD0V[\x92PP``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aBGW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aBWW__\xFD[a<\xE3\x87\x825` \x84\x01a</V[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aB\x96W\x81Q\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aBxV[P\x93\x94\x93PPPPV[`\xFF`\xF8\x1B\x88\x16\x81R`\xE0` \x82\x01R_aB\xBE`\xE0\x83\x01\x89a;qV[\x82\x81\x03`@\x84\x01RaB\xD0\x81\x89a;qV[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x90PaC\x01\x81\x85aBfV[\x9A\x99PPPPPPPPPPV[____`\x80\x85\x87\x03\x12\x15aC\"W__\xFD[\x845\x93PaC2` \x86\x01a?\x7FV[\x92P`@\x85\x015aCB\x81a;\xB1V[\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a<\xD7W__\xFD[___``\x84\x86\x03\x12\x15aCnW__\xFD[\x835aCy\x81a;\xB1V[\x92P` \x84\x015\x91P`@\x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aC\x9AW__\xFD[aC\xA6\x86\x82\x87\x01a<jV[\x91PP\x92P\x92P\x92V[_____`\xA0\x86\x88\x03\x12\x15aC\xC4W__\xFD[\x855aC\xCF\x81a;\xB1V[\x94P` \x86\x015aC\xDF\x81a;\xB1V[\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aC\xF9W__\xFD[aD\x05\x88\x82\x89\x01a=uV[\x93PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aD W__\xFD[aD,\x88\x82\x89\x01a=uV[\x92PP`\x80\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA!W__\xFD[____``\x85\x87\x03\x12\x15aDZW__\xFD[\x845aDe\x81a;\xB1V[\x93P` \x85\x015\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA\x92W__\xFD[_` \x82\x84\x03\x12\x15aD\x96W__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x14\xD1W__\xFD[__`@\x83\x85\x03\x12\x15aD\xBAW__\xFD[\x825aD\xC5\x81a;\xB1V[\x94` \x93\x90\x93\x015\x93PPPV[_____`\xA0\x86\x88\x03\x12\x15aD\xE7W__\xFD[\x855aD\xF2\x81a;\xB1V[\x94P` \x86\x015aE\x02\x81a;\xB1V[\x93P`@\x86\x015\x92P``\x86\x015\x91P`\x80\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15aA!W__\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80aE>W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03aE\\WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15aE\x86W__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15aE\x9BW__\xFD[\x82\x01`\x1F\x81\x01\x84\x13aE\xABW__\xFD[\x80QaE\xB9a<<\x82a<\tV[\x81\x81R\x85` \x83\x85\x01\x01\x11\x15aE\xCDW__\xFD[\x81` \x84\x01` \x83\x01^_\x91\x81\x01` \x01\x91\x90\x91R\x94\x93PPPPV[_` \x82\x84\x03\x12\x15aE\xFAW__\xFD[PQ\x91\x90PV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[e\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x0B\\Wa\x0B\\aF\x01V[\x80\x82\x01\x80\x82\x11\x15a\x0B\\Wa\x0B\\aF\x01V[_` \x82\x84\x03\x12\x15aFVW__\xFD[\x81Qa\x14\xD1\x81a>\xE1V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15aB\x96W\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01aF\x82V[_\x82\x82Q\x80\x85R` \x85\x01\x94P` \x81`\x05\x1B\x83\x01\x01` \x85\x01_[\x83\x81\x10\x15a\r?W`\x1F\x19\x85\x84\x03\x01\x88RaF\xE1\x83\x83Qa;qV[` \x98\x89\x01\x98\x90\x93P\x91\x90\x91\x01\x90`\x01\x01aF\xC5V[`\x80\x81R_aG\t`\x80\x83\x01\x87aFpV[\x82\x81\x03` \x84\x01RaG\x1B\x81\x87aBfV[\x90P\x82\x81\x03`@\x84\x01RaG/\x81\x86aF\xA9V[\x91PP\x82``\x83\x01R\x95\x94PPPPPV[\x83\x81R``\x81\x01aGU` \x83\x01\x85a?#V[\x82`@\x83\x01R\x94\x93PPPPV[_` \x82\x84\x03\x12\x15aGsW__\xFD[\x81Qa\x14\xD1\x81a;\xB1V[_` \x82\x84\x03\x12\x15aG\x8EW__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x14\xD1W__\xFD[_` \x82\x84\x03\x12\x15aG\xB4W__\xFD[\x81Q\x80\x15\x15\x81\x14a\x14\xD1W__\xFD[\x84\x81R`\xFF\x84\x16` \x82\x01R\x82`@\x82\x01R`\x80``\x82\x01R_a\x12\xF3`\x80\x83\x01\x84a;qV[\x85\x81R`\xFF\x85\x16` \x82\x01R\x83`@\x82\x01R`\xA0``\x82\x01R_aH\x11`\xA0\x83\x01\x85a;qV[\x82\x81\x03`\x80\x84\x01Ra\x10\xEF\x81\x85a;qV[\x81\x81\x03\x81\x81\x11\x15a\x0B\\Wa\x0B\\aF\x01V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[`\xA0\x81R_aH\\`\xA0\x83\x01\x88aFpV[\x82\x81\x03` \x84\x01RaHn\x81\x88aBfV[\x90P\x82\x81\x03`@\x84\x01RaH\x82\x81\x87aF\xA9V[``\x84\x01\x95\x90\x95RPP`\x80\x01R\x93\x92PPPV[`\xC0\x81R_aH\xA9`\xC0\x83\x01\x89aFpV[\x82\x81\x03` \x84\x01RaH\xBB\x81\x89aBfV[\x90P\x82\x81\x03`@\x84\x01RaH\xCF\x81\x88aF\xA9V[``\x84\x01\x96\x90\x96RPP`\x80\x81\x01\x92\x90\x92R`\xA0\x90\x91\x01R\x93\x92PPPV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0B\\Wa\x0B\\aF\x01V[\x89\x81R`\x01`\x01`\xA0\x1B\x03\x89\x16` \x82\x01Ra\x01 `@\x82\x01\x81\x90R_\x90aI/\x90\x83\x01\x8AaFpV[\x82\x81\x03``\x84\x01RaIA\x81\x8AaBfV[\x90P\x82\x81\x03`\x80\x84\x01R\x80\x88Q\x80\x83R` \x83\x01\x91P` \x81`\x05\x1B\x84\x01\x01` \x8B\x01_[\x83\x81\x10\x15aI\x98W`\x1F\x19\x86\x84\x03\x01\x85RaI\x82\x83\x83Qa;qV[` \x95\x86\x01\x95\x90\x93P\x91\x90\x91\x01\x90`\x01\x01aIfV[PP\x85\x81\x03`\xA0\x87\x01RaI\xAC\x81\x8BaF\xA9V[\x93PPPP\x85`\xC0\x84\x01R\x84`\xE0\x84\x01R\x82\x81\x03a\x01\0\x84\x01RaI\xD0\x81\x85a;qV[\x9C\x9BPPPPPPPPPPPPV[e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0B\\Wa\x0B\\aF\x01V[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0B\\Wa\x0B\\aF\x01V[`\x01\x81[`\x01\x84\x11\x15a%\xADW\x80\x85\x04\x81\x11\x15aJ6WaJ6aF\x01V[`\x01\x84\x16\x15aJDW\x90\x81\x02\x90[`\x01\x93\x90\x93\x1C\x92\x80\x02aJ\x1BV[_\x82aJ`WP`\x01a\x0B\\V[\x81aJlWP_a\x0B\\V[\x81`\x01\x81\x14aJ\x82W`\x02\x81\x14aJ\x8CWaJ\xA8V[`\x01\x91PPa\x0B\\V[`\xFF\x84\x11\x15aJ\x9DWaJ\x9DaF\x01V[PP`\x01\x82\x1Ba\x0B\\V[P` \x83\x10a\x013\x83\x10\x16`N\x84\x10`\x0B\x84\x10\x16\x17\x15aJ\xCBWP\x81\x81\na\x0B\\V[aJ\xD7_\x19\x84\x84aJ\x17V[\x80_\x19\x04\x82\x11\x15aJ\xEAWaJ\xEAaF\x01V[\x02\x93\x92PPPV[_a\x14\xD1`\xFF\x84\x16\x83aJRV\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Settings { uint48 votingDelay; uint32 votingPeriod; uint256 proposalThreshold; uint256 quorumNumerator; uint48 voteExtension; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Settings {
        #[allow(missing_docs)]
        pub votingDelay: alloy::sol_types::private::primitives::aliases::U48,
        #[allow(missing_docs)]
        pub votingPeriod: u32,
        #[allow(missing_docs)]
        pub proposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub quorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub voteExtension: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<48>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<48>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U48,
            u32,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U48,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Settings> for UnderlyingRustTuple<'_> {
            fn from(value: Settings) -> Self {
                (
                    value.votingDelay,
                    value.votingPeriod,
                    value.proposalThreshold,
                    value.quorumNumerator,
                    value.voteExtension,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Settings {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    votingDelay: tuple.0,
                    votingPeriod: tuple.1,
                    proposalThreshold: tuple.2,
                    quorumNumerator: tuple.3,
                    voteExtension: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Settings {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Settings {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.votingDelay),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.votingPeriod),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalThreshold),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.quorumNumerator),
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteExtension),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Settings {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Settings {
            const NAME: &'static str = "Settings";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Settings(uint48 votingDelay,uint32 votingPeriod,uint256 proposalThreshold,uint256 quorumNumerator,uint48 voteExtension)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.votingDelay)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.votingPeriod)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.proposalThreshold,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.quorumNumerator,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.voteExtension)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Settings {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.votingDelay,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.votingPeriod,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.proposalThreshold,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.quorumNumerator,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.voteExtension,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    48,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.votingDelay,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.votingPeriod,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.proposalThreshold,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.quorumNumerator,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    48,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.voteExtension,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AltGovernorSlashLatencyTooLong(uint256,uint256)` and selector `0x2f7f1e4c`.
```solidity
error AltGovernorSlashLatencyTooLong(uint256 latency, uint256 unbondingPeriod);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AltGovernorSlashLatencyTooLong {
        #[allow(missing_docs)]
        pub latency: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingPeriod: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AltGovernorSlashLatencyTooLong>
        for UnderlyingRustTuple<'_> {
            fn from(value: AltGovernorSlashLatencyTooLong) -> Self {
                (value.latency, value.unbondingPeriod)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AltGovernorSlashLatencyTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    latency: tuple.0,
                    unbondingPeriod: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AltGovernorSlashLatencyTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AltGovernorSlashLatencyTooLong(uint256,uint256)";
            const SELECTOR: [u8; 4] = [47u8, 127u8, 30u8, 76u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.latency),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingPeriod),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CheckpointUnorderedInsertion()` and selector `0x2520601d`.
```solidity
error CheckpointUnorderedInsertion();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CheckpointUnorderedInsertion;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CheckpointUnorderedInsertion>
        for UnderlyingRustTuple<'_> {
            fn from(value: CheckpointUnorderedInsertion) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for CheckpointUnorderedInsertion {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CheckpointUnorderedInsertion {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CheckpointUnorderedInsertion()";
            const SELECTOR: [u8; 4] = [37u8, 32u8, 96u8, 29u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC6372InconsistentClock()` and selector `0x6ff07140`.
```solidity
error ERC6372InconsistentClock();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC6372InconsistentClock;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC6372InconsistentClock>
        for UnderlyingRustTuple<'_> {
            fn from(value: ERC6372InconsistentClock) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ERC6372InconsistentClock {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC6372InconsistentClock {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC6372InconsistentClock()";
            const SELECTOR: [u8; 4] = [111u8, 240u8, 113u8, 64u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `FailedCall()` and selector `0xd6bda275`.
```solidity
error FailedCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FailedCall;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<FailedCall> for UnderlyingRustTuple<'_> {
            fn from(value: FailedCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FailedCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FailedCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FailedCall()";
            const SELECTOR: [u8; 4] = [214u8, 189u8, 162u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorAlreadyCastVote(address)` and selector `0x71c6af49`.
```solidity
error GovernorAlreadyCastVote(address voter);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorAlreadyCastVote {
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorAlreadyCastVote> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorAlreadyCastVote) -> Self {
                (value.voter,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorAlreadyCastVote {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { voter: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorAlreadyCastVote {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorAlreadyCastVote(address)";
            const SELECTOR: [u8; 4] = [113u8, 198u8, 175u8, 73u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.voter,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorAlreadyQueuedProposal(uint256)` and selector `0xf20e7d37`.
```solidity
error GovernorAlreadyQueuedProposal(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorAlreadyQueuedProposal {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorAlreadyQueuedProposal>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorAlreadyQueuedProposal) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorAlreadyQueuedProposal {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorAlreadyQueuedProposal {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorAlreadyQueuedProposal(uint256)";
            const SELECTOR: [u8; 4] = [242u8, 14u8, 125u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorDisabledDeposit()` and selector `0xe90a651e`.
```solidity
error GovernorDisabledDeposit();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorDisabledDeposit;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorDisabledDeposit> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorDisabledDeposit) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorDisabledDeposit {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorDisabledDeposit {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorDisabledDeposit()";
            const SELECTOR: [u8; 4] = [233u8, 10u8, 101u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorInsufficientProposerVotes(address,uint256,uint256)` and selector `0xc242ee16`.
```solidity
error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInsufficientProposerVotes {
        #[allow(missing_docs)]
        pub proposer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub votes: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub threshold: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorInsufficientProposerVotes>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInsufficientProposerVotes) -> Self {
                (value.proposer, value.votes, value.threshold)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInsufficientProposerVotes {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    proposer: tuple.0,
                    votes: tuple.1,
                    threshold: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInsufficientProposerVotes {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInsufficientProposerVotes(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [194u8, 66u8, 238u8, 22u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.proposer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.votes),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorInvalidProposalLength(uint256,uint256,uint256)` and selector `0x447b05d0`.
```solidity
error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidProposalLength {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorInvalidProposalLength>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidProposalLength) -> Self {
                (value.targets, value.calldatas, value.values)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidProposalLength {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    targets: tuple.0,
                    calldatas: tuple.1,
                    values: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidProposalLength {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidProposalLength(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [68u8, 123u8, 5u8, 208u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorInvalidQuorumFraction(uint256,uint256)` and selector `0x243e5445`.
```solidity
error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidQuorumFraction {
        #[allow(missing_docs)]
        pub quorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub quorumDenominator: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorInvalidQuorumFraction>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidQuorumFraction) -> Self {
                (value.quorumNumerator, value.quorumDenominator)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidQuorumFraction {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    quorumNumerator: tuple.0,
                    quorumDenominator: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidQuorumFraction {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidQuorumFraction(uint256,uint256)";
            const SELECTOR: [u8; 4] = [36u8, 62u8, 84u8, 69u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.quorumNumerator),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.quorumDenominator),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorInvalidSignature(address)` and selector `0x94ab6c07`.
```solidity
error GovernorInvalidSignature(address voter);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidSignature {
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorInvalidSignature>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidSignature) -> Self {
                (value.voter,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { voter: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidSignature(address)";
            const SELECTOR: [u8; 4] = [148u8, 171u8, 108u8, 7u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.voter,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorInvalidVoteParams()` and selector `0x867db771`.
```solidity
error GovernorInvalidVoteParams();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidVoteParams;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorInvalidVoteParams>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidVoteParams) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidVoteParams {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidVoteParams {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidVoteParams()";
            const SELECTOR: [u8; 4] = [134u8, 125u8, 183u8, 113u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorInvalidVoteType()` and selector `0x06b337c2`.
```solidity
error GovernorInvalidVoteType();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidVoteType;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorInvalidVoteType> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidVoteType) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorInvalidVoteType {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidVoteType {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidVoteType()";
            const SELECTOR: [u8; 4] = [6u8, 179u8, 55u8, 194u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorInvalidVotingPeriod(uint256)` and selector `0xf1cfbf05`.
```solidity
error GovernorInvalidVotingPeriod(uint256 votingPeriod);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorInvalidVotingPeriod {
        #[allow(missing_docs)]
        pub votingPeriod: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorInvalidVotingPeriod>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorInvalidVotingPeriod) -> Self {
                (value.votingPeriod,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorInvalidVotingPeriod {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { votingPeriod: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorInvalidVotingPeriod {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorInvalidVotingPeriod(uint256)";
            const SELECTOR: [u8; 4] = [241u8, 207u8, 191u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.votingPeriod),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorNonexistentProposal(uint256)` and selector `0x6ad06075`.
```solidity
error GovernorNonexistentProposal(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorNonexistentProposal {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorNonexistentProposal>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorNonexistentProposal) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorNonexistentProposal {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorNonexistentProposal {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorNonexistentProposal(uint256)";
            const SELECTOR: [u8; 4] = [106u8, 208u8, 96u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorOnlyExecutor(address)` and selector `0x47096e47`.
```solidity
error GovernorOnlyExecutor(address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorOnlyExecutor {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorOnlyExecutor> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorOnlyExecutor) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorOnlyExecutor {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorOnlyExecutor {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorOnlyExecutor(address)";
            const SELECTOR: [u8; 4] = [71u8, 9u8, 110u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorPreventLateQuorumVoteExtensionTooLarge(uint256,uint256)` and selector `0x64230eda`.
```solidity
error GovernorPreventLateQuorumVoteExtensionTooLarge(uint256 newVoteExtension, uint256 maxVoteExtension);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorPreventLateQuorumVoteExtensionTooLarge {
        #[allow(missing_docs)]
        pub newVoteExtension: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxVoteExtension: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorPreventLateQuorumVoteExtensionTooLarge>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorPreventLateQuorumVoteExtensionTooLarge) -> Self {
                (value.newVoteExtension, value.maxVoteExtension)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorPreventLateQuorumVoteExtensionTooLarge {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    newVoteExtension: tuple.0,
                    maxVoteExtension: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError
        for GovernorPreventLateQuorumVoteExtensionTooLarge {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorPreventLateQuorumVoteExtensionTooLarge(uint256,uint256)";
            const SELECTOR: [u8; 4] = [100u8, 35u8, 14u8, 218u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVoteExtension),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxVoteExtension),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorProposalQueueingFailed(uint256)` and selector `0xab2d0311`.
```solidity
error GovernorProposalQueueingFailed(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorProposalQueueingFailed {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorProposalQueueingFailed>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorProposalQueueingFailed) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorProposalQueueingFailed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorProposalQueueingFailed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorProposalQueueingFailed(uint256)";
            const SELECTOR: [u8; 4] = [171u8, 45u8, 3u8, 17u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorProposalQueueingNotRequired(uint256)` and selector `0xd838bcb7`.
```solidity
error GovernorProposalQueueingNotRequired(uint256 proposalId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorProposalQueueingNotRequired {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorProposalQueueingNotRequired>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorProposalQueueingNotRequired) -> Self {
                (value.proposalId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorProposalQueueingNotRequired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposalId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorProposalQueueingNotRequired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorProposalQueueingNotRequired(uint256)";
            const SELECTOR: [u8; 4] = [216u8, 56u8, 188u8, 183u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorRestrictedProposer(address)` and selector `0xd9b39557`.
```solidity
error GovernorRestrictedProposer(address proposer);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorRestrictedProposer {
        #[allow(missing_docs)]
        pub proposer: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorRestrictedProposer>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorRestrictedProposer) -> Self {
                (value.proposer,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorRestrictedProposer {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { proposer: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorRestrictedProposer {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorRestrictedProposer(address)";
            const SELECTOR: [u8; 4] = [217u8, 179u8, 149u8, 87u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.proposer,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorUnableToCancel(uint256,address)` and selector `0x8fe5d8a9`.
```solidity
error GovernorUnableToCancel(uint256 proposalId, address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorUnableToCancel {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorUnableToCancel> for UnderlyingRustTuple<'_> {
            fn from(value: GovernorUnableToCancel) -> Self {
                (value.proposalId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GovernorUnableToCancel {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    proposalId: tuple.0,
                    account: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorUnableToCancel {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorUnableToCancel(uint256,address)";
            const SELECTOR: [u8; 4] = [143u8, 229u8, 216u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GovernorUnexpectedProposalState(uint256,uint8,bytes32)` and selector `0x31b75e4d`.
```solidity
error GovernorUnexpectedProposalState(uint256 proposalId, IGovernor.ProposalState current, bytes32 expectedStates);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GovernorUnexpectedProposalState {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub current: <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expectedStates: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            IGovernor::ProposalState,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<GovernorUnexpectedProposalState>
        for UnderlyingRustTuple<'_> {
            fn from(value: GovernorUnexpectedProposalState) -> Self {
                (value.proposalId, value.current, value.expectedStates)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for GovernorUnexpectedProposalState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    proposalId: tuple.0,
                    current: tuple.1,
                    expectedStates: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GovernorUnexpectedProposalState {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GovernorUnexpectedProposalState(uint256,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [49u8, 183u8, 94u8, 77u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <IGovernor::ProposalState as alloy_sol_types::SolType>::tokenize(
                        &self.current,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.expectedStates),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidAccountNonce(address,uint256)` and selector `0x752d88c0`.
```solidity
error InvalidAccountNonce(address account, uint256 currentNonce);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidAccountNonce {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub currentNonce: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidAccountNonce> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidAccountNonce) -> Self {
                (value.account, value.currentNonce)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidAccountNonce {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    currentNonce: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidAccountNonce {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidAccountNonce(address,uint256)";
            const SELECTOR: [u8; 4] = [117u8, 45u8, 136u8, 192u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.currentNonce),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
```solidity
error InvalidShortString();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
```solidity
error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeCastOverflowedUintDowncast>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bits: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.bits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
```solidity
error StringTooLong(string str);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.str,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
```solidity
event EIP712DomainChanged();
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `LateQuorumVoteExtensionSet(uint64,uint64)` and selector `0x7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2`.
```solidity
event LateQuorumVoteExtensionSet(uint64 oldVoteExtension, uint64 newVoteExtension);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct LateQuorumVoteExtensionSet {
        #[allow(missing_docs)]
        pub oldVoteExtension: u64,
        #[allow(missing_docs)]
        pub newVoteExtension: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for LateQuorumVoteExtensionSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "LateQuorumVoteExtensionSet(uint64,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                124u8, 164u8, 172u8, 17u8, 126u8, 211u8, 205u8, 206u8, 117u8, 193u8,
                22u8, 29u8, 130u8, 7u8, 196u8, 64u8, 56u8, 155u8, 26u8, 21u8, 214u8,
                157u8, 9u8, 104u8, 49u8, 102u8, 70u8, 87u8, 192u8, 125u8, 175u8, 194u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldVoteExtension: data.0,
                    newVoteExtension: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldVoteExtension),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVoteExtension),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for LateQuorumVoteExtensionSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&LateQuorumVoteExtensionSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &LateQuorumVoteExtensionSet,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalCanceled(uint256)` and selector `0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c`.
```solidity
event ProposalCanceled(uint256 proposalId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalCanceled {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProposalCanceled {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalCanceled(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                120u8, 156u8, 245u8, 91u8, 233u8, 128u8, 115u8, 157u8, 173u8, 29u8, 6u8,
                153u8, 185u8, 59u8, 88u8, 232u8, 6u8, 181u8, 28u8, 157u8, 150u8, 97u8,
                155u8, 250u8, 143u8, 224u8, 162u8, 138u8, 186u8, 167u8, 179u8, 12u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { proposalId: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProposalCanceled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalCanceled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalCanceled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)` and selector `0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0`.
```solidity
event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalCreated {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub proposer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub signatures: alloy::sol_types::private::Vec<
            alloy::sol_types::private::String,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub voteStart: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub voteEnd: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub description: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProposalCreated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::String>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                125u8, 132u8, 166u8, 38u8, 58u8, 224u8, 217u8, 141u8, 51u8, 41u8, 189u8,
                123u8, 70u8, 187u8, 78u8, 141u8, 111u8, 152u8, 205u8, 53u8, 167u8, 173u8,
                180u8, 92u8, 39u8, 76u8, 139u8, 127u8, 213u8, 235u8, 213u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    proposalId: data.0,
                    proposer: data.1,
                    targets: data.2,
                    values: data.3,
                    signatures: data.4,
                    calldatas: data.5,
                    voteStart: data.6,
                    voteEnd: data.7,
                    description: data.8,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.proposer,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::String,
                    > as alloy_sol_types::SolType>::tokenize(&self.signatures),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteStart),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteEnd),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.description,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProposalCreated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalCreated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalCreated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalExecuted(uint256)` and selector `0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f`.
```solidity
event ProposalExecuted(uint256 proposalId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalExecuted {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProposalExecuted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalExecuted(uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                113u8, 42u8, 225u8, 56u8, 63u8, 121u8, 172u8, 133u8, 63u8, 141u8, 136u8,
                33u8, 83u8, 119u8, 142u8, 2u8, 96u8, 239u8, 143u8, 3u8, 181u8, 4u8,
                226u8, 134u8, 110u8, 5u8, 147u8, 224u8, 77u8, 43u8, 41u8, 31u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { proposalId: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProposalExecuted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalExecuted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalExecuted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalExtended(uint256,uint64)` and selector `0x541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba511`.
```solidity
event ProposalExtended(uint256 indexed proposalId, uint64 extendedDeadline);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalExtended {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub extendedDeadline: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProposalExtended {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "ProposalExtended(uint256,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                84u8, 31u8, 114u8, 95u8, 185u8, 247u8, 201u8, 138u8, 48u8, 204u8, 156u8,
                15u8, 243u8, 47u8, 187u8, 20u8, 53u8, 140u8, 215u8, 21u8, 156u8, 132u8,
                122u8, 58u8, 162u8, 10u8, 43u8, 220u8, 68u8, 43u8, 165u8, 17u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    proposalId: topics.1,
                    extendedDeadline: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.extendedDeadline),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.proposalId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.proposalId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProposalExtended {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalExtended> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalExtended) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalQueued(uint256,uint256)` and selector `0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892`.
```solidity
event ProposalQueued(uint256 proposalId, uint256 etaSeconds);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalQueued {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub etaSeconds: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProposalQueued {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalQueued(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                154u8, 46u8, 66u8, 253u8, 103u8, 34u8, 129u8, 61u8, 105u8, 17u8, 62u8,
                125u8, 0u8, 121u8, 211u8, 217u8, 64u8, 23u8, 20u8, 40u8, 223u8, 115u8,
                115u8, 223u8, 156u8, 127u8, 118u8, 23u8, 207u8, 218u8, 40u8, 146u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    proposalId: data.0,
                    etaSeconds: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.etaSeconds),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProposalQueued {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalQueued> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalQueued) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProposalThresholdSet(uint256,uint256)` and selector `0xccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461`.
```solidity
event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProposalThresholdSet {
        #[allow(missing_docs)]
        pub oldProposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newProposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProposalThresholdSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProposalThresholdSet(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                204u8, 180u8, 93u8, 168u8, 213u8, 113u8, 126u8, 108u8, 69u8, 68u8, 105u8,
                66u8, 151u8, 196u8, 186u8, 92u8, 241u8, 81u8, 212u8, 85u8, 201u8, 187u8,
                14u8, 212u8, 252u8, 122u8, 56u8, 65u8, 27u8, 192u8, 84u8, 97u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldProposalThreshold: data.0,
                    newProposalThreshold: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldProposalThreshold),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newProposalThreshold),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProposalThresholdSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProposalThresholdSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProposalThresholdSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `QuorumNumeratorUpdated(uint256,uint256)` and selector `0x0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997`.
```solidity
event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct QuorumNumeratorUpdated {
        #[allow(missing_docs)]
        pub oldQuorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newQuorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for QuorumNumeratorUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "QuorumNumeratorUpdated(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                5u8, 83u8, 71u8, 107u8, 240u8, 46u8, 242u8, 114u8, 110u8, 140u8, 229u8,
                206u8, 215u8, 141u8, 99u8, 226u8, 110u8, 96u8, 46u8, 74u8, 34u8, 87u8,
                177u8, 245u8, 89u8, 65u8, 142u8, 36u8, 180u8, 99u8, 57u8, 151u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldQuorumNumerator: data.0,
                    newQuorumNumerator: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldQuorumNumerator),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newQuorumNumerator),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for QuorumNumeratorUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&QuorumNumeratorUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &QuorumNumeratorUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TimelockChange(address,address)` and selector `0x08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401`.
```solidity
event TimelockChange(address oldTimelock, address newTimelock);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct TimelockChange {
        #[allow(missing_docs)]
        pub oldTimelock: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newTimelock: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TimelockChange {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "TimelockChange(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                8u8, 247u8, 78u8, 164u8, 110u8, 247u8, 137u8, 79u8, 101u8, 234u8, 191u8,
                181u8, 230u8, 230u8, 149u8, 222u8, 119u8, 58u8, 0u8, 11u8, 71u8, 197u8,
                41u8, 171u8, 85u8, 145u8, 120u8, 6u8, 155u8, 34u8, 100u8, 1u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldTimelock: data.0,
                    newTimelock: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.oldTimelock,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newTimelock,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TimelockChange {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TimelockChange> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TimelockChange) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VoteCast(address,uint256,uint8,uint256,string)` and selector `0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4`.
```solidity
event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VoteCast {
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for VoteCast {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "VoteCast(address,uint256,uint8,uint256,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                184u8, 225u8, 56u8, 136u8, 125u8, 10u8, 161u8, 59u8, 171u8, 68u8, 126u8,
                130u8, 222u8, 157u8, 92u8, 23u8, 119u8, 4u8, 30u8, 205u8, 33u8, 202u8,
                54u8, 186u8, 130u8, 79u8, 241u8, 230u8, 192u8, 125u8, 221u8, 164u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    voter: topics.1,
                    proposalId: data.0,
                    support: data.1,
                    weight: data.2,
                    reason: data.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.voter.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.voter,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VoteCast {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VoteCast> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VoteCast) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)` and selector `0xe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712`.
```solidity
event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VoteCastWithParams {
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub params: alloy::sol_types::private::Bytes,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for VoteCastWithParams {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                226u8, 186u8, 191u8, 186u8, 197u8, 136u8, 154u8, 112u8, 155u8, 99u8,
                187u8, 127u8, 89u8, 139u8, 50u8, 78u8, 8u8, 188u8, 90u8, 79u8, 185u8,
                236u8, 100u8, 127u8, 179u8, 203u8, 201u8, 236u8, 7u8, 235u8, 135u8, 18u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    voter: topics.1,
                    proposalId: data.0,
                    support: data.1,
                    weight: data.2,
                    reason: data.3,
                    params: data.4,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.params,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.voter.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.voter,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VoteCastWithParams {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VoteCastWithParams> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VoteCastWithParams) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VotingDelaySet(uint256,uint256)` and selector `0xc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93`.
```solidity
event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VotingDelaySet {
        #[allow(missing_docs)]
        pub oldVotingDelay: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newVotingDelay: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for VotingDelaySet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "VotingDelaySet(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                197u8, 101u8, 176u8, 69u8, 64u8, 61u8, 192u8, 60u8, 46u8, 234u8, 130u8,
                184u8, 26u8, 4u8, 101u8, 237u8, 173u8, 158u8, 46u8, 127u8, 196u8, 217u8,
                126u8, 17u8, 66u8, 28u8, 32u8, 157u8, 169u8, 61u8, 122u8, 147u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldVotingDelay: data.0,
                    newVotingDelay: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldVotingDelay),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVotingDelay),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VotingDelaySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VotingDelaySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VotingDelaySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VotingPeriodSet(uint256,uint256)` and selector `0x7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828`.
```solidity
event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VotingPeriodSet {
        #[allow(missing_docs)]
        pub oldVotingPeriod: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newVotingPeriod: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for VotingPeriodSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "VotingPeriodSet(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                126u8, 63u8, 127u8, 7u8, 8u8, 168u8, 77u8, 233u8, 32u8, 48u8, 54u8,
                171u8, 170u8, 69u8, 13u8, 204u8, 200u8, 90u8, 213u8, 255u8, 82u8, 247u8,
                140u8, 23u8, 15u8, 62u8, 219u8, 85u8, 207u8, 94u8, 136u8, 40u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    oldVotingPeriod: data.0,
                    newVotingPeriod: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldVotingPeriod),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVotingPeriod),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VotingPeriodSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VotingPeriodSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VotingPeriodSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address token, address staking_, address timelock, Settings s);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub staking_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timelock: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub s: <Settings as alloy::sol_types::SolType>::RustType,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                Settings,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                <Settings as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.token, value.staking_, value.timelock, value.s)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        token: tuple.0,
                        staking_: tuple.1,
                        timelock: tuple.2,
                        s: tuple.3,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                Settings,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staking_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.timelock,
                    ),
                    <Settings as alloy_sol_types::SolType>::tokenize(&self.s),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `BALLOT_TYPEHASH()` and selector `0xdeaaa7cc`.
```solidity
function BALLOT_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BALLOT_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`BALLOT_TYPEHASH()`](BALLOT_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BALLOT_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<BALLOT_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: BALLOT_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BALLOT_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<BALLOT_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: BALLOT_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for BALLOT_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for BALLOT_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BALLOT_TYPEHASH()";
            const SELECTOR: [u8; 4] = [222u8, 170u8, 167u8, 204u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: BALLOT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: BALLOT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `CLOCK_MODE()` and selector `0x4bf5d7e9`.
```solidity
function CLOCK_MODE() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CLOCK_MODECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`CLOCK_MODE()`](CLOCK_MODECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CLOCK_MODEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<CLOCK_MODECall> for UnderlyingRustTuple<'_> {
                fn from(value: CLOCK_MODECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for CLOCK_MODECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<CLOCK_MODEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: CLOCK_MODEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for CLOCK_MODEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for CLOCK_MODECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CLOCK_MODE()";
            const SELECTOR: [u8; 4] = [75u8, 245u8, 215u8, 233u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: CLOCK_MODEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: CLOCK_MODEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `COUNTING_MODE()` and selector `0xdd4e2ba5`.
```solidity
function COUNTING_MODE() external pure returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct COUNTING_MODECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`COUNTING_MODE()`](COUNTING_MODECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct COUNTING_MODEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<COUNTING_MODECall> for UnderlyingRustTuple<'_> {
                fn from(value: COUNTING_MODECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for COUNTING_MODECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<COUNTING_MODEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: COUNTING_MODEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for COUNTING_MODEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for COUNTING_MODECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "COUNTING_MODE()";
            const SELECTOR: [u8; 4] = [221u8, 78u8, 43u8, 165u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: COUNTING_MODEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: COUNTING_MODEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `EXTENDED_BALLOT_TYPEHASH()` and selector `0x2fe3e261`.
```solidity
function EXTENDED_BALLOT_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EXTENDED_BALLOT_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`EXTENDED_BALLOT_TYPEHASH()`](EXTENDED_BALLOT_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EXTENDED_BALLOT_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<EXTENDED_BALLOT_TYPEHASHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: EXTENDED_BALLOT_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for EXTENDED_BALLOT_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<EXTENDED_BALLOT_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: EXTENDED_BALLOT_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for EXTENDED_BALLOT_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for EXTENDED_BALLOT_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EXTENDED_BALLOT_TYPEHASH()";
            const SELECTOR: [u8; 4] = [47u8, 227u8, 226u8, 97u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: EXTENDED_BALLOT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: EXTENDED_BALLOT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `cancel(address[],uint256[],bytes[],bytes32)` and selector `0x452115d6`.
```solidity
function cancel(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`cancel(address[],uint256[],bytes[],bytes32)`](cancelCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<cancelCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<cancelReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancel(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [69u8, 33u8, 21u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: cancelReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: cancelReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVote(uint256,uint8)` and selector `0x56781388`.
```solidity
function castVote(uint256 proposalId, uint8 support) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVote(uint256,uint8)`](castVoteCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteCall> for UnderlyingRustTuple<'_> {
                fn from(value: castVoteCall) -> Self {
                    (value.proposalId, value.support)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for castVoteCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteReturn> for UnderlyingRustTuple<'_> {
                fn from(value: castVoteReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for castVoteReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVote(uint256,uint8)";
            const SELECTOR: [u8; 4] = [86u8, 120u8, 19u8, 136u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: castVoteReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVoteBySig(uint256,uint8,address,bytes)` and selector `0x8ff262e3`.
```solidity
function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes memory signature) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteBySigCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVoteBySig(uint256,uint8,address,bytes)`](castVoteBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteBySigReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: castVoteBySigCall) -> Self {
                    (value.proposalId, value.support, value.voter, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for castVoteBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                        voter: tuple.2,
                        signature: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: castVoteBySigReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for castVoteBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVoteBySig(uint256,uint8,address,bytes)";
            const SELECTOR: [u8; 4] = [143u8, 242u8, 98u8, 227u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.voter,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteBySigReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: castVoteBySigReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVoteWithReason(uint256,uint8,string)` and selector `0x7b3c71d3`.
```solidity
function castVoteWithReason(uint256 proposalId, uint8 support, string memory reason) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVoteWithReason(uint256,uint8,string)`](castVoteWithReasonCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::String,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteWithReasonCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonCall) -> Self {
                    (value.proposalId, value.support, value.reason)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                        reason: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteWithReasonReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteWithReasonCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVoteWithReason(uint256,uint8,string)";
            const SELECTOR: [u8; 4] = [123u8, 60u8, 113u8, 211u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteWithReasonReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: castVoteWithReasonReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVoteWithReasonAndParams(uint256,uint8,string,bytes)` and selector `0x5f398a14`.
```solidity
function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string memory reason, bytes memory params) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonAndParamsCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub params: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVoteWithReasonAndParams(uint256,uint8,string,bytes)`](castVoteWithReasonAndParamsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonAndParamsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::String,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteWithReasonAndParamsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonAndParamsCall) -> Self {
                    (value.proposalId, value.support, value.reason, value.params)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonAndParamsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                        reason: tuple.2,
                        params: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteWithReasonAndParamsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonAndParamsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonAndParamsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteWithReasonAndParamsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVoteWithReasonAndParams(uint256,uint8,string,bytes)";
            const SELECTOR: [u8; 4] = [95u8, 57u8, 138u8, 20u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.params,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteWithReasonAndParamsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: castVoteWithReasonAndParamsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)` and selector `0x5b8d0e0d`.
```solidity
function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string memory reason, bytes memory params, bytes memory signature) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonAndParamsBySigCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub support: u8,
        #[allow(missing_docs)]
        pub voter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub params: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)`](castVoteWithReasonAndParamsBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct castVoteWithReasonAndParamsBySigReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::String,
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteWithReasonAndParamsBySigCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonAndParamsBySigCall) -> Self {
                    (
                        value.proposalId,
                        value.support,
                        value.voter,
                        value.reason,
                        value.params,
                        value.signature,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonAndParamsBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        support: tuple.1,
                        voter: tuple.2,
                        reason: tuple.3,
                        params: tuple.4,
                        signature: tuple.5,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<castVoteWithReasonAndParamsBySigReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: castVoteWithReasonAndParamsBySigReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for castVoteWithReasonAndParamsBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for castVoteWithReasonAndParamsBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)";
            const SELECTOR: [u8; 4] = [91u8, 141u8, 14u8, 13u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.support),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.voter,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.reason,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.params,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: castVoteWithReasonAndParamsBySigReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: castVoteWithReasonAndParamsBySigReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `clock()` and selector `0x91ddadf4`.
```solidity
function clock() external view returns (uint48);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clockCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`clock()`](clockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clockReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<clockCall> for UnderlyingRustTuple<'_> {
                fn from(value: clockCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<clockReturn> for UnderlyingRustTuple<'_> {
                fn from(value: clockReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for clockCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "clock()";
            const SELECTOR: [u8; 4] = [145u8, 221u8, 173u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: clockReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: clockReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
```solidity
function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(
                &self,
            ) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                eip712DomainReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `execute(address[],uint256[],bytes[],bytes32)` and selector `0x2656227d`.
```solidity
function execute(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external payable returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct executeCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`execute(address[],uint256[],bytes[],bytes32)`](executeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct executeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<executeCall> for UnderlyingRustTuple<'_> {
                fn from(value: executeCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for executeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<executeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: executeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for executeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for executeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "execute(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [38u8, 86u8, 34u8, 125u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: executeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: executeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getProposalId(address[],uint256[],bytes[],bytes32)` and selector `0xa8f8a668`.
```solidity
function getProposalId(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getProposalIdCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getProposalId(address[],uint256[],bytes[],bytes32)`](getProposalIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getProposalIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getProposalIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: getProposalIdCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getProposalIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getProposalIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getProposalIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getProposalIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getProposalIdCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getProposalId(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [168u8, 248u8, 166u8, 104u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getProposalIdReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getProposalIdReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getVotes(address,uint256)` and selector `0xeb9019d4`.
```solidity
function getVotes(address account, uint256 timepoint) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVotesCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getVotes(address,uint256)`](getVotesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVotesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getVotesCall> for UnderlyingRustTuple<'_> {
                fn from(value: getVotesCall) -> Self {
                    (value.account, value.timepoint)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getVotesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        timepoint: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getVotesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getVotesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getVotesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getVotesCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getVotes(address,uint256)";
            const SELECTOR: [u8; 4] = [235u8, 144u8, 25u8, 212u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getVotesReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getVotesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getVotesWithParams(address,uint256,bytes)` and selector `0x9a802a6d`.
```solidity
function getVotesWithParams(address account, uint256 timepoint, bytes memory params) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVotesWithParamsCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub params: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getVotesWithParams(address,uint256,bytes)`](getVotesWithParamsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVotesWithParamsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getVotesWithParamsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: getVotesWithParamsCall) -> Self {
                    (value.account, value.timepoint, value.params)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getVotesWithParamsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        timepoint: tuple.1,
                        params: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getVotesWithParamsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getVotesWithParamsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getVotesWithParamsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getVotesWithParamsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getVotesWithParams(address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [154u8, 128u8, 42u8, 109u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.params,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getVotesWithParamsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getVotesWithParamsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasVoted(uint256,address)` and selector `0x43859632`.
```solidity
function hasVoted(uint256 proposalId, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasVotedCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasVoted(uint256,address)`](hasVotedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasVotedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasVotedCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasVotedCall) -> Self {
                    (value.proposalId, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasVotedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        proposalId: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasVotedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasVotedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasVotedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasVotedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasVoted(uint256,address)";
            const SELECTOR: [u8; 4] = [67u8, 133u8, 150u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hasVotedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hasVotedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hashProposal(address[],uint256[],bytes[],bytes32)` and selector `0xc59057e4`.
```solidity
function hashProposal(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external pure returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hashProposalCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hashProposal(address[],uint256[],bytes[],bytes32)`](hashProposalCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hashProposalReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hashProposalCall> for UnderlyingRustTuple<'_> {
                fn from(value: hashProposalCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hashProposalCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hashProposalReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hashProposalReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hashProposalReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hashProposalCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hashProposal(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [197u8, 144u8, 87u8, 228u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hashProposalReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hashProposalReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `lateQuorumVoteExtension()` and selector `0x32b8113e`.
```solidity
function lateQuorumVoteExtension() external view returns (uint48);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct lateQuorumVoteExtensionCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`lateQuorumVoteExtension()`](lateQuorumVoteExtensionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct lateQuorumVoteExtensionReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U48,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<lateQuorumVoteExtensionCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: lateQuorumVoteExtensionCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for lateQuorumVoteExtensionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<lateQuorumVoteExtensionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: lateQuorumVoteExtensionReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for lateQuorumVoteExtensionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for lateQuorumVoteExtensionCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U48;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "lateQuorumVoteExtension()";
            const SELECTOR: [u8; 4] = [50u8, 184u8, 17u8, 62u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: lateQuorumVoteExtensionReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: lateQuorumVoteExtensionReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `name()` and selector `0x06fdde03`.
```solidity
function name() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nameCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`name()`](nameCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nameReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nameCall> for UnderlyingRustTuple<'_> {
                fn from(value: nameCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nameCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nameReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nameReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nameReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nameCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "name()";
            const SELECTOR: [u8; 4] = [6u8, 253u8, 222u8, 3u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nameReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nameReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nonces(address)` and selector `0x7ecebe00`.
```solidity
function nonces(address owner) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nonces(address)`](noncesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<noncesCall> for UnderlyingRustTuple<'_> {
                fn from(value: noncesCall) -> Self {
                    (value.owner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<noncesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: noncesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for noncesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nonces(address)";
            const SELECTOR: [u8; 4] = [126u8, 206u8, 190u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: noncesReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: noncesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onERC1155BatchReceived(address,address,uint256[],uint256[],bytes)` and selector `0xbc197c81`.
```solidity
function onERC1155BatchReceived(address, address, uint256[] memory, uint256[] memory, bytes memory) external returns (bytes4);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC1155BatchReceivedCall {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _2: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub _3: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub _4: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onERC1155BatchReceived(address,address,uint256[],uint256[],bytes)`](onERC1155BatchReceivedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC1155BatchReceivedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<4>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onERC1155BatchReceivedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC1155BatchReceivedCall) -> Self {
                    (value._0, value._1, value._2, value._3, value._4)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC1155BatchReceivedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        _0: tuple.0,
                        _1: tuple.1,
                        _2: tuple.2,
                        _3: tuple.3,
                        _4: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onERC1155BatchReceivedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC1155BatchReceivedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC1155BatchReceivedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onERC1155BatchReceivedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<4>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onERC1155BatchReceived(address,address,uint256[],uint256[],bytes)";
            const SELECTOR: [u8; 4] = [188u8, 25u8, 124u8, 129u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._1,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self._2),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self._3),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self._4,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onERC1155BatchReceivedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: onERC1155BatchReceivedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onERC1155Received(address,address,uint256,uint256,bytes)` and selector `0xf23a6e61`.
```solidity
function onERC1155Received(address, address, uint256, uint256, bytes memory) external returns (bytes4);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC1155ReceivedCall {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _2: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub _3: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub _4: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onERC1155Received(address,address,uint256,uint256,bytes)`](onERC1155ReceivedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC1155ReceivedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<4>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onERC1155ReceivedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC1155ReceivedCall) -> Self {
                    (value._0, value._1, value._2, value._3, value._4)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC1155ReceivedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        _0: tuple.0,
                        _1: tuple.1,
                        _2: tuple.2,
                        _3: tuple.3,
                        _4: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onERC1155ReceivedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC1155ReceivedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC1155ReceivedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onERC1155ReceivedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<4>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onERC1155Received(address,address,uint256,uint256,bytes)";
            const SELECTOR: [u8; 4] = [242u8, 58u8, 110u8, 97u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._1,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self._2),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self._3),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self._4,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onERC1155ReceivedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: onERC1155ReceivedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onERC721Received(address,address,uint256,bytes)` and selector `0x150b7a02`.
```solidity
function onERC721Received(address, address, uint256, bytes memory) external returns (bytes4);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC721ReceivedCall {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _2: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub _3: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onERC721Received(address,address,uint256,bytes)`](onERC721ReceivedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onERC721ReceivedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<4>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onERC721ReceivedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC721ReceivedCall) -> Self {
                    (value._0, value._1, value._2, value._3)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC721ReceivedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        _0: tuple.0,
                        _1: tuple.1,
                        _2: tuple.2,
                        _3: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onERC721ReceivedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onERC721ReceivedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onERC721ReceivedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onERC721ReceivedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<4>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onERC721Received(address,address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [21u8, 11u8, 122u8, 2u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._1,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self._2),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self._3,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onERC721ReceivedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: onERC721ReceivedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalDeadline(uint256)` and selector `0xc01f9e37`.
```solidity
function proposalDeadline(uint256 proposalId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalDeadlineCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalDeadline(uint256)`](proposalDeadlineCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalDeadlineReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalDeadlineCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalDeadlineCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalDeadlineCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalDeadlineReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalDeadlineReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalDeadlineReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalDeadlineCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalDeadline(uint256)";
            const SELECTOR: [u8; 4] = [192u8, 31u8, 158u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalDeadlineReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proposalDeadlineReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalEta(uint256)` and selector `0xab58fb8e`.
```solidity
function proposalEta(uint256 proposalId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalEtaCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalEta(uint256)`](proposalEtaCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalEtaReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalEtaCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposalEtaCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposalEtaCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalEtaReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposalEtaReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposalEtaReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalEtaCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalEta(uint256)";
            const SELECTOR: [u8; 4] = [171u8, 88u8, 251u8, 142u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalEtaReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proposalEtaReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalNeedsQueuing(uint256)` and selector `0xa9a95294`.
```solidity
function proposalNeedsQueuing(uint256 proposalId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalNeedsQueuingCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalNeedsQueuing(uint256)`](proposalNeedsQueuingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalNeedsQueuingReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalNeedsQueuingCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalNeedsQueuingCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalNeedsQueuingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalNeedsQueuingReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalNeedsQueuingReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalNeedsQueuingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalNeedsQueuingCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalNeedsQueuing(uint256)";
            const SELECTOR: [u8; 4] = [169u8, 169u8, 82u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalNeedsQueuingReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proposalNeedsQueuingReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalProposer(uint256)` and selector `0x143489d0`.
```solidity
function proposalProposer(uint256 proposalId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalProposerCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalProposer(uint256)`](proposalProposerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalProposerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalProposerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalProposerCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalProposerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalProposerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalProposerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalProposerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalProposerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalProposer(uint256)";
            const SELECTOR: [u8; 4] = [20u8, 52u8, 137u8, 208u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalProposerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proposalProposerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalSnapshot(uint256)` and selector `0x2d63f693`.
```solidity
function proposalSnapshot(uint256 proposalId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalSnapshotCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalSnapshot(uint256)`](proposalSnapshotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalSnapshotReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalSnapshotCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalSnapshotCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalSnapshotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalSnapshotReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalSnapshotReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalSnapshotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalSnapshotCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalSnapshot(uint256)";
            const SELECTOR: [u8; 4] = [45u8, 99u8, 246u8, 147u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalSnapshotReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proposalSnapshotReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalThreshold()` and selector `0xb58131b0`.
```solidity
function proposalThreshold() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalThresholdCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalThreshold()`](proposalThresholdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalThresholdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalThresholdCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalThresholdCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalThresholdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalThresholdReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: proposalThresholdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for proposalThresholdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalThresholdCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalThreshold()";
            const SELECTOR: [u8; 4] = [181u8, 129u8, 49u8, 176u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposalThresholdReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proposalThresholdReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposalVotes(uint256)` and selector `0x544ffc9c`.
```solidity
function proposalVotes(uint256 proposalId) external view returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalVotesCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposalVotes(uint256)`](proposalVotesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposalVotesReturn {
        #[allow(missing_docs)]
        pub againstVotes: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub forVotes: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub abstainVotes: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalVotesCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposalVotesCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposalVotesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposalVotesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposalVotesReturn) -> Self {
                    (value.againstVotes, value.forVotes, value.abstainVotes)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposalVotesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        againstVotes: tuple.0,
                        forVotes: tuple.1,
                        abstainVotes: tuple.2,
                    }
                }
            }
        }
        impl proposalVotesReturn {
            fn _tokenize(
                &self,
            ) -> <proposalVotesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.againstVotes),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.forVotes),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.abstainVotes),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposalVotesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = proposalVotesReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposalVotes(uint256)";
            const SELECTOR: [u8; 4] = [84u8, 79u8, 252u8, 156u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                proposalVotesReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `propose(address[],uint256[],bytes[],string)` and selector `0x7d5e81e2`.
```solidity
function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, string memory description) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposeCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub description: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`propose(address[],uint256[],bytes[],string)`](proposeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::String,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposeCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposeCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.description)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        description: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "propose(address[],uint256[],bytes[],string)";
            const SELECTOR: [u8; 4] = [125u8, 94u8, 129u8, 226u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.description,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proposeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proposerVotes(address)` and selector `0x70ea9648`.
```solidity
function proposerVotes(address proposer) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposerVotesCall {
        #[allow(missing_docs)]
        pub proposer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proposerVotes(address)`](proposerVotesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proposerVotesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposerVotesCall> for UnderlyingRustTuple<'_> {
                fn from(value: proposerVotesCall) -> Self {
                    (value.proposer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposerVotesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposer: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proposerVotesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proposerVotesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proposerVotesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proposerVotesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proposerVotes(address)";
            const SELECTOR: [u8; 4] = [112u8, 234u8, 150u8, 72u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.proposer,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proposerVotesReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proposerVotesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `queue(address[],uint256[],bytes[],bytes32)` and selector `0x160cbed7`.
```solidity
function queue(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash) external returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct queueCall {
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub values: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
        #[allow(missing_docs)]
        pub calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        #[allow(missing_docs)]
        pub descriptionHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`queue(address[],uint256[],bytes[],bytes32)`](queueCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct queueReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<queueCall> for UnderlyingRustTuple<'_> {
                fn from(value: queueCall) -> Self {
                    (value.targets, value.values, value.calldatas, value.descriptionHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for queueCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        targets: tuple.0,
                        values: tuple.1,
                        calldatas: tuple.2,
                        descriptionHash: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<queueReturn> for UnderlyingRustTuple<'_> {
                fn from(value: queueReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for queueReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for queueCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "queue(address[],uint256[],bytes[],bytes32)";
            const SELECTOR: [u8; 4] = [22u8, 12u8, 190u8, 215u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.values),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.calldatas),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.descriptionHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: queueReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: queueReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorum(uint256)` and selector `0xf8ce560a`.
```solidity
function quorum(uint256 timepoint) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumCall {
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorum(uint256)`](quorumCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumCall> for UnderlyingRustTuple<'_> {
                fn from(value: quorumCall) -> Self {
                    (value.timepoint,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quorumCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { timepoint: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumReturn> for UnderlyingRustTuple<'_> {
                fn from(value: quorumReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quorumReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorum(uint256)";
            const SELECTOR: [u8; 4] = [248u8, 206u8, 86u8, 10u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quorumReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: quorumReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorumDenominator()` and selector `0x97c3d334`.
```solidity
function quorumDenominator() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumDenominatorCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorumDenominator()`](quorumDenominatorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumDenominatorReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumDenominatorCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumDenominatorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumDenominatorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumDenominatorReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumDenominatorReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumDenominatorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumDenominatorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorumDenominator()";
            const SELECTOR: [u8; 4] = [151u8, 195u8, 211u8, 52u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quorumDenominatorReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: quorumDenominatorReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorumNumerator(uint256)` and selector `0x60c4247f`.
```solidity
function quorumNumerator(uint256 timepoint) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumNumerator_0Call {
        #[allow(missing_docs)]
        pub timepoint: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorumNumerator(uint256)`](quorumNumerator_0Call) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumNumerator_0Return {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumNumerator_0Call>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumNumerator_0Call) -> Self {
                    (value.timepoint,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumNumerator_0Call {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { timepoint: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumNumerator_0Return>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumNumerator_0Return) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumNumerator_0Return {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumNumerator_0Call {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorumNumerator(uint256)";
            const SELECTOR: [u8; 4] = [96u8, 196u8, 36u8, 127u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timepoint),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quorumNumerator_0Return = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: quorumNumerator_0Return = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorumNumerator()` and selector `0xa7713a70`.
```solidity
function quorumNumerator() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumNumerator_1Call;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorumNumerator()`](quorumNumerator_1Call) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumNumerator_1Return {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumNumerator_1Call>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumNumerator_1Call) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumNumerator_1Call {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumNumerator_1Return>
            for UnderlyingRustTuple<'_> {
                fn from(value: quorumNumerator_1Return) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for quorumNumerator_1Return {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumNumerator_1Call {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorumNumerator()";
            const SELECTOR: [u8; 4] = [167u8, 113u8, 58u8, 112u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quorumNumerator_1Return = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: quorumNumerator_1Return = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `relay(address,uint256,bytes)` and selector `0xc28bc2fa`.
```solidity
function relay(address target, uint256 value, bytes memory data) external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct relayCall {
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`relay(address,uint256,bytes)`](relayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct relayReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<relayCall> for UnderlyingRustTuple<'_> {
                fn from(value: relayCall) -> Self {
                    (value.target, value.value, value.data)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for relayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        target: tuple.0,
                        value: tuple.1,
                        data: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<relayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: relayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for relayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl relayReturn {
            fn _tokenize(
                &self,
            ) -> <relayCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for relayCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = relayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "relay(address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [194u8, 139u8, 194u8, 250u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.target,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                relayReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setLateQuorumVoteExtension(uint48)` and selector `0x330df7ff`.
```solidity
function setLateQuorumVoteExtension(uint48 newVoteExtension) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setLateQuorumVoteExtensionCall {
        #[allow(missing_docs)]
        pub newVoteExtension: alloy::sol_types::private::primitives::aliases::U48,
    }
    ///Container type for the return parameters of the [`setLateQuorumVoteExtension(uint48)`](setLateQuorumVoteExtensionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setLateQuorumVoteExtensionReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setLateQuorumVoteExtensionCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setLateQuorumVoteExtensionCall) -> Self {
                    (value.newVoteExtension,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setLateQuorumVoteExtensionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newVoteExtension: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setLateQuorumVoteExtensionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setLateQuorumVoteExtensionReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setLateQuorumVoteExtensionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setLateQuorumVoteExtensionReturn {
            fn _tokenize(
                &self,
            ) -> <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setLateQuorumVoteExtensionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setLateQuorumVoteExtensionReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setLateQuorumVoteExtension(uint48)";
            const SELECTOR: [u8; 4] = [51u8, 13u8, 247u8, 255u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVoteExtension),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setLateQuorumVoteExtensionReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setProposalThreshold(uint256)` and selector `0xece40cc1`.
```solidity
function setProposalThreshold(uint256 newProposalThreshold) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProposalThresholdCall {
        #[allow(missing_docs)]
        pub newProposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setProposalThreshold(uint256)`](setProposalThresholdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProposalThresholdReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setProposalThresholdCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setProposalThresholdCall) -> Self {
                    (value.newProposalThreshold,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setProposalThresholdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newProposalThreshold: tuple.0,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setProposalThresholdReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setProposalThresholdReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setProposalThresholdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setProposalThresholdReturn {
            fn _tokenize(
                &self,
            ) -> <setProposalThresholdCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setProposalThresholdCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setProposalThresholdReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setProposalThreshold(uint256)";
            const SELECTOR: [u8; 4] = [236u8, 228u8, 12u8, 193u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newProposalThreshold),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setProposalThresholdReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setVotingDelay(uint48)` and selector `0x79051887`.
```solidity
function setVotingDelay(uint48 newVotingDelay) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVotingDelayCall {
        #[allow(missing_docs)]
        pub newVotingDelay: alloy::sol_types::private::primitives::aliases::U48,
    }
    ///Container type for the return parameters of the [`setVotingDelay(uint48)`](setVotingDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVotingDelayReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U48,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setVotingDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: setVotingDelayCall) -> Self {
                    (value.newVotingDelay,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setVotingDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newVotingDelay: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setVotingDelayReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setVotingDelayReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setVotingDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setVotingDelayReturn {
            fn _tokenize(
                &self,
            ) -> <setVotingDelayCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setVotingDelayCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<48>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setVotingDelayReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setVotingDelay(uint48)";
            const SELECTOR: [u8; 4] = [121u8, 5u8, 24u8, 135u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        48,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVotingDelay),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setVotingDelayReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setVotingPeriod(uint32)` and selector `0xe540d01d`.
```solidity
function setVotingPeriod(uint32 newVotingPeriod) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVotingPeriodCall {
        #[allow(missing_docs)]
        pub newVotingPeriod: u32,
    }
    ///Container type for the return parameters of the [`setVotingPeriod(uint32)`](setVotingPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setVotingPeriodReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setVotingPeriodCall> for UnderlyingRustTuple<'_> {
                fn from(value: setVotingPeriodCall) -> Self {
                    (value.newVotingPeriod,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setVotingPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newVotingPeriod: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setVotingPeriodReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setVotingPeriodReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setVotingPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setVotingPeriodReturn {
            fn _tokenize(
                &self,
            ) -> <setVotingPeriodCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setVotingPeriodCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setVotingPeriodReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setVotingPeriod(uint32)";
            const SELECTOR: [u8; 4] = [229u8, 64u8, 208u8, 29u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.newVotingPeriod),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setVotingPeriodReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `staking()` and selector `0x4cf088d9`.
```solidity
function staking() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`staking()`](stakingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakingCall> for UnderlyingRustTuple<'_> {
                fn from(value: stakingCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakingReturn> for UnderlyingRustTuple<'_> {
                fn from(value: stakingReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stakingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakingCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "staking()";
            const SELECTOR: [u8; 4] = [76u8, 240u8, 136u8, 217u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: stakingReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: stakingReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `state(uint256)` and selector `0x3e4f49e6`.
```solidity
function state(uint256 proposalId) external view returns (IGovernor.ProposalState);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stateCall {
        #[allow(missing_docs)]
        pub proposalId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`state(uint256)`](stateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stateReturn {
        #[allow(missing_docs)]
        pub _0: <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stateCall> for UnderlyingRustTuple<'_> {
                fn from(value: stateCall) -> Self {
                    (value.proposalId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { proposalId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IGovernor::ProposalState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: stateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for stateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IGovernor::ProposalState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IGovernor::ProposalState,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "state(uint256)";
            const SELECTOR: [u8; 4] = [62u8, 79u8, 73u8, 230u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.proposalId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IGovernor::ProposalState as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: stateReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: stateReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `timelock()` and selector `0xd33219b4`.
```solidity
function timelock() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct timelockCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`timelock()`](timelockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct timelockReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<timelockCall> for UnderlyingRustTuple<'_> {
                fn from(value: timelockCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for timelockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<timelockReturn> for UnderlyingRustTuple<'_> {
                fn from(value: timelockReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for timelockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for timelockCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "timelock()";
            const SELECTOR: [u8; 4] = [211u8, 50u8, 25u8, 180u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: timelockReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: timelockReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `token()` and selector `0xfc0c546a`.
```solidity
function token() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`token()`](tokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "token()";
            const SELECTOR: [u8; 4] = [252u8, 12u8, 84u8, 106u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: tokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `updateQuorumNumerator(uint256)` and selector `0x06f3f9e6`.
```solidity
function updateQuorumNumerator(uint256 newQuorumNumerator) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateQuorumNumeratorCall {
        #[allow(missing_docs)]
        pub newQuorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`updateQuorumNumerator(uint256)`](updateQuorumNumeratorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateQuorumNumeratorReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<updateQuorumNumeratorCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: updateQuorumNumeratorCall) -> Self {
                    (value.newQuorumNumerator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for updateQuorumNumeratorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newQuorumNumerator: tuple.0,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<updateQuorumNumeratorReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: updateQuorumNumeratorReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for updateQuorumNumeratorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl updateQuorumNumeratorReturn {
            fn _tokenize(
                &self,
            ) -> <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for updateQuorumNumeratorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = updateQuorumNumeratorReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "updateQuorumNumerator(uint256)";
            const SELECTOR: [u8; 4] = [6u8, 243u8, 249u8, 230u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newQuorumNumerator),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                updateQuorumNumeratorReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `updateTimelock(address)` and selector `0xa890c910`.
```solidity
function updateTimelock(address newTimelock) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateTimelockCall {
        #[allow(missing_docs)]
        pub newTimelock: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`updateTimelock(address)`](updateTimelockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct updateTimelockReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<updateTimelockCall> for UnderlyingRustTuple<'_> {
                fn from(value: updateTimelockCall) -> Self {
                    (value.newTimelock,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for updateTimelockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newTimelock: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<updateTimelockReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: updateTimelockReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for updateTimelockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl updateTimelockReturn {
            fn _tokenize(
                &self,
            ) -> <updateTimelockCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for updateTimelockCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = updateTimelockReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "updateTimelock(address)";
            const SELECTOR: [u8; 4] = [168u8, 144u8, 201u8, 16u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newTimelock,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                updateTimelockReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `version()` and selector `0x54fd4d50`.
```solidity
function version() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct versionCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`version()`](versionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct versionReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<versionCall> for UnderlyingRustTuple<'_> {
                fn from(value: versionCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for versionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<versionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: versionReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for versionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for versionCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "version()";
            const SELECTOR: [u8; 4] = [84u8, 253u8, 77u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: versionReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: versionReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `votingDelay()` and selector `0x3932abb1`.
```solidity
function votingDelay() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct votingDelayCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`votingDelay()`](votingDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct votingDelayReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<votingDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: votingDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for votingDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<votingDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: votingDelayReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for votingDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for votingDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "votingDelay()";
            const SELECTOR: [u8; 4] = [57u8, 50u8, 171u8, 177u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: votingDelayReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: votingDelayReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `votingPeriod()` and selector `0x02a251a3`.
```solidity
function votingPeriod() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct votingPeriodCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`votingPeriod()`](votingPeriodCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct votingPeriodReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<votingPeriodCall> for UnderlyingRustTuple<'_> {
                fn from(value: votingPeriodCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for votingPeriodCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<votingPeriodReturn> for UnderlyingRustTuple<'_> {
                fn from(value: votingPeriodReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for votingPeriodReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for votingPeriodCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "votingPeriod()";
            const SELECTOR: [u8; 4] = [2u8, 162u8, 81u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: votingPeriodReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: votingPeriodReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`AltGovernor`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum AltGovernorCalls {
        #[allow(missing_docs)]
        BALLOT_TYPEHASH(BALLOT_TYPEHASHCall),
        #[allow(missing_docs)]
        CLOCK_MODE(CLOCK_MODECall),
        #[allow(missing_docs)]
        COUNTING_MODE(COUNTING_MODECall),
        #[allow(missing_docs)]
        EXTENDED_BALLOT_TYPEHASH(EXTENDED_BALLOT_TYPEHASHCall),
        #[allow(missing_docs)]
        cancel(cancelCall),
        #[allow(missing_docs)]
        castVote(castVoteCall),
        #[allow(missing_docs)]
        castVoteBySig(castVoteBySigCall),
        #[allow(missing_docs)]
        castVoteWithReason(castVoteWithReasonCall),
        #[allow(missing_docs)]
        castVoteWithReasonAndParams(castVoteWithReasonAndParamsCall),
        #[allow(missing_docs)]
        castVoteWithReasonAndParamsBySig(castVoteWithReasonAndParamsBySigCall),
        #[allow(missing_docs)]
        clock(clockCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        execute(executeCall),
        #[allow(missing_docs)]
        getProposalId(getProposalIdCall),
        #[allow(missing_docs)]
        getVotes(getVotesCall),
        #[allow(missing_docs)]
        getVotesWithParams(getVotesWithParamsCall),
        #[allow(missing_docs)]
        hasVoted(hasVotedCall),
        #[allow(missing_docs)]
        hashProposal(hashProposalCall),
        #[allow(missing_docs)]
        lateQuorumVoteExtension(lateQuorumVoteExtensionCall),
        #[allow(missing_docs)]
        name(nameCall),
        #[allow(missing_docs)]
        nonces(noncesCall),
        #[allow(missing_docs)]
        onERC1155BatchReceived(onERC1155BatchReceivedCall),
        #[allow(missing_docs)]
        onERC1155Received(onERC1155ReceivedCall),
        #[allow(missing_docs)]
        onERC721Received(onERC721ReceivedCall),
        #[allow(missing_docs)]
        proposalDeadline(proposalDeadlineCall),
        #[allow(missing_docs)]
        proposalEta(proposalEtaCall),
        #[allow(missing_docs)]
        proposalNeedsQueuing(proposalNeedsQueuingCall),
        #[allow(missing_docs)]
        proposalProposer(proposalProposerCall),
        #[allow(missing_docs)]
        proposalSnapshot(proposalSnapshotCall),
        #[allow(missing_docs)]
        proposalThreshold(proposalThresholdCall),
        #[allow(missing_docs)]
        proposalVotes(proposalVotesCall),
        #[allow(missing_docs)]
        propose(proposeCall),
        #[allow(missing_docs)]
        proposerVotes(proposerVotesCall),
        #[allow(missing_docs)]
        queue(queueCall),
        #[allow(missing_docs)]
        quorum(quorumCall),
        #[allow(missing_docs)]
        quorumDenominator(quorumDenominatorCall),
        #[allow(missing_docs)]
        quorumNumerator_0(quorumNumerator_0Call),
        #[allow(missing_docs)]
        quorumNumerator_1(quorumNumerator_1Call),
        #[allow(missing_docs)]
        relay(relayCall),
        #[allow(missing_docs)]
        setLateQuorumVoteExtension(setLateQuorumVoteExtensionCall),
        #[allow(missing_docs)]
        setProposalThreshold(setProposalThresholdCall),
        #[allow(missing_docs)]
        setVotingDelay(setVotingDelayCall),
        #[allow(missing_docs)]
        setVotingPeriod(setVotingPeriodCall),
        #[allow(missing_docs)]
        staking(stakingCall),
        #[allow(missing_docs)]
        state(stateCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        timelock(timelockCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        updateQuorumNumerator(updateQuorumNumeratorCall),
        #[allow(missing_docs)]
        updateTimelock(updateTimelockCall),
        #[allow(missing_docs)]
        version(versionCall),
        #[allow(missing_docs)]
        votingDelay(votingDelayCall),
        #[allow(missing_docs)]
        votingPeriod(votingPeriodCall),
    }
    impl AltGovernorCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [2u8, 162u8, 81u8, 163u8],
            [6u8, 243u8, 249u8, 230u8],
            [6u8, 253u8, 222u8, 3u8],
            [20u8, 52u8, 137u8, 208u8],
            [21u8, 11u8, 122u8, 2u8],
            [22u8, 12u8, 190u8, 215u8],
            [38u8, 86u8, 34u8, 125u8],
            [45u8, 99u8, 246u8, 147u8],
            [47u8, 227u8, 226u8, 97u8],
            [50u8, 184u8, 17u8, 62u8],
            [51u8, 13u8, 247u8, 255u8],
            [57u8, 50u8, 171u8, 177u8],
            [62u8, 79u8, 73u8, 230u8],
            [67u8, 133u8, 150u8, 50u8],
            [69u8, 33u8, 21u8, 214u8],
            [75u8, 245u8, 215u8, 233u8],
            [76u8, 240u8, 136u8, 217u8],
            [84u8, 79u8, 252u8, 156u8],
            [84u8, 253u8, 77u8, 80u8],
            [86u8, 120u8, 19u8, 136u8],
            [91u8, 141u8, 14u8, 13u8],
            [95u8, 57u8, 138u8, 20u8],
            [96u8, 196u8, 36u8, 127u8],
            [112u8, 234u8, 150u8, 72u8],
            [121u8, 5u8, 24u8, 135u8],
            [123u8, 60u8, 113u8, 211u8],
            [125u8, 94u8, 129u8, 226u8],
            [126u8, 206u8, 190u8, 0u8],
            [132u8, 176u8, 25u8, 110u8],
            [143u8, 242u8, 98u8, 227u8],
            [145u8, 221u8, 173u8, 244u8],
            [151u8, 195u8, 211u8, 52u8],
            [154u8, 128u8, 42u8, 109u8],
            [167u8, 113u8, 58u8, 112u8],
            [168u8, 144u8, 201u8, 16u8],
            [168u8, 248u8, 166u8, 104u8],
            [169u8, 169u8, 82u8, 148u8],
            [171u8, 88u8, 251u8, 142u8],
            [181u8, 129u8, 49u8, 176u8],
            [188u8, 25u8, 124u8, 129u8],
            [192u8, 31u8, 158u8, 55u8],
            [194u8, 139u8, 194u8, 250u8],
            [197u8, 144u8, 87u8, 228u8],
            [211u8, 50u8, 25u8, 180u8],
            [221u8, 78u8, 43u8, 165u8],
            [222u8, 170u8, 167u8, 204u8],
            [229u8, 64u8, 208u8, 29u8],
            [235u8, 144u8, 25u8, 212u8],
            [236u8, 228u8, 12u8, 193u8],
            [242u8, 58u8, 110u8, 97u8],
            [248u8, 206u8, 86u8, 10u8],
            [252u8, 12u8, 84u8, 106u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(votingPeriod),
            ::core::stringify!(updateQuorumNumerator),
            ::core::stringify!(name),
            ::core::stringify!(proposalProposer),
            ::core::stringify!(onERC721Received),
            ::core::stringify!(queue),
            ::core::stringify!(execute),
            ::core::stringify!(proposalSnapshot),
            ::core::stringify!(EXTENDED_BALLOT_TYPEHASH),
            ::core::stringify!(lateQuorumVoteExtension),
            ::core::stringify!(setLateQuorumVoteExtension),
            ::core::stringify!(votingDelay),
            ::core::stringify!(state),
            ::core::stringify!(hasVoted),
            ::core::stringify!(cancel),
            ::core::stringify!(CLOCK_MODE),
            ::core::stringify!(staking),
            ::core::stringify!(proposalVotes),
            ::core::stringify!(version),
            ::core::stringify!(castVote),
            ::core::stringify!(castVoteWithReasonAndParamsBySig),
            ::core::stringify!(castVoteWithReasonAndParams),
            ::core::stringify!(quorumNumerator_0),
            ::core::stringify!(proposerVotes),
            ::core::stringify!(setVotingDelay),
            ::core::stringify!(castVoteWithReason),
            ::core::stringify!(propose),
            ::core::stringify!(nonces),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(castVoteBySig),
            ::core::stringify!(clock),
            ::core::stringify!(quorumDenominator),
            ::core::stringify!(getVotesWithParams),
            ::core::stringify!(quorumNumerator_1),
            ::core::stringify!(updateTimelock),
            ::core::stringify!(getProposalId),
            ::core::stringify!(proposalNeedsQueuing),
            ::core::stringify!(proposalEta),
            ::core::stringify!(proposalThreshold),
            ::core::stringify!(onERC1155BatchReceived),
            ::core::stringify!(proposalDeadline),
            ::core::stringify!(relay),
            ::core::stringify!(hashProposal),
            ::core::stringify!(timelock),
            ::core::stringify!(COUNTING_MODE),
            ::core::stringify!(BALLOT_TYPEHASH),
            ::core::stringify!(setVotingPeriod),
            ::core::stringify!(getVotes),
            ::core::stringify!(setProposalThreshold),
            ::core::stringify!(onERC1155Received),
            ::core::stringify!(quorum),
            ::core::stringify!(token),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <votingPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nameCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalProposerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onERC721ReceivedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <queueCall as alloy_sol_types::SolCall>::SIGNATURE,
            <executeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalSnapshotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <votingDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasVotedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelCall as alloy_sol_types::SolCall>::SIGNATURE,
            <CLOCK_MODECall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalVotesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <versionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumNumerator_0Call as alloy_sol_types::SolCall>::SIGNATURE,
            <proposerVotesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setVotingDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteWithReasonCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <noncesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <castVoteBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <clockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumDenominatorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getVotesWithParamsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumNumerator_1Call as alloy_sol_types::SolCall>::SIGNATURE,
            <updateTimelockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getProposalIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalEtaCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalThresholdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proposalDeadlineCall as alloy_sol_types::SolCall>::SIGNATURE,
            <relayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hashProposalCall as alloy_sol_types::SolCall>::SIGNATURE,
            <timelockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <COUNTING_MODECall as alloy_sol_types::SolCall>::SIGNATURE,
            <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setVotingPeriodCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getVotesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setProposalThresholdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onERC1155ReceivedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for AltGovernorCalls {
        const NAME: &'static str = "AltGovernorCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 53usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BALLOT_TYPEHASH(_) => {
                    <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::CLOCK_MODE(_) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::COUNTING_MODE(_) => {
                    <COUNTING_MODECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::EXTENDED_BALLOT_TYPEHASH(_) => {
                    <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancel(_) => <cancelCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::castVote(_) => <castVoteCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::castVoteBySig(_) => {
                    <castVoteBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::castVoteWithReason(_) => {
                    <castVoteWithReasonCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::castVoteWithReasonAndParams(_) => {
                    <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::castVoteWithReasonAndParamsBySig(_) => {
                    <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::clock(_) => <clockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eip712Domain(_) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::execute(_) => <executeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getProposalId(_) => {
                    <getProposalIdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getVotes(_) => <getVotesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getVotesWithParams(_) => {
                    <getVotesWithParamsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasVoted(_) => <hasVotedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hashProposal(_) => {
                    <hashProposalCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::lateQuorumVoteExtension(_) => {
                    <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::name(_) => <nameCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::nonces(_) => <noncesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::onERC1155BatchReceived(_) => {
                    <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onERC1155Received(_) => {
                    <onERC1155ReceivedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onERC721Received(_) => {
                    <onERC721ReceivedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalDeadline(_) => {
                    <proposalDeadlineCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalEta(_) => {
                    <proposalEtaCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalNeedsQueuing(_) => {
                    <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalProposer(_) => {
                    <proposalProposerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalSnapshot(_) => {
                    <proposalSnapshotCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalThreshold(_) => {
                    <proposalThresholdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::proposalVotes(_) => {
                    <proposalVotesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::propose(_) => <proposeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::proposerVotes(_) => {
                    <proposerVotesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::queue(_) => <queueCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::quorum(_) => <quorumCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::quorumDenominator(_) => {
                    <quorumDenominatorCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::quorumNumerator_0(_) => {
                    <quorumNumerator_0Call as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::quorumNumerator_1(_) => {
                    <quorumNumerator_1Call as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::relay(_) => <relayCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setLateQuorumVoteExtension(_) => {
                    <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setProposalThreshold(_) => {
                    <setProposalThresholdCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setVotingDelay(_) => {
                    <setVotingDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setVotingPeriod(_) => {
                    <setVotingPeriodCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::staking(_) => <stakingCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::state(_) => <stateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::timelock(_) => <timelockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::updateQuorumNumerator(_) => {
                    <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::updateTimelock(_) => {
                    <updateTimelockCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::version(_) => <versionCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::votingDelay(_) => {
                    <votingDelayCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::votingPeriod(_) => {
                    <votingPeriodCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<AltGovernorCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn votingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <votingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::votingPeriod)
                    }
                    votingPeriod
                },
                {
                    fn updateQuorumNumerator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::updateQuorumNumerator)
                    }
                    updateQuorumNumerator
                },
                {
                    fn name(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <nameCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::name)
                    }
                    name
                },
                {
                    fn proposalProposer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalProposerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::proposalProposer)
                    }
                    proposalProposer
                },
                {
                    fn onERC721Received(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <onERC721ReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::onERC721Received)
                    }
                    onERC721Received
                },
                {
                    fn queue(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <queueCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::queue)
                    }
                    queue
                },
                {
                    fn execute(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <executeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::execute)
                    }
                    execute
                },
                {
                    fn proposalSnapshot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalSnapshotCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::proposalSnapshot)
                    }
                    proposalSnapshot
                },
                {
                    fn EXTENDED_BALLOT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::EXTENDED_BALLOT_TYPEHASH)
                    }
                    EXTENDED_BALLOT_TYPEHASH
                },
                {
                    fn lateQuorumVoteExtension(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::lateQuorumVoteExtension)
                    }
                    lateQuorumVoteExtension
                },
                {
                    fn setLateQuorumVoteExtension(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::setLateQuorumVoteExtension)
                    }
                    setLateQuorumVoteExtension
                },
                {
                    fn votingDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <votingDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::votingDelay)
                    }
                    votingDelay
                },
                {
                    fn state(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <stateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::state)
                    }
                    state
                },
                {
                    fn hasVoted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <hasVotedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::hasVoted)
                    }
                    hasVoted
                },
                {
                    fn cancel(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <cancelCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::cancel)
                    }
                    cancel
                },
                {
                    fn CLOCK_MODE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::CLOCK_MODE)
                    }
                    CLOCK_MODE
                },
                {
                    fn staking(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <stakingCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::staking)
                    }
                    staking
                },
                {
                    fn proposalVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalVotesCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::proposalVotes)
                    }
                    proposalVotes
                },
                {
                    fn version(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::version)
                    }
                    version
                },
                {
                    fn castVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::castVote)
                    }
                    castVote
                },
                {
                    fn castVoteWithReasonAndParamsBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::castVoteWithReasonAndParamsBySig)
                    }
                    castVoteWithReasonAndParamsBySig
                },
                {
                    fn castVoteWithReasonAndParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::castVoteWithReasonAndParams)
                    }
                    castVoteWithReasonAndParams
                },
                {
                    fn quorumNumerator_0(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <quorumNumerator_0Call as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::quorumNumerator_0)
                    }
                    quorumNumerator_0
                },
                {
                    fn proposerVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposerVotesCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::proposerVotes)
                    }
                    proposerVotes
                },
                {
                    fn setVotingDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <setVotingDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::setVotingDelay)
                    }
                    setVotingDelay
                },
                {
                    fn castVoteWithReason(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteWithReasonCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::castVoteWithReason)
                    }
                    castVoteWithReason
                },
                {
                    fn propose(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::propose)
                    }
                    propose
                },
                {
                    fn nonces(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::nonces)
                    }
                    nonces
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn castVoteBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::castVoteBySig)
                    }
                    castVoteBySig
                },
                {
                    fn clock(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <clockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::clock)
                    }
                    clock
                },
                {
                    fn quorumDenominator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <quorumDenominatorCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::quorumDenominator)
                    }
                    quorumDenominator
                },
                {
                    fn getVotesWithParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <getVotesWithParamsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::getVotesWithParams)
                    }
                    getVotesWithParams
                },
                {
                    fn quorumNumerator_1(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <quorumNumerator_1Call as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::quorumNumerator_1)
                    }
                    quorumNumerator_1
                },
                {
                    fn updateTimelock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <updateTimelockCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::updateTimelock)
                    }
                    updateTimelock
                },
                {
                    fn getProposalId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <getProposalIdCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::getProposalId)
                    }
                    getProposalId
                },
                {
                    fn proposalNeedsQueuing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::proposalNeedsQueuing)
                    }
                    proposalNeedsQueuing
                },
                {
                    fn proposalEta(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalEtaCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::proposalEta)
                    }
                    proposalEta
                },
                {
                    fn proposalThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalThresholdCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::proposalThreshold)
                    }
                    proposalThreshold
                },
                {
                    fn onERC1155BatchReceived(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::onERC1155BatchReceived)
                    }
                    onERC1155BatchReceived
                },
                {
                    fn proposalDeadline(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalDeadlineCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::proposalDeadline)
                    }
                    proposalDeadline
                },
                {
                    fn relay(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <relayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::relay)
                    }
                    relay
                },
                {
                    fn hashProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <hashProposalCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::hashProposal)
                    }
                    hashProposal
                },
                {
                    fn timelock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <timelockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::timelock)
                    }
                    timelock
                },
                {
                    fn COUNTING_MODE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <COUNTING_MODECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::COUNTING_MODE)
                    }
                    COUNTING_MODE
                },
                {
                    fn BALLOT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::BALLOT_TYPEHASH)
                    }
                    BALLOT_TYPEHASH
                },
                {
                    fn setVotingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <setVotingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::setVotingPeriod)
                    }
                    setVotingPeriod
                },
                {
                    fn getVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <getVotesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::getVotes)
                    }
                    getVotes
                },
                {
                    fn setProposalThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <setProposalThresholdCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::setProposalThreshold)
                    }
                    setProposalThreshold
                },
                {
                    fn onERC1155Received(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <onERC1155ReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorCalls::onERC1155Received)
                    }
                    onERC1155Received
                },
                {
                    fn quorum(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <quorumCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::quorum)
                    }
                    quorum
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AltGovernorCalls::token)
                    }
                    token
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<AltGovernorCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn votingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <votingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::votingPeriod)
                    }
                    votingPeriod
                },
                {
                    fn updateQuorumNumerator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::updateQuorumNumerator)
                    }
                    updateQuorumNumerator
                },
                {
                    fn name(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <nameCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::name)
                    }
                    name
                },
                {
                    fn proposalProposer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalProposerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::proposalProposer)
                    }
                    proposalProposer
                },
                {
                    fn onERC721Received(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <onERC721ReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::onERC721Received)
                    }
                    onERC721Received
                },
                {
                    fn queue(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <queueCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::queue)
                    }
                    queue
                },
                {
                    fn execute(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <executeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::execute)
                    }
                    execute
                },
                {
                    fn proposalSnapshot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalSnapshotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::proposalSnapshot)
                    }
                    proposalSnapshot
                },
                {
                    fn EXTENDED_BALLOT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::EXTENDED_BALLOT_TYPEHASH)
                    }
                    EXTENDED_BALLOT_TYPEHASH
                },
                {
                    fn lateQuorumVoteExtension(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::lateQuorumVoteExtension)
                    }
                    lateQuorumVoteExtension
                },
                {
                    fn setLateQuorumVoteExtension(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::setLateQuorumVoteExtension)
                    }
                    setLateQuorumVoteExtension
                },
                {
                    fn votingDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <votingDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::votingDelay)
                    }
                    votingDelay
                },
                {
                    fn state(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <stateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::state)
                    }
                    state
                },
                {
                    fn hasVoted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <hasVotedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::hasVoted)
                    }
                    hasVoted
                },
                {
                    fn cancel(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <cancelCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::cancel)
                    }
                    cancel
                },
                {
                    fn CLOCK_MODE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::CLOCK_MODE)
                    }
                    CLOCK_MODE
                },
                {
                    fn staking(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <stakingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::staking)
                    }
                    staking
                },
                {
                    fn proposalVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalVotesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::proposalVotes)
                    }
                    proposalVotes
                },
                {
                    fn version(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::version)
                    }
                    version
                },
                {
                    fn castVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::castVote)
                    }
                    castVote
                },
                {
                    fn castVoteWithReasonAndParamsBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::castVoteWithReasonAndParamsBySig)
                    }
                    castVoteWithReasonAndParamsBySig
                },
                {
                    fn castVoteWithReasonAndParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::castVoteWithReasonAndParams)
                    }
                    castVoteWithReasonAndParams
                },
                {
                    fn quorumNumerator_0(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <quorumNumerator_0Call as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::quorumNumerator_0)
                    }
                    quorumNumerator_0
                },
                {
                    fn proposerVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposerVotesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::proposerVotes)
                    }
                    proposerVotes
                },
                {
                    fn setVotingDelay(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <setVotingDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::setVotingDelay)
                    }
                    setVotingDelay
                },
                {
                    fn castVoteWithReason(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteWithReasonCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::castVoteWithReason)
                    }
                    castVoteWithReason
                },
                {
                    fn propose(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::propose)
                    }
                    propose
                },
                {
                    fn nonces(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::nonces)
                    }
                    nonces
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn castVoteBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <castVoteBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::castVoteBySig)
                    }
                    castVoteBySig
                },
                {
                    fn clock(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <clockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::clock)
                    }
                    clock
                },
                {
                    fn quorumDenominator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <quorumDenominatorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::quorumDenominator)
                    }
                    quorumDenominator
                },
                {
                    fn getVotesWithParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <getVotesWithParamsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::getVotesWithParams)
                    }
                    getVotesWithParams
                },
                {
                    fn quorumNumerator_1(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <quorumNumerator_1Call as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::quorumNumerator_1)
                    }
                    quorumNumerator_1
                },
                {
                    fn updateTimelock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <updateTimelockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::updateTimelock)
                    }
                    updateTimelock
                },
                {
                    fn getProposalId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <getProposalIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::getProposalId)
                    }
                    getProposalId
                },
                {
                    fn proposalNeedsQueuing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::proposalNeedsQueuing)
                    }
                    proposalNeedsQueuing
                },
                {
                    fn proposalEta(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalEtaCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::proposalEta)
                    }
                    proposalEta
                },
                {
                    fn proposalThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalThresholdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::proposalThreshold)
                    }
                    proposalThreshold
                },
                {
                    fn onERC1155BatchReceived(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::onERC1155BatchReceived)
                    }
                    onERC1155BatchReceived
                },
                {
                    fn proposalDeadline(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <proposalDeadlineCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::proposalDeadline)
                    }
                    proposalDeadline
                },
                {
                    fn relay(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <relayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::relay)
                    }
                    relay
                },
                {
                    fn hashProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <hashProposalCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::hashProposal)
                    }
                    hashProposal
                },
                {
                    fn timelock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <timelockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::timelock)
                    }
                    timelock
                },
                {
                    fn COUNTING_MODE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <COUNTING_MODECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::COUNTING_MODE)
                    }
                    COUNTING_MODE
                },
                {
                    fn BALLOT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::BALLOT_TYPEHASH)
                    }
                    BALLOT_TYPEHASH
                },
                {
                    fn setVotingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <setVotingPeriodCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::setVotingPeriod)
                    }
                    setVotingPeriod
                },
                {
                    fn getVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <getVotesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::getVotes)
                    }
                    getVotes
                },
                {
                    fn setProposalThreshold(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <setProposalThresholdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::setProposalThreshold)
                    }
                    setProposalThreshold
                },
                {
                    fn onERC1155Received(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <onERC1155ReceivedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::onERC1155Received)
                    }
                    onERC1155Received
                },
                {
                    fn quorum(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <quorumCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::quorum)
                    }
                    quorum
                },
                {
                    fn token(data: &[u8]) -> alloy_sol_types::Result<AltGovernorCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorCalls::token)
                    }
                    token
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::BALLOT_TYPEHASH(inner) => {
                    <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CLOCK_MODE(inner) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::COUNTING_MODE(inner) => {
                    <COUNTING_MODECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EXTENDED_BALLOT_TYPEHASH(inner) => {
                    <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::cancel(inner) => {
                    <cancelCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::castVote(inner) => {
                    <castVoteCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::castVoteBySig(inner) => {
                    <castVoteBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::castVoteWithReason(inner) => {
                    <castVoteWithReasonCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::castVoteWithReasonAndParams(inner) => {
                    <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::castVoteWithReasonAndParamsBySig(inner) => {
                    <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::clock(inner) => {
                    <clockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::execute(inner) => {
                    <executeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getProposalId(inner) => {
                    <getProposalIdCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getVotes(inner) => {
                    <getVotesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getVotesWithParams(inner) => {
                    <getVotesWithParamsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hasVoted(inner) => {
                    <hasVotedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hashProposal(inner) => {
                    <hashProposalCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::lateQuorumVoteExtension(inner) => {
                    <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::name(inner) => {
                    <nameCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::onERC1155BatchReceived(inner) => {
                    <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onERC1155Received(inner) => {
                    <onERC1155ReceivedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onERC721Received(inner) => {
                    <onERC721ReceivedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalDeadline(inner) => {
                    <proposalDeadlineCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalEta(inner) => {
                    <proposalEtaCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalNeedsQueuing(inner) => {
                    <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalProposer(inner) => {
                    <proposalProposerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalSnapshot(inner) => {
                    <proposalSnapshotCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalThreshold(inner) => {
                    <proposalThresholdCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::proposalVotes(inner) => {
                    <proposalVotesCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::propose(inner) => {
                    <proposeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::proposerVotes(inner) => {
                    <proposerVotesCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::queue(inner) => {
                    <queueCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::quorum(inner) => {
                    <quorumCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::quorumDenominator(inner) => {
                    <quorumDenominatorCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::quorumNumerator_0(inner) => {
                    <quorumNumerator_0Call as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::quorumNumerator_1(inner) => {
                    <quorumNumerator_1Call as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::relay(inner) => {
                    <relayCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setLateQuorumVoteExtension(inner) => {
                    <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setProposalThreshold(inner) => {
                    <setProposalThresholdCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setVotingDelay(inner) => {
                    <setVotingDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setVotingPeriod(inner) => {
                    <setVotingPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::staking(inner) => {
                    <stakingCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::state(inner) => {
                    <stateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::timelock(inner) => {
                    <timelockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::updateQuorumNumerator(inner) => {
                    <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::updateTimelock(inner) => {
                    <updateTimelockCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::version(inner) => {
                    <versionCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::votingDelay(inner) => {
                    <votingDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::votingPeriod(inner) => {
                    <votingPeriodCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::BALLOT_TYPEHASH(inner) => {
                    <BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CLOCK_MODE(inner) => {
                    <CLOCK_MODECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::COUNTING_MODE(inner) => {
                    <COUNTING_MODECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EXTENDED_BALLOT_TYPEHASH(inner) => {
                    <EXTENDED_BALLOT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::cancel(inner) => {
                    <cancelCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::castVote(inner) => {
                    <castVoteCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::castVoteBySig(inner) => {
                    <castVoteBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::castVoteWithReason(inner) => {
                    <castVoteWithReasonCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::castVoteWithReasonAndParams(inner) => {
                    <castVoteWithReasonAndParamsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::castVoteWithReasonAndParamsBySig(inner) => {
                    <castVoteWithReasonAndParamsBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::clock(inner) => {
                    <clockCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::execute(inner) => {
                    <executeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getProposalId(inner) => {
                    <getProposalIdCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getVotes(inner) => {
                    <getVotesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getVotesWithParams(inner) => {
                    <getVotesWithParamsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasVoted(inner) => {
                    <hasVotedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hashProposal(inner) => {
                    <hashProposalCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::lateQuorumVoteExtension(inner) => {
                    <lateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::name(inner) => {
                    <nameCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::onERC1155BatchReceived(inner) => {
                    <onERC1155BatchReceivedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onERC1155Received(inner) => {
                    <onERC1155ReceivedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onERC721Received(inner) => {
                    <onERC721ReceivedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalDeadline(inner) => {
                    <proposalDeadlineCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalEta(inner) => {
                    <proposalEtaCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalNeedsQueuing(inner) => {
                    <proposalNeedsQueuingCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalProposer(inner) => {
                    <proposalProposerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalSnapshot(inner) => {
                    <proposalSnapshotCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalThreshold(inner) => {
                    <proposalThresholdCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::proposalVotes(inner) => {
                    <proposalVotesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::propose(inner) => {
                    <proposeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::proposerVotes(inner) => {
                    <proposerVotesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::queue(inner) => {
                    <queueCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::quorum(inner) => {
                    <quorumCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::quorumDenominator(inner) => {
                    <quorumDenominatorCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::quorumNumerator_0(inner) => {
                    <quorumNumerator_0Call as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::quorumNumerator_1(inner) => {
                    <quorumNumerator_1Call as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::relay(inner) => {
                    <relayCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setLateQuorumVoteExtension(inner) => {
                    <setLateQuorumVoteExtensionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setProposalThreshold(inner) => {
                    <setProposalThresholdCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setVotingDelay(inner) => {
                    <setVotingDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setVotingPeriod(inner) => {
                    <setVotingPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::staking(inner) => {
                    <stakingCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::state(inner) => {
                    <stateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::timelock(inner) => {
                    <timelockCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::updateQuorumNumerator(inner) => {
                    <updateQuorumNumeratorCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::updateTimelock(inner) => {
                    <updateTimelockCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::version(inner) => {
                    <versionCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::votingDelay(inner) => {
                    <votingDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::votingPeriod(inner) => {
                    <votingPeriodCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`AltGovernor`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum AltGovernorErrors {
        #[allow(missing_docs)]
        AltGovernorSlashLatencyTooLong(AltGovernorSlashLatencyTooLong),
        #[allow(missing_docs)]
        CheckpointUnorderedInsertion(CheckpointUnorderedInsertion),
        #[allow(missing_docs)]
        ERC6372InconsistentClock(ERC6372InconsistentClock),
        #[allow(missing_docs)]
        FailedCall(FailedCall),
        #[allow(missing_docs)]
        GovernorAlreadyCastVote(GovernorAlreadyCastVote),
        #[allow(missing_docs)]
        GovernorAlreadyQueuedProposal(GovernorAlreadyQueuedProposal),
        #[allow(missing_docs)]
        GovernorDisabledDeposit(GovernorDisabledDeposit),
        #[allow(missing_docs)]
        GovernorInsufficientProposerVotes(GovernorInsufficientProposerVotes),
        #[allow(missing_docs)]
        GovernorInvalidProposalLength(GovernorInvalidProposalLength),
        #[allow(missing_docs)]
        GovernorInvalidQuorumFraction(GovernorInvalidQuorumFraction),
        #[allow(missing_docs)]
        GovernorInvalidSignature(GovernorInvalidSignature),
        #[allow(missing_docs)]
        GovernorInvalidVoteParams(GovernorInvalidVoteParams),
        #[allow(missing_docs)]
        GovernorInvalidVoteType(GovernorInvalidVoteType),
        #[allow(missing_docs)]
        GovernorInvalidVotingPeriod(GovernorInvalidVotingPeriod),
        #[allow(missing_docs)]
        GovernorNonexistentProposal(GovernorNonexistentProposal),
        #[allow(missing_docs)]
        GovernorOnlyExecutor(GovernorOnlyExecutor),
        #[allow(missing_docs)]
        GovernorPreventLateQuorumVoteExtensionTooLarge(
            GovernorPreventLateQuorumVoteExtensionTooLarge,
        ),
        #[allow(missing_docs)]
        GovernorProposalQueueingFailed(GovernorProposalQueueingFailed),
        #[allow(missing_docs)]
        GovernorProposalQueueingNotRequired(GovernorProposalQueueingNotRequired),
        #[allow(missing_docs)]
        GovernorRestrictedProposer(GovernorRestrictedProposer),
        #[allow(missing_docs)]
        GovernorUnableToCancel(GovernorUnableToCancel),
        #[allow(missing_docs)]
        GovernorUnexpectedProposalState(GovernorUnexpectedProposalState),
        #[allow(missing_docs)]
        InvalidAccountNonce(InvalidAccountNonce),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
    }
    impl AltGovernorErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [6u8, 179u8, 55u8, 194u8],
            [36u8, 62u8, 84u8, 69u8],
            [37u8, 32u8, 96u8, 29u8],
            [47u8, 127u8, 30u8, 76u8],
            [48u8, 90u8, 39u8, 169u8],
            [49u8, 183u8, 94u8, 77u8],
            [68u8, 123u8, 5u8, 208u8],
            [71u8, 9u8, 110u8, 71u8],
            [100u8, 35u8, 14u8, 218u8],
            [106u8, 208u8, 96u8, 117u8],
            [109u8, 252u8, 198u8, 80u8],
            [111u8, 240u8, 113u8, 64u8],
            [113u8, 198u8, 175u8, 73u8],
            [117u8, 45u8, 136u8, 192u8],
            [134u8, 125u8, 183u8, 113u8],
            [143u8, 229u8, 216u8, 169u8],
            [148u8, 171u8, 108u8, 7u8],
            [171u8, 45u8, 3u8, 17u8],
            [179u8, 81u8, 43u8, 12u8],
            [194u8, 66u8, 238u8, 22u8],
            [214u8, 189u8, 162u8, 117u8],
            [216u8, 56u8, 188u8, 183u8],
            [217u8, 179u8, 149u8, 87u8],
            [233u8, 10u8, 101u8, 30u8],
            [241u8, 207u8, 191u8, 5u8],
            [242u8, 14u8, 125u8, 55u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(GovernorInvalidVoteType),
            ::core::stringify!(GovernorInvalidQuorumFraction),
            ::core::stringify!(CheckpointUnorderedInsertion),
            ::core::stringify!(AltGovernorSlashLatencyTooLong),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(GovernorUnexpectedProposalState),
            ::core::stringify!(GovernorInvalidProposalLength),
            ::core::stringify!(GovernorOnlyExecutor),
            ::core::stringify!(GovernorPreventLateQuorumVoteExtensionTooLarge),
            ::core::stringify!(GovernorNonexistentProposal),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(ERC6372InconsistentClock),
            ::core::stringify!(GovernorAlreadyCastVote),
            ::core::stringify!(InvalidAccountNonce),
            ::core::stringify!(GovernorInvalidVoteParams),
            ::core::stringify!(GovernorUnableToCancel),
            ::core::stringify!(GovernorInvalidSignature),
            ::core::stringify!(GovernorProposalQueueingFailed),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(GovernorInsufficientProposerVotes),
            ::core::stringify!(FailedCall),
            ::core::stringify!(GovernorProposalQueueingNotRequired),
            ::core::stringify!(GovernorRestrictedProposer),
            ::core::stringify!(GovernorDisabledDeposit),
            ::core::stringify!(GovernorInvalidVotingPeriod),
            ::core::stringify!(GovernorAlreadyQueuedProposal),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <GovernorInvalidVoteType as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::SIGNATURE,
            <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::SIGNATURE,
            <AltGovernorSlashLatencyTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidProposalLength as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorOnlyExecutor as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorNonexistentProposal as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <ERC6372InconsistentClock as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorAlreadyCastVote as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidAccountNonce as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidVoteParams as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorUnableToCancel as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::SIGNATURE,
            <FailedCall as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorRestrictedProposer as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorDisabledDeposit as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::SIGNATURE,
            <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for AltGovernorErrors {
        const NAME: &'static str = "AltGovernorErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 26usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AltGovernorSlashLatencyTooLong(_) => {
                    <AltGovernorSlashLatencyTooLong as alloy_sol_types::SolError>::SELECTOR
                }
                Self::CheckpointUnorderedInsertion(_) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC6372InconsistentClock(_) => {
                    <ERC6372InconsistentClock as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FailedCall(_) => {
                    <FailedCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorAlreadyCastVote(_) => {
                    <GovernorAlreadyCastVote as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorAlreadyQueuedProposal(_) => {
                    <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorDisabledDeposit(_) => {
                    <GovernorDisabledDeposit as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInsufficientProposerVotes(_) => {
                    <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidProposalLength(_) => {
                    <GovernorInvalidProposalLength as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidQuorumFraction(_) => {
                    <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidSignature(_) => {
                    <GovernorInvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidVoteParams(_) => {
                    <GovernorInvalidVoteParams as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidVoteType(_) => {
                    <GovernorInvalidVoteType as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorInvalidVotingPeriod(_) => {
                    <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorNonexistentProposal(_) => {
                    <GovernorNonexistentProposal as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorOnlyExecutor(_) => {
                    <GovernorOnlyExecutor as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorPreventLateQuorumVoteExtensionTooLarge(_) => {
                    <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorProposalQueueingFailed(_) => {
                    <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorProposalQueueingNotRequired(_) => {
                    <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorRestrictedProposer(_) => {
                    <GovernorRestrictedProposer as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorUnableToCancel(_) => {
                    <GovernorUnableToCancel as alloy_sol_types::SolError>::SELECTOR
                }
                Self::GovernorUnexpectedProposalState(_) => {
                    <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidAccountNonce(_) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => {
                    <StringTooLong as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<AltGovernorErrors>] = &[
                {
                    fn GovernorInvalidVoteType(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidVoteType as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidVoteType)
                    }
                    GovernorInvalidVoteType
                },
                {
                    fn GovernorInvalidQuorumFraction(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidQuorumFraction)
                    }
                    GovernorInvalidQuorumFraction
                },
                {
                    fn CheckpointUnorderedInsertion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::CheckpointUnorderedInsertion)
                    }
                    CheckpointUnorderedInsertion
                },
                {
                    fn AltGovernorSlashLatencyTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <AltGovernorSlashLatencyTooLong as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::AltGovernorSlashLatencyTooLong)
                    }
                    AltGovernorSlashLatencyTooLong
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn GovernorUnexpectedProposalState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorUnexpectedProposalState)
                    }
                    GovernorUnexpectedProposalState
                },
                {
                    fn GovernorInvalidProposalLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidProposalLength as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidProposalLength)
                    }
                    GovernorInvalidProposalLength
                },
                {
                    fn GovernorOnlyExecutor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorOnlyExecutor as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorOnlyExecutor)
                    }
                    GovernorOnlyExecutor
                },
                {
                    fn GovernorPreventLateQuorumVoteExtensionTooLarge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                AltGovernorErrors::GovernorPreventLateQuorumVoteExtensionTooLarge,
                            )
                    }
                    GovernorPreventLateQuorumVoteExtensionTooLarge
                },
                {
                    fn GovernorNonexistentProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorNonexistentProposal as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorNonexistentProposal)
                    }
                    GovernorNonexistentProposal
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn ERC6372InconsistentClock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <ERC6372InconsistentClock as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::ERC6372InconsistentClock)
                    }
                    ERC6372InconsistentClock
                },
                {
                    fn GovernorAlreadyCastVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorAlreadyCastVote as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorAlreadyCastVote)
                    }
                    GovernorAlreadyCastVote
                },
                {
                    fn InvalidAccountNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <InvalidAccountNonce as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::InvalidAccountNonce)
                    }
                    InvalidAccountNonce
                },
                {
                    fn GovernorInvalidVoteParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidVoteParams as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidVoteParams)
                    }
                    GovernorInvalidVoteParams
                },
                {
                    fn GovernorUnableToCancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorUnableToCancel as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorUnableToCancel)
                    }
                    GovernorUnableToCancel
                },
                {
                    fn GovernorInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidSignature)
                    }
                    GovernorInvalidSignature
                },
                {
                    fn GovernorProposalQueueingFailed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorProposalQueueingFailed)
                    }
                    GovernorProposalQueueingFailed
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn GovernorInsufficientProposerVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInsufficientProposerVotes)
                    }
                    GovernorInsufficientProposerVotes
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AltGovernorErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn GovernorProposalQueueingNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorProposalQueueingNotRequired)
                    }
                    GovernorProposalQueueingNotRequired
                },
                {
                    fn GovernorRestrictedProposer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorRestrictedProposer as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorRestrictedProposer)
                    }
                    GovernorRestrictedProposer
                },
                {
                    fn GovernorDisabledDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorDisabledDeposit as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorDisabledDeposit)
                    }
                    GovernorDisabledDeposit
                },
                {
                    fn GovernorInvalidVotingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidVotingPeriod)
                    }
                    GovernorInvalidVotingPeriod
                },
                {
                    fn GovernorAlreadyQueuedProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorAlreadyQueuedProposal)
                    }
                    GovernorAlreadyQueuedProposal
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<AltGovernorErrors>] = &[
                {
                    fn GovernorInvalidVoteType(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidVoteType as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidVoteType)
                    }
                    GovernorInvalidVoteType
                },
                {
                    fn GovernorInvalidQuorumFraction(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidQuorumFraction)
                    }
                    GovernorInvalidQuorumFraction
                },
                {
                    fn CheckpointUnorderedInsertion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::CheckpointUnorderedInsertion)
                    }
                    CheckpointUnorderedInsertion
                },
                {
                    fn AltGovernorSlashLatencyTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <AltGovernorSlashLatencyTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::AltGovernorSlashLatencyTooLong)
                    }
                    AltGovernorSlashLatencyTooLong
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn GovernorUnexpectedProposalState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorUnexpectedProposalState)
                    }
                    GovernorUnexpectedProposalState
                },
                {
                    fn GovernorInvalidProposalLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidProposalLength as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidProposalLength)
                    }
                    GovernorInvalidProposalLength
                },
                {
                    fn GovernorOnlyExecutor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorOnlyExecutor as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorOnlyExecutor)
                    }
                    GovernorOnlyExecutor
                },
                {
                    fn GovernorPreventLateQuorumVoteExtensionTooLarge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                AltGovernorErrors::GovernorPreventLateQuorumVoteExtensionTooLarge,
                            )
                    }
                    GovernorPreventLateQuorumVoteExtensionTooLarge
                },
                {
                    fn GovernorNonexistentProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorNonexistentProposal as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorNonexistentProposal)
                    }
                    GovernorNonexistentProposal
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn ERC6372InconsistentClock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <ERC6372InconsistentClock as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::ERC6372InconsistentClock)
                    }
                    ERC6372InconsistentClock
                },
                {
                    fn GovernorAlreadyCastVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorAlreadyCastVote as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorAlreadyCastVote)
                    }
                    GovernorAlreadyCastVote
                },
                {
                    fn InvalidAccountNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <InvalidAccountNonce as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::InvalidAccountNonce)
                    }
                    InvalidAccountNonce
                },
                {
                    fn GovernorInvalidVoteParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidVoteParams as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidVoteParams)
                    }
                    GovernorInvalidVoteParams
                },
                {
                    fn GovernorUnableToCancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorUnableToCancel as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorUnableToCancel)
                    }
                    GovernorUnableToCancel
                },
                {
                    fn GovernorInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidSignature)
                    }
                    GovernorInvalidSignature
                },
                {
                    fn GovernorProposalQueueingFailed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorProposalQueueingFailed)
                    }
                    GovernorProposalQueueingFailed
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn GovernorInsufficientProposerVotes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInsufficientProposerVotes)
                    }
                    GovernorInsufficientProposerVotes
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn GovernorProposalQueueingNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorProposalQueueingNotRequired)
                    }
                    GovernorProposalQueueingNotRequired
                },
                {
                    fn GovernorRestrictedProposer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorRestrictedProposer as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorRestrictedProposer)
                    }
                    GovernorRestrictedProposer
                },
                {
                    fn GovernorDisabledDeposit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorDisabledDeposit as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorDisabledDeposit)
                    }
                    GovernorDisabledDeposit
                },
                {
                    fn GovernorInvalidVotingPeriod(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorInvalidVotingPeriod)
                    }
                    GovernorInvalidVotingPeriod
                },
                {
                    fn GovernorAlreadyQueuedProposal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AltGovernorErrors> {
                        <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(AltGovernorErrors::GovernorAlreadyQueuedProposal)
                    }
                    GovernorAlreadyQueuedProposal
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AltGovernorSlashLatencyTooLong(inner) => {
                    <AltGovernorSlashLatencyTooLong as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CheckpointUnorderedInsertion(inner) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC6372InconsistentClock(inner) => {
                    <ERC6372InconsistentClock as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GovernorAlreadyCastVote(inner) => {
                    <GovernorAlreadyCastVote as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorAlreadyQueuedProposal(inner) => {
                    <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorDisabledDeposit(inner) => {
                    <GovernorDisabledDeposit as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInsufficientProposerVotes(inner) => {
                    <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidProposalLength(inner) => {
                    <GovernorInvalidProposalLength as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidQuorumFraction(inner) => {
                    <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidSignature(inner) => {
                    <GovernorInvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidVoteParams(inner) => {
                    <GovernorInvalidVoteParams as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidVoteType(inner) => {
                    <GovernorInvalidVoteType as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorInvalidVotingPeriod(inner) => {
                    <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorNonexistentProposal(inner) => {
                    <GovernorNonexistentProposal as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorOnlyExecutor(inner) => {
                    <GovernorOnlyExecutor as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorPreventLateQuorumVoteExtensionTooLarge(inner) => {
                    <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorProposalQueueingFailed(inner) => {
                    <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorProposalQueueingNotRequired(inner) => {
                    <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorRestrictedProposer(inner) => {
                    <GovernorRestrictedProposer as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorUnableToCancel(inner) => {
                    <GovernorUnableToCancel as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GovernorUnexpectedProposalState(inner) => {
                    <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AltGovernorSlashLatencyTooLong(inner) => {
                    <AltGovernorSlashLatencyTooLong as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CheckpointUnorderedInsertion(inner) => {
                    <CheckpointUnorderedInsertion as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC6372InconsistentClock(inner) => {
                    <ERC6372InconsistentClock as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GovernorAlreadyCastVote(inner) => {
                    <GovernorAlreadyCastVote as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorAlreadyQueuedProposal(inner) => {
                    <GovernorAlreadyQueuedProposal as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorDisabledDeposit(inner) => {
                    <GovernorDisabledDeposit as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInsufficientProposerVotes(inner) => {
                    <GovernorInsufficientProposerVotes as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidProposalLength(inner) => {
                    <GovernorInvalidProposalLength as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidQuorumFraction(inner) => {
                    <GovernorInvalidQuorumFraction as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidSignature(inner) => {
                    <GovernorInvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidVoteParams(inner) => {
                    <GovernorInvalidVoteParams as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidVoteType(inner) => {
                    <GovernorInvalidVoteType as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorInvalidVotingPeriod(inner) => {
                    <GovernorInvalidVotingPeriod as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorNonexistentProposal(inner) => {
                    <GovernorNonexistentProposal as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorOnlyExecutor(inner) => {
                    <GovernorOnlyExecutor as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorPreventLateQuorumVoteExtensionTooLarge(inner) => {
                    <GovernorPreventLateQuorumVoteExtensionTooLarge as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorProposalQueueingFailed(inner) => {
                    <GovernorProposalQueueingFailed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorProposalQueueingNotRequired(inner) => {
                    <GovernorProposalQueueingNotRequired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorRestrictedProposer(inner) => {
                    <GovernorRestrictedProposer as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorUnableToCancel(inner) => {
                    <GovernorUnableToCancel as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GovernorUnexpectedProposalState(inner) => {
                    <GovernorUnexpectedProposalState as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`AltGovernor`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum AltGovernorEvents {
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        LateQuorumVoteExtensionSet(LateQuorumVoteExtensionSet),
        #[allow(missing_docs)]
        ProposalCanceled(ProposalCanceled),
        #[allow(missing_docs)]
        ProposalCreated(ProposalCreated),
        #[allow(missing_docs)]
        ProposalExecuted(ProposalExecuted),
        #[allow(missing_docs)]
        ProposalExtended(ProposalExtended),
        #[allow(missing_docs)]
        ProposalQueued(ProposalQueued),
        #[allow(missing_docs)]
        ProposalThresholdSet(ProposalThresholdSet),
        #[allow(missing_docs)]
        QuorumNumeratorUpdated(QuorumNumeratorUpdated),
        #[allow(missing_docs)]
        TimelockChange(TimelockChange),
        #[allow(missing_docs)]
        VoteCast(VoteCast),
        #[allow(missing_docs)]
        VoteCastWithParams(VoteCastWithParams),
        #[allow(missing_docs)]
        VotingDelaySet(VotingDelaySet),
        #[allow(missing_docs)]
        VotingPeriodSet(VotingPeriodSet),
    }
    impl AltGovernorEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                5u8, 83u8, 71u8, 107u8, 240u8, 46u8, 242u8, 114u8, 110u8, 140u8, 229u8,
                206u8, 215u8, 141u8, 99u8, 226u8, 110u8, 96u8, 46u8, 74u8, 34u8, 87u8,
                177u8, 245u8, 89u8, 65u8, 142u8, 36u8, 180u8, 99u8, 57u8, 151u8,
            ],
            [
                8u8, 247u8, 78u8, 164u8, 110u8, 247u8, 137u8, 79u8, 101u8, 234u8, 191u8,
                181u8, 230u8, 230u8, 149u8, 222u8, 119u8, 58u8, 0u8, 11u8, 71u8, 197u8,
                41u8, 171u8, 85u8, 145u8, 120u8, 6u8, 155u8, 34u8, 100u8, 1u8,
            ],
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                84u8, 31u8, 114u8, 95u8, 185u8, 247u8, 201u8, 138u8, 48u8, 204u8, 156u8,
                15u8, 243u8, 47u8, 187u8, 20u8, 53u8, 140u8, 215u8, 21u8, 156u8, 132u8,
                122u8, 58u8, 162u8, 10u8, 43u8, 220u8, 68u8, 43u8, 165u8, 17u8,
            ],
            [
                113u8, 42u8, 225u8, 56u8, 63u8, 121u8, 172u8, 133u8, 63u8, 141u8, 136u8,
                33u8, 83u8, 119u8, 142u8, 2u8, 96u8, 239u8, 143u8, 3u8, 181u8, 4u8,
                226u8, 134u8, 110u8, 5u8, 147u8, 224u8, 77u8, 43u8, 41u8, 31u8,
            ],
            [
                120u8, 156u8, 245u8, 91u8, 233u8, 128u8, 115u8, 157u8, 173u8, 29u8, 6u8,
                153u8, 185u8, 59u8, 88u8, 232u8, 6u8, 181u8, 28u8, 157u8, 150u8, 97u8,
                155u8, 250u8, 143u8, 224u8, 162u8, 138u8, 186u8, 167u8, 179u8, 12u8,
            ],
            [
                124u8, 164u8, 172u8, 17u8, 126u8, 211u8, 205u8, 206u8, 117u8, 193u8,
                22u8, 29u8, 130u8, 7u8, 196u8, 64u8, 56u8, 155u8, 26u8, 21u8, 214u8,
                157u8, 9u8, 104u8, 49u8, 102u8, 70u8, 87u8, 192u8, 125u8, 175u8, 194u8,
            ],
            [
                125u8, 132u8, 166u8, 38u8, 58u8, 224u8, 217u8, 141u8, 51u8, 41u8, 189u8,
                123u8, 70u8, 187u8, 78u8, 141u8, 111u8, 152u8, 205u8, 53u8, 167u8, 173u8,
                180u8, 92u8, 39u8, 76u8, 139u8, 127u8, 213u8, 235u8, 213u8, 224u8,
            ],
            [
                126u8, 63u8, 127u8, 7u8, 8u8, 168u8, 77u8, 233u8, 32u8, 48u8, 54u8,
                171u8, 170u8, 69u8, 13u8, 204u8, 200u8, 90u8, 213u8, 255u8, 82u8, 247u8,
                140u8, 23u8, 15u8, 62u8, 219u8, 85u8, 207u8, 94u8, 136u8, 40u8,
            ],
            [
                154u8, 46u8, 66u8, 253u8, 103u8, 34u8, 129u8, 61u8, 105u8, 17u8, 62u8,
                125u8, 0u8, 121u8, 211u8, 217u8, 64u8, 23u8, 20u8, 40u8, 223u8, 115u8,
                115u8, 223u8, 156u8, 127u8, 118u8, 23u8, 207u8, 218u8, 40u8, 146u8,
            ],
            [
                184u8, 225u8, 56u8, 136u8, 125u8, 10u8, 161u8, 59u8, 171u8, 68u8, 126u8,
                130u8, 222u8, 157u8, 92u8, 23u8, 119u8, 4u8, 30u8, 205u8, 33u8, 202u8,
                54u8, 186u8, 130u8, 79u8, 241u8, 230u8, 192u8, 125u8, 221u8, 164u8,
            ],
            [
                197u8, 101u8, 176u8, 69u8, 64u8, 61u8, 192u8, 60u8, 46u8, 234u8, 130u8,
                184u8, 26u8, 4u8, 101u8, 237u8, 173u8, 158u8, 46u8, 127u8, 196u8, 217u8,
                126u8, 17u8, 66u8, 28u8, 32u8, 157u8, 169u8, 61u8, 122u8, 147u8,
            ],
            [
                204u8, 180u8, 93u8, 168u8, 213u8, 113u8, 126u8, 108u8, 69u8, 68u8, 105u8,
                66u8, 151u8, 196u8, 186u8, 92u8, 241u8, 81u8, 212u8, 85u8, 201u8, 187u8,
                14u8, 212u8, 252u8, 122u8, 56u8, 65u8, 27u8, 192u8, 84u8, 97u8,
            ],
            [
                226u8, 186u8, 191u8, 186u8, 197u8, 136u8, 154u8, 112u8, 155u8, 99u8,
                187u8, 127u8, 89u8, 139u8, 50u8, 78u8, 8u8, 188u8, 90u8, 79u8, 185u8,
                236u8, 100u8, 127u8, 179u8, 203u8, 201u8, 236u8, 7u8, 235u8, 135u8, 18u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(QuorumNumeratorUpdated),
            ::core::stringify!(TimelockChange),
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(ProposalExtended),
            ::core::stringify!(ProposalExecuted),
            ::core::stringify!(ProposalCanceled),
            ::core::stringify!(LateQuorumVoteExtensionSet),
            ::core::stringify!(ProposalCreated),
            ::core::stringify!(VotingPeriodSet),
            ::core::stringify!(ProposalQueued),
            ::core::stringify!(VoteCast),
            ::core::stringify!(VotingDelaySet),
            ::core::stringify!(ProposalThresholdSet),
            ::core::stringify!(VoteCastWithParams),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <QuorumNumeratorUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <TimelockChange as alloy_sol_types::SolEvent>::SIGNATURE,
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalExtended as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalExecuted as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalCanceled as alloy_sol_types::SolEvent>::SIGNATURE,
            <LateQuorumVoteExtensionSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalCreated as alloy_sol_types::SolEvent>::SIGNATURE,
            <VotingPeriodSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalQueued as alloy_sol_types::SolEvent>::SIGNATURE,
            <VoteCast as alloy_sol_types::SolEvent>::SIGNATURE,
            <VotingDelaySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProposalThresholdSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <VoteCastWithParams as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for AltGovernorEvents {
        const NAME: &'static str = "AltGovernorEvents";
        const COUNT: usize = 14usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EIP712DomainChanged)
                }
                Some(
                    <LateQuorumVoteExtensionSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <LateQuorumVoteExtensionSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::LateQuorumVoteExtensionSet)
                }
                Some(<ProposalCanceled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalCanceled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalCanceled)
                }
                Some(<ProposalCreated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalCreated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalCreated)
                }
                Some(<ProposalExecuted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalExecuted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalExecuted)
                }
                Some(<ProposalExtended as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalExtended as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalExtended)
                }
                Some(<ProposalQueued as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProposalQueued as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalQueued)
                }
                Some(
                    <ProposalThresholdSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ProposalThresholdSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProposalThresholdSet)
                }
                Some(
                    <QuorumNumeratorUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <QuorumNumeratorUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::QuorumNumeratorUpdated)
                }
                Some(<TimelockChange as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TimelockChange as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::TimelockChange)
                }
                Some(<VoteCast as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VoteCast as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::VoteCast)
                }
                Some(
                    <VoteCastWithParams as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <VoteCastWithParams as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VoteCastWithParams)
                }
                Some(<VotingDelaySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VotingDelaySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VotingDelaySet)
                }
                Some(<VotingPeriodSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VotingPeriodSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VotingPeriodSet)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for AltGovernorEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::LateQuorumVoteExtensionSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalCanceled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalCreated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalExtended(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalQueued(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProposalThresholdSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::QuorumNumeratorUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TimelockChange(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VoteCast(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VoteCastWithParams(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VotingDelaySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VotingPeriodSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::LateQuorumVoteExtensionSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalCanceled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalCreated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalExecuted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalExtended(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalQueued(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProposalThresholdSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::QuorumNumeratorUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TimelockChange(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VoteCast(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VoteCastWithParams(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VotingDelaySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VotingPeriodSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`AltGovernor`](self) contract instance.

See the [wrapper's documentation](`AltGovernorInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> AltGovernorInstance<P, N> {
        AltGovernorInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        token: alloy::sol_types::private::Address,
        staking_: alloy::sol_types::private::Address,
        timelock: alloy::sol_types::private::Address,
        s: <Settings as alloy::sol_types::SolType>::RustType,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<AltGovernorInstance<P, N>>,
    > {
        AltGovernorInstance::<P, N>::deploy(__provider, token, staking_, timelock, s)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        token: alloy::sol_types::private::Address,
        staking_: alloy::sol_types::private::Address,
        timelock: alloy::sol_types::private::Address,
        s: <Settings as alloy::sol_types::SolType>::RustType,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        AltGovernorInstance::<
            P,
            N,
        >::deploy_builder(__provider, token, staking_, timelock, s)
    }
    /**A [`AltGovernor`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`AltGovernor`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct AltGovernorInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for AltGovernorInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("AltGovernorInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > AltGovernorInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`AltGovernor`](self) contract instance.

See the [wrapper's documentation](`AltGovernorInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            token: alloy::sol_types::private::Address,
            staking_: alloy::sol_types::private::Address,
            timelock: alloy::sol_types::private::Address,
            s: <Settings as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::Result<AltGovernorInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                token,
                staking_,
                timelock,
                s,
            );
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            token: alloy::sol_types::private::Address,
            staking_: alloy::sol_types::private::Address,
            timelock: alloy::sol_types::private::Address,
            s: <Settings as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            token,
                            staking_,
                            timelock,
                            s,
                        },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> AltGovernorInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> AltGovernorInstance<P, N> {
            AltGovernorInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > AltGovernorInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`BALLOT_TYPEHASH`] function.
        pub fn BALLOT_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, BALLOT_TYPEHASHCall, N> {
            self.call_builder(&BALLOT_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`CLOCK_MODE`] function.
        pub fn CLOCK_MODE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, CLOCK_MODECall, N> {
            self.call_builder(&CLOCK_MODECall)
        }
        ///Creates a new call builder for the [`COUNTING_MODE`] function.
        pub fn COUNTING_MODE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, COUNTING_MODECall, N> {
            self.call_builder(&COUNTING_MODECall)
        }
        ///Creates a new call builder for the [`EXTENDED_BALLOT_TYPEHASH`] function.
        pub fn EXTENDED_BALLOT_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, EXTENDED_BALLOT_TYPEHASHCall, N> {
            self.call_builder(&EXTENDED_BALLOT_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`cancel`] function.
        pub fn cancel(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, cancelCall, N> {
            self.call_builder(
                &cancelCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`castVote`] function.
        pub fn castVote(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
        ) -> alloy_contract::SolCallBuilder<&P, castVoteCall, N> {
            self.call_builder(
                &castVoteCall {
                    proposalId,
                    support,
                },
            )
        }
        ///Creates a new call builder for the [`castVoteBySig`] function.
        pub fn castVoteBySig(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
            voter: alloy::sol_types::private::Address,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, castVoteBySigCall, N> {
            self.call_builder(
                &castVoteBySigCall {
                    proposalId,
                    support,
                    voter,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`castVoteWithReason`] function.
        pub fn castVoteWithReason(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
            reason: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, castVoteWithReasonCall, N> {
            self.call_builder(
                &castVoteWithReasonCall {
                    proposalId,
                    support,
                    reason,
                },
            )
        }
        ///Creates a new call builder for the [`castVoteWithReasonAndParams`] function.
        pub fn castVoteWithReasonAndParams(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
            reason: alloy::sol_types::private::String,
            params: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, castVoteWithReasonAndParamsCall, N> {
            self.call_builder(
                &castVoteWithReasonAndParamsCall {
                    proposalId,
                    support,
                    reason,
                    params,
                },
            )
        }
        ///Creates a new call builder for the [`castVoteWithReasonAndParamsBySig`] function.
        pub fn castVoteWithReasonAndParamsBySig(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            support: u8,
            voter: alloy::sol_types::private::Address,
            reason: alloy::sol_types::private::String,
            params: alloy::sol_types::private::Bytes,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<
            &P,
            castVoteWithReasonAndParamsBySigCall,
            N,
        > {
            self.call_builder(
                &castVoteWithReasonAndParamsBySigCall {
                    proposalId,
                    support,
                    voter,
                    reason,
                    params,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`clock`] function.
        pub fn clock(&self) -> alloy_contract::SolCallBuilder<&P, clockCall, N> {
            self.call_builder(&clockCall)
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`execute`] function.
        pub fn execute(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, executeCall, N> {
            self.call_builder(
                &executeCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`getProposalId`] function.
        pub fn getProposalId(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getProposalIdCall, N> {
            self.call_builder(
                &getProposalIdCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`getVotes`] function.
        pub fn getVotes(
            &self,
            account: alloy::sol_types::private::Address,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getVotesCall, N> {
            self.call_builder(&getVotesCall { account, timepoint })
        }
        ///Creates a new call builder for the [`getVotesWithParams`] function.
        pub fn getVotesWithParams(
            &self,
            account: alloy::sol_types::private::Address,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
            params: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, getVotesWithParamsCall, N> {
            self.call_builder(
                &getVotesWithParamsCall {
                    account,
                    timepoint,
                    params,
                },
            )
        }
        ///Creates a new call builder for the [`hasVoted`] function.
        pub fn hasVoted(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasVotedCall, N> {
            self.call_builder(
                &hasVotedCall {
                    proposalId,
                    account,
                },
            )
        }
        ///Creates a new call builder for the [`hashProposal`] function.
        pub fn hashProposal(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, hashProposalCall, N> {
            self.call_builder(
                &hashProposalCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`lateQuorumVoteExtension`] function.
        pub fn lateQuorumVoteExtension(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, lateQuorumVoteExtensionCall, N> {
            self.call_builder(&lateQuorumVoteExtensionCall)
        }
        ///Creates a new call builder for the [`name`] function.
        pub fn name(&self) -> alloy_contract::SolCallBuilder<&P, nameCall, N> {
            self.call_builder(&nameCall)
        }
        ///Creates a new call builder for the [`nonces`] function.
        pub fn nonces(
            &self,
            owner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, noncesCall, N> {
            self.call_builder(&noncesCall { owner })
        }
        ///Creates a new call builder for the [`onERC1155BatchReceived`] function.
        pub fn onERC1155BatchReceived(
            &self,
            _0: alloy::sol_types::private::Address,
            _1: alloy::sol_types::private::Address,
            _2: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            _3: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            _4: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, onERC1155BatchReceivedCall, N> {
            self.call_builder(
                &onERC1155BatchReceivedCall {
                    _0,
                    _1,
                    _2,
                    _3,
                    _4,
                },
            )
        }
        ///Creates a new call builder for the [`onERC1155Received`] function.
        pub fn onERC1155Received(
            &self,
            _0: alloy::sol_types::private::Address,
            _1: alloy::sol_types::private::Address,
            _2: alloy::sol_types::private::primitives::aliases::U256,
            _3: alloy::sol_types::private::primitives::aliases::U256,
            _4: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, onERC1155ReceivedCall, N> {
            self.call_builder(
                &onERC1155ReceivedCall {
                    _0,
                    _1,
                    _2,
                    _3,
                    _4,
                },
            )
        }
        ///Creates a new call builder for the [`onERC721Received`] function.
        pub fn onERC721Received(
            &self,
            _0: alloy::sol_types::private::Address,
            _1: alloy::sol_types::private::Address,
            _2: alloy::sol_types::private::primitives::aliases::U256,
            _3: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, onERC721ReceivedCall, N> {
            self.call_builder(
                &onERC721ReceivedCall {
                    _0,
                    _1,
                    _2,
                    _3,
                },
            )
        }
        ///Creates a new call builder for the [`proposalDeadline`] function.
        pub fn proposalDeadline(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalDeadlineCall, N> {
            self.call_builder(&proposalDeadlineCall { proposalId })
        }
        ///Creates a new call builder for the [`proposalEta`] function.
        pub fn proposalEta(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalEtaCall, N> {
            self.call_builder(&proposalEtaCall { proposalId })
        }
        ///Creates a new call builder for the [`proposalNeedsQueuing`] function.
        pub fn proposalNeedsQueuing(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalNeedsQueuingCall, N> {
            self.call_builder(
                &proposalNeedsQueuingCall {
                    proposalId,
                },
            )
        }
        ///Creates a new call builder for the [`proposalProposer`] function.
        pub fn proposalProposer(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalProposerCall, N> {
            self.call_builder(&proposalProposerCall { proposalId })
        }
        ///Creates a new call builder for the [`proposalSnapshot`] function.
        pub fn proposalSnapshot(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalSnapshotCall, N> {
            self.call_builder(&proposalSnapshotCall { proposalId })
        }
        ///Creates a new call builder for the [`proposalThreshold`] function.
        pub fn proposalThreshold(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, proposalThresholdCall, N> {
            self.call_builder(&proposalThresholdCall)
        }
        ///Creates a new call builder for the [`proposalVotes`] function.
        pub fn proposalVotes(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, proposalVotesCall, N> {
            self.call_builder(&proposalVotesCall { proposalId })
        }
        ///Creates a new call builder for the [`propose`] function.
        pub fn propose(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            description: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, proposeCall, N> {
            self.call_builder(
                &proposeCall {
                    targets,
                    values,
                    calldatas,
                    description,
                },
            )
        }
        ///Creates a new call builder for the [`proposerVotes`] function.
        pub fn proposerVotes(
            &self,
            proposer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, proposerVotesCall, N> {
            self.call_builder(&proposerVotesCall { proposer })
        }
        ///Creates a new call builder for the [`queue`] function.
        pub fn queue(
            &self,
            targets: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            values: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
            calldatas: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
            descriptionHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, queueCall, N> {
            self.call_builder(
                &queueCall {
                    targets,
                    values,
                    calldatas,
                    descriptionHash,
                },
            )
        }
        ///Creates a new call builder for the [`quorum`] function.
        pub fn quorum(
            &self,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, quorumCall, N> {
            self.call_builder(&quorumCall { timepoint })
        }
        ///Creates a new call builder for the [`quorumDenominator`] function.
        pub fn quorumDenominator(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, quorumDenominatorCall, N> {
            self.call_builder(&quorumDenominatorCall)
        }
        ///Creates a new call builder for the [`quorumNumerator_0`] function.
        pub fn quorumNumerator_0(
            &self,
            timepoint: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, quorumNumerator_0Call, N> {
            self.call_builder(&quorumNumerator_0Call { timepoint })
        }
        ///Creates a new call builder for the [`quorumNumerator_1`] function.
        pub fn quorumNumerator_1(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, quorumNumerator_1Call, N> {
            self.call_builder(&quorumNumerator_1Call)
        }
        ///Creates a new call builder for the [`relay`] function.
        pub fn relay(
            &self,
            target: alloy::sol_types::private::Address,
            value: alloy::sol_types::private::primitives::aliases::U256,
            data: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, relayCall, N> {
            self.call_builder(&relayCall { target, value, data })
        }
        ///Creates a new call builder for the [`setLateQuorumVoteExtension`] function.
        pub fn setLateQuorumVoteExtension(
            &self,
            newVoteExtension: alloy::sol_types::private::primitives::aliases::U48,
        ) -> alloy_contract::SolCallBuilder<&P, setLateQuorumVoteExtensionCall, N> {
            self.call_builder(
                &setLateQuorumVoteExtensionCall {
                    newVoteExtension,
                },
            )
        }
        ///Creates a new call builder for the [`setProposalThreshold`] function.
        pub fn setProposalThreshold(
            &self,
            newProposalThreshold: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setProposalThresholdCall, N> {
            self.call_builder(
                &setProposalThresholdCall {
                    newProposalThreshold,
                },
            )
        }
        ///Creates a new call builder for the [`setVotingDelay`] function.
        pub fn setVotingDelay(
            &self,
            newVotingDelay: alloy::sol_types::private::primitives::aliases::U48,
        ) -> alloy_contract::SolCallBuilder<&P, setVotingDelayCall, N> {
            self.call_builder(
                &setVotingDelayCall {
                    newVotingDelay,
                },
            )
        }
        ///Creates a new call builder for the [`setVotingPeriod`] function.
        pub fn setVotingPeriod(
            &self,
            newVotingPeriod: u32,
        ) -> alloy_contract::SolCallBuilder<&P, setVotingPeriodCall, N> {
            self.call_builder(
                &setVotingPeriodCall {
                    newVotingPeriod,
                },
            )
        }
        ///Creates a new call builder for the [`staking`] function.
        pub fn staking(&self) -> alloy_contract::SolCallBuilder<&P, stakingCall, N> {
            self.call_builder(&stakingCall)
        }
        ///Creates a new call builder for the [`state`] function.
        pub fn state(
            &self,
            proposalId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, stateCall, N> {
            self.call_builder(&stateCall { proposalId })
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`timelock`] function.
        pub fn timelock(&self) -> alloy_contract::SolCallBuilder<&P, timelockCall, N> {
            self.call_builder(&timelockCall)
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`updateQuorumNumerator`] function.
        pub fn updateQuorumNumerator(
            &self,
            newQuorumNumerator: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, updateQuorumNumeratorCall, N> {
            self.call_builder(
                &updateQuorumNumeratorCall {
                    newQuorumNumerator,
                },
            )
        }
        ///Creates a new call builder for the [`updateTimelock`] function.
        pub fn updateTimelock(
            &self,
            newTimelock: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, updateTimelockCall, N> {
            self.call_builder(&updateTimelockCall { newTimelock })
        }
        ///Creates a new call builder for the [`version`] function.
        pub fn version(&self) -> alloy_contract::SolCallBuilder<&P, versionCall, N> {
            self.call_builder(&versionCall)
        }
        ///Creates a new call builder for the [`votingDelay`] function.
        pub fn votingDelay(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, votingDelayCall, N> {
            self.call_builder(&votingDelayCall)
        }
        ///Creates a new call builder for the [`votingPeriod`] function.
        pub fn votingPeriod(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, votingPeriodCall, N> {
            self.call_builder(&votingPeriodCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > AltGovernorInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`LateQuorumVoteExtensionSet`] event.
        pub fn LateQuorumVoteExtensionSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, LateQuorumVoteExtensionSet, N> {
            self.event_filter::<LateQuorumVoteExtensionSet>()
        }
        ///Creates a new event filter for the [`ProposalCanceled`] event.
        pub fn ProposalCanceled_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalCanceled, N> {
            self.event_filter::<ProposalCanceled>()
        }
        ///Creates a new event filter for the [`ProposalCreated`] event.
        pub fn ProposalCreated_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalCreated, N> {
            self.event_filter::<ProposalCreated>()
        }
        ///Creates a new event filter for the [`ProposalExecuted`] event.
        pub fn ProposalExecuted_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalExecuted, N> {
            self.event_filter::<ProposalExecuted>()
        }
        ///Creates a new event filter for the [`ProposalExtended`] event.
        pub fn ProposalExtended_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalExtended, N> {
            self.event_filter::<ProposalExtended>()
        }
        ///Creates a new event filter for the [`ProposalQueued`] event.
        pub fn ProposalQueued_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalQueued, N> {
            self.event_filter::<ProposalQueued>()
        }
        ///Creates a new event filter for the [`ProposalThresholdSet`] event.
        pub fn ProposalThresholdSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProposalThresholdSet, N> {
            self.event_filter::<ProposalThresholdSet>()
        }
        ///Creates a new event filter for the [`QuorumNumeratorUpdated`] event.
        pub fn QuorumNumeratorUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, QuorumNumeratorUpdated, N> {
            self.event_filter::<QuorumNumeratorUpdated>()
        }
        ///Creates a new event filter for the [`TimelockChange`] event.
        pub fn TimelockChange_filter(
            &self,
        ) -> alloy_contract::Event<&P, TimelockChange, N> {
            self.event_filter::<TimelockChange>()
        }
        ///Creates a new event filter for the [`VoteCast`] event.
        pub fn VoteCast_filter(&self) -> alloy_contract::Event<&P, VoteCast, N> {
            self.event_filter::<VoteCast>()
        }
        ///Creates a new event filter for the [`VoteCastWithParams`] event.
        pub fn VoteCastWithParams_filter(
            &self,
        ) -> alloy_contract::Event<&P, VoteCastWithParams, N> {
            self.event_filter::<VoteCastWithParams>()
        }
        ///Creates a new event filter for the [`VotingDelaySet`] event.
        pub fn VotingDelaySet_filter(
            &self,
        ) -> alloy_contract::Event<&P, VotingDelaySet, N> {
            self.event_filter::<VotingDelaySet>()
        }
        ///Creates a new event filter for the [`VotingPeriodSet`] event.
        pub fn VotingPeriodSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, VotingPeriodSet, N> {
            self.event_filter::<VotingPeriodSet>()
        }
    }
}
