///Module containing a contract's types and functions.
/**

```solidity
library IFeeDistributor {
    type FeeSource is uint8;
    struct RewardPool { uint112 eligible; uint112 pending; uint32 pendingEpoch; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IFeeDistributor {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeeSource(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<FeeSource> for u8 {
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
        impl FeeSource {
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
        impl From<u8> for FeeSource {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<FeeSource> for u8 {
            fn from(value: FeeSource) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for FeeSource {
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
        impl alloy_sol_types::EventTopic for FeeSource {
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
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct RewardPool { uint112 eligible; uint112 pending; uint32 pendingEpoch; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RewardPool {
        #[allow(missing_docs)]
        pub eligible: alloy::sol_types::private::primitives::aliases::U112,
        #[allow(missing_docs)]
        pub pending: alloy::sol_types::private::primitives::aliases::U112,
        #[allow(missing_docs)]
        pub pendingEpoch: u32,
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
            alloy::sol_types::sol_data::Uint<112>,
            alloy::sol_types::sol_data::Uint<112>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U112,
            alloy::sol_types::private::primitives::aliases::U112,
            u32,
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
        impl ::core::convert::From<RewardPool> for UnderlyingRustTuple<'_> {
            fn from(value: RewardPool) -> Self {
                (value.eligible, value.pending, value.pendingEpoch)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RewardPool {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    eligible: tuple.0,
                    pending: tuple.1,
                    pendingEpoch: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for RewardPool {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for RewardPool {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::SolType>::tokenize(&self.eligible),
                    <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::SolType>::tokenize(&self.pending),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.pendingEpoch),
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
        impl alloy_sol_types::SolType for RewardPool {
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
        impl alloy_sol_types::SolStruct for RewardPool {
            const NAME: &'static str = "RewardPool";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "RewardPool(uint112 eligible,uint112 pending,uint32 pendingEpoch)",
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
                        112,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.eligible)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.pending)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.pendingEpoch)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for RewardPool {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.eligible,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pending,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pendingEpoch,
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
                    112,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.eligible,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    112,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pending,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pendingEpoch,
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
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IFeeDistributor`](self) contract instance.

See the [wrapper's documentation](`IFeeDistributorInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IFeeDistributorInstance<P, N> {
        IFeeDistributorInstance::<P, N>::new(address, __provider)
    }
    /**A [`IFeeDistributor`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IFeeDistributor`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IFeeDistributorInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IFeeDistributorInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IFeeDistributorInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IFeeDistributorInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IFeeDistributor`](self) contract instance.

See the [wrapper's documentation](`IFeeDistributorInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IFeeDistributorInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IFeeDistributorInstance<P, N> {
            IFeeDistributorInstance {
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
    > IFeeDistributorInstance<P, N> {
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
    > IFeeDistributorInstance<P, N> {
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
library IFeeDistributor {
    type FeeSource is uint8;
    struct RewardPool {
        uint112 eligible;
        uint112 pending;
        uint32 pendingEpoch;
    }
}

interface FeeDistributor {
    struct Position {
        uint112 eligible;
        uint112 pending;
        uint32 epoch;
    }

    error FeesEpochNotOver(uint64 endsAt);
    error FeesInvalidParameter(bytes32 name, uint256 value);
    error FeesLengthMismatch();
    error FeesNothingToClaim();
    error FeesTooManyOperators();
    error FeesUnauthorized();
    error FeesZeroAmount();
    error OwnableInvalidOwner(address owner);
    error OwnableUnauthorizedAccount(address account);
    error ReentrancyGuardReentrantCall();
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);

    event AddressUpdated(bytes32 indexed name, address oldValue, address newValue);
    event CommissionClaimed(address indexed operator, address to, uint256 amount);
    event EpochClosed(uint32 indexed epoch, uint256 fees, uint256 distributed, uint256 carried, uint64 nextEpochStart);
    event FeesAttributed(uint32 indexed epoch, bytes32 indexed sourceId, address indexed operator, uint256 amount, uint256 net);
    event FeesDeposited(uint32 indexed epoch, IFeeDistributor.FeeSource indexed source, bytes32 indexed sourceId, address payer, uint256 amount, uint256 toTreasury);
    event OperatorRewarded(uint32 indexed epoch, address indexed operator, uint256 amount, uint256 commission, uint256 delegatorRewards, uint256 accRewardPerShare, uint256 eligibleShares);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
    event RewardsClaimed(address indexed operator, address indexed staker, address to, uint256 amount);
    event WorkRecorded(uint32 indexed epoch, address indexed operator, uint256 work, uint256 totalWork);
    event WorkReporterSet(address indexed reporter, bool allowed);

    constructor(address token_, address staking_, address owner_, address treasury_);

    function ACC_SCALE() external view returns (uint256);
    function BIPS() external view returns (uint256);
    function MAX_OPERATORS_PER_EPOCH() external view returns (uint256);
    function MAX_WORK() external view returns (uint256);
    function accRewardPerShare(address operator) external view returns (uint256);
    function attributedOf(uint32 epoch, address operator) external view returns (uint256);
    function claim(address operator, address to) external returns (uint256 amount);
    function claimCommission(address to) external returns (uint256 amount);
    function claimable(address operator, address staker) external view returns (uint256);
    function closeEpoch() external;
    function commissionClaimable(address operator) external view returns (uint256);
    function depositAttributedFees(IFeeDistributor.FeeSource source, bytes32 sourceId, address[] memory operators, uint256[] memory amounts) external;
    function depositFees(IFeeDistributor.FeeSource source, bytes32 sourceId, uint256 amount) external;
    function epochAttributed(uint32 epoch) external view returns (uint256);
    function epochFees(uint32 epoch) external view returns (uint256);
    function epochInfo() external view returns (uint32 epoch, uint64 startedAt, uint64 length);
    function epochOperators(uint32 epoch) external view returns (address[] memory);
    function isWorkReporter(address reporter) external view returns (bool);
    function nextEpochLength() external view returns (uint64);
    function onSharesAdded(address operator, address staker, uint256 shares) external;
    function onSharesRemoved(address operator, address staker, uint256 shares) external;
    function owner() external view returns (address);
    function positionOf(address operator, address staker) external view returns (Position memory p);
    function recordWork(address[] memory operators, uint256[] memory work) external;
    function renounceOwnership() external;
    function rewardPool(address operator) external view returns (IFeeDistributor.RewardPool memory rp);
    function setEpochLength(uint64 length) external;
    function setTreasury(address treasury_) external;
    function setTreasuryBips(uint16 bips) external;
    function setWorkReporter(address reporter, bool allowed) external;
    function staking() external view returns (address);
    function token() external view returns (address);
    function totals() external view returns (uint256 paidIn, uint256 toTreasury, uint256 claimed);
    function transferOwnership(address newOwner) external;
    function treasuryInfo() external view returns (uint16 bips, address treasury);
    function workOf(uint32 epoch, address operator) external view returns (uint256);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "token_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "staking_",
        "type": "address",
        "internalType": "contract IStaking"
      },
      {
        "name": "owner_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ACC_SCALE",
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
    "name": "BIPS",
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
    "name": "MAX_OPERATORS_PER_EPOCH",
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
    "name": "MAX_WORK",
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
    "name": "accRewardPerShare",
    "inputs": [
      {
        "name": "operator",
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
    "name": "attributedOf",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "operator",
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
    "name": "claim",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claimCommission",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claimable",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "staker",
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
    "name": "closeEpoch",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "commissionClaimable",
    "inputs": [
      {
        "name": "operator",
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
    "name": "depositAttributedFees",
    "inputs": [
      {
        "name": "source",
        "type": "uint8",
        "internalType": "enum IFeeDistributor.FeeSource"
      },
      {
        "name": "sourceId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "operators",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "amounts",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "depositFees",
    "inputs": [
      {
        "name": "source",
        "type": "uint8",
        "internalType": "enum IFeeDistributor.FeeSource"
      },
      {
        "name": "sourceId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "epochAttributed",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
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
    "name": "epochFees",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
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
    "name": "epochInfo",
    "inputs": [],
    "outputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "startedAt",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "length",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "epochOperators",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isWorkReporter",
    "inputs": [
      {
        "name": "reporter",
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
    "name": "nextEpochLength",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "onSharesAdded",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "staker",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onSharesRemoved",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "staker",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "owner",
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
    "name": "positionOf",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "staker",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "p",
        "type": "tuple",
        "internalType": "struct FeeDistributor.Position",
        "components": [
          {
            "name": "eligible",
            "type": "uint112",
            "internalType": "uint112"
          },
          {
            "name": "pending",
            "type": "uint112",
            "internalType": "uint112"
          },
          {
            "name": "epoch",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "recordWork",
    "inputs": [
      {
        "name": "operators",
        "type": "address[]",
        "internalType": "address[]"
      },
      {
        "name": "work",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "rewardPool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "rp",
        "type": "tuple",
        "internalType": "struct IFeeDistributor.RewardPool",
        "components": [
          {
            "name": "eligible",
            "type": "uint112",
            "internalType": "uint112"
          },
          {
            "name": "pending",
            "type": "uint112",
            "internalType": "uint112"
          },
          {
            "name": "pendingEpoch",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setEpochLength",
    "inputs": [
      {
        "name": "length",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setTreasury",
    "inputs": [
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setTreasuryBips",
    "inputs": [
      {
        "name": "bips",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setWorkReporter",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "allowed",
        "type": "bool",
        "internalType": "bool"
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
    "name": "token",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totals",
    "inputs": [],
    "outputs": [
      {
        "name": "paidIn",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "toTreasury",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "claimed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferOwnership",
    "inputs": [
      {
        "name": "newOwner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "treasuryInfo",
    "inputs": [],
    "outputs": [
      {
        "name": "bips",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "treasury",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "workOf",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "operator",
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
    "type": "event",
    "name": "AddressUpdated",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "oldValue",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "newValue",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CommissionClaimed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EpochClosed",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "fees",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "distributed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "carried",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "nextEpochStart",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeesAttributed",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "sourceId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "net",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeesDeposited",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "source",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum IFeeDistributor.FeeSource"
      },
      {
        "name": "sourceId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "payer",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "toTreasury",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OperatorRewarded",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "commission",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "delegatorRewards",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "accRewardPerShare",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "eligibleShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferred",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParameterUpdated",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "oldValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newValue",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RewardsClaimed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "staker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WorkRecorded",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "work",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "totalWork",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WorkReporterSet",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "allowed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "FeesEpochNotOver",
    "inputs": [
      {
        "name": "endsAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "FeesInvalidParameter",
    "inputs": [
      {
        "name": "name",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "FeesLengthMismatch",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FeesNothingToClaim",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FeesTooManyOperators",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FeesUnauthorized",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FeesZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "OwnableInvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OwnableUnauthorizedAccount",
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
    "name": "ReentrancyGuardReentrantCall",
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
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
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
pub mod FeeDistributor {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60c0604052600180546001600160901b0319167103e800000000000151800000000000015180179055348015610033575f5ffd5b506040516132d63803806132d68339810160408190526100529161017d565b816001600160a01b03811661008157604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61008a81610117565b505f6001600160a01b0382166100c857604051633323ae2960e21b815267747265617375727960c01b60048201526024810191909152604401610078565b506001600160a01b0393841660805291831660a05250600280546001600160a01b031916919092161790555f80546001600160c01b0316600160c01b426001600160401b0316021790556101d9565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461017a575f5ffd5b50565b5f5f5f5f60808587031215610190575f5ffd5b845161019b81610166565b60208601519094506101ac81610166565b60408601519093506101bd81610166565b60608601519092506101ce81610166565b939692955090935050565b60805160a05161308861024e5f395f818161035d015281816107ec01528181610fe10152818161133c0152818161142f015261263501525f81816105f2015281816106710152818161074d01528181610c6001528181610f63015281816116e2015281816119e70152611a7f01526130885ff3fe608060405234801561000f575f5ffd5b5060043610610213575f3560e01c80638da5cb5b1161011f578063d4570c1c116100a9578063f13c801d11610079578063f13c801d146105be578063f2fde38b146105d1578063f7050031146105e4578063fc0c546a146105ed578063fdbaab1e14610614575f5ffd5b8063d4570c1c14610572578063d504b00b14610585578063f0dd4d7314610598578063f0f44260146105ab575f5ffd5b8063ae4ef39f116100ef578063ae4ef39f14610512578063b40d7e3314610520578063c038a38e14610533578063cdd5f2c814610557578063d163ca6c1461055f575f5ffd5b80638da5cb5b146104a5578063977db497146104b5578063ac2ac640146104da578063ac4ed371146104ed575f5ffd5b80633f35f256116101a0578063715018a611610170578063715018a6146103d5578063819efc96146103dd57806384c9b7e11461041a578063852e793f14610455578063892f928e14610492575f5ffd5b80633f35f2561461032a5780634cf088d9146103585780635dcea4d4146103975780636afc511b146103bf575f5ffd5b80631f1b8a8c116101e65780631f1b8a8c1461028f57806321c0b342146102ce57806327a0bc81146102ef57806335fb701e146102f757806338b2393d14610317575f5ffd5b8063037e4ebd1461021757806307284ce91461022c57806313a46cd61461025c5780631bcda1981461026f575b5f5ffd5b61022a610225366004612b93565b61063c565b005b600154600160401b90046001600160401b03166040516001600160401b0390911681526020015b60405180910390f35b61022a61026a366004612bd9565b6107e1565b61028261027d366004612c13565b610990565b6040516102539190612c2c565b5f546001546040805163ffffffff600160a01b85041681526001600160401b03600160c01b909404841660208201529290911690820152606001610253565b6102e16102dc366004612c69565b610a4b565b604051908152602001610253565b6102e1604081565b61030a610305366004612cad565b610ce3565b6040516102539190612cc6565b61022a610325366004612d11565b610d53565b60015460025460408051600160801b90930461ffff1683526001600160a01b03909116602083015201610253565b61037f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610253565b6102e16103a5366004612c13565b6001600160a01b03165f908152600d602052604090205490565b6102e16ec097ce7bc90715b34b9f100000000081565b61022a610e57565b6102e16103eb366004612d37565b63ffffffff82165f9081526009602090815260408083206001600160a01b038516845290915290205492915050565b610445610428366004612c13565b6001600160a01b03165f9081526006602052604090205460ff1690565b6040519015158152602001610253565b6102e1610463366004612d37565b63ffffffff82165f908152600a602090815260408083206001600160a01b038516845290915290205492915050565b6102826104a0366004612c69565b610e6a565b5f546001600160a01b031661037f565b6102e16104c3366004612cad565b63ffffffff165f9081526007602052604090205490565b6102e16104e8366004612c13565b610ef6565b6102e16104fb366004612cad565b63ffffffff165f908152600b602052604090205490565b6102e16001600160401b0381565b61022a61052e366004612bd9565b610fd6565b60035460045460055460408051938452602084019290925290820152606001610253565b61022a6111cb565b61022a61056d366004612d98565b6117d6565b6102e1610580366004612c69565b611b18565b61022a610593366004612e1f565b611bde565b61022a6105a6366004612e98565b611e92565b61022a6105b9366004612c13565b611f5b565b61022a6105cc366004612ec0565b612017565b61022a6105df366004612c13565b61207d565b6102e161271081565b61037f7f000000000000000000000000000000000000000000000000000000000000000081565b6102e1610622366004612c13565b6001600160a01b03165f908152600c602052604090205490565b6106446120ba565b5f811161066457604051631af9e5c760e31b815260040160405180910390fd5b6106996001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846120ef565b6001545f90612710906106b790600160801b900461ffff1684612f09565b6106c19190612f34565b5f54909150600160a01b900463ffffffff166106dd8284612f53565b63ffffffff82165f9081526007602052604081208054909190610701908490612f66565b925050819055508260035f8282546107199190612f66565b925050819055508160045f8282546107319190612f66565b9091555050811561077657600254610776906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691168461212b565b8385600281111561078957610789612f79565b604080513381526020810187905290810185905263ffffffff8416907f7b7f27abebb502887d3c0a5629c30b673727a54298d7231c7f14e5a6b6b2b1709060600160405180910390a450506107dc612160565b505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461082a5760405163249c688960e11b815260040160405180910390fd5b5f8054600160a01b900463ffffffff1690610845858361218a565b90505f6108538686856122a2565b90505f61085f85612334565b905080826020018181516108739190612f8d565b6001600160701b0390811690915263ffffffff80871660408087019182526001600160a01b03808d165f90815260106020908152838220928e1682529182529190912087518154838a01519451909516600160e01b026001600160e01b03948716600160701b026001600160e01b0319909616919096161793909317919091169290921790558401805183925061090b908390612f8d565b6001600160701b0390811690915263ffffffff95861660408681019182526001600160a01b039a909a165f908152600f60209081529a9020865181549b9097015191519683166001600160e01b0319909b169a909a17600160701b9190921602176001600160e01b0316600160e01b9490951693909302939093179095555050505050565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0385168152600f835283902083519182018452546001600160701b038082168352600160701b820416928201839052600160e01b900463ffffffff169281019290925215801590610a1a57505f54604082015163ffffffff600160a01b90920482169116105b15610a4657602081015181518290610a33908390612f8d565b6001600160701b03169052505f60208201525b919050565b5f610a546120ba565b6001600160a01b0383165f90815260106020908152604080832033808552908352818420825160608101845290546001600160701b038082168352600160701b82041694820194909452600160e01b90930463ffffffff169183019190915282918291610ac39188919061236b565b9250925092508015610b52575f805463ffffffff600160a01b909104811660408087019182526001600160a01b038a168452601060209081528185203386528152932086518154948801519251909316600160e01b026001600160e01b036001600160701b03938416600160701b026001600160e01b0319909616939094169290921793909317919091161790555b6001600160a01b0386165f908152600d602090815260408083205460118352818420338552909252909120548114610baa576001600160a01b0387165f90815260116020908152604080832033845290915290208190555b6001600160a01b0387165f908152601260209081526040808320338452909152902054610be66ec097ce7bc90715b34b9f100000000085612f34565b610bf09082612f66565b95505f8611610c1257604051634535877560e11b815260040160405180910390fd5b8015610c3c576001600160a01b0388165f9081526012602090815260408083203384529091528120555b8560055f828254610c4d9190612f66565b90915550610c8790506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016888861212b565b604080516001600160a01b038981168252602082018990523392908b16917f5637d7f962248a7f05a7ab69eec6446e31f3d0a299d997f135a65c62806e7891910160405180910390a35050505050610cdd612160565b92915050565b63ffffffff81165f90815260086020908152604091829020805483518184028101840190945280845260609392830182828015610d4757602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610d29575b50505050509050919050565b610d5b6124ac565b610e10816001600160401b031610158015610d82575062278d00816001600160401b031611155b8190610dc657604051633323ae2960e21b81526a0cae0dec6d098cadccee8d60ab1b60048201526001600160401b0390911660248201526044015b60405180910390fd5b5060015460408051600160401b9092046001600160401b039081168352831660208301526a0cae0dec6d098cadccee8d60ab1b917f181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fd910160405180910390a2600180546001600160401b03909216600160401b026fffffffffffffffff000000000000000019909216919091179055565b610e5f6124ac565b610e685f6124d8565b565b60408051606080820183525f80835260208084018290528385018290526001600160a01b03878116835260108252858320908716835281529084902084519283018552546001600160701b038082168452600160701b82041691830191909152600160e01b900463ffffffff169281019290925290610eec908490849061236b565b5090949350505050565b5f610eff6120ba565b50335f908152600c602052604090205480610f2d57604051634535877560e11b815260040160405180910390fd5b335f908152600c6020526040812081905560058054839290610f50908490612f66565b90915550610f8a90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361212b565b604080516001600160a01b03841681526020810183905233917f45517d74a07b4417542d55456acbfe408eca77515afc6af80eecfabd4163fcaf910160405180910390a2610a46612160565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461101f5760405163249c688960e11b815260040160405180910390fd5b5f8054600160a01b900463ffffffff169061103a858361218a565b90505f6110488686856122a2565b63ffffffff8416604082015260208101519091505f906110729086906001600160701b0316612527565b90505f61109b61108b6001600160701b03841688612f53565b84516001600160701b0316612527565b905081836020018181516110af9190612fac565b6001600160701b03169052508251819084906110cc908390612fac565b6001600160701b03169052506020840180518391906110ec908390612fac565b6001600160701b0316905250835181908590611109908390612fac565b6001600160701b039081169091526001600160a01b03998a165f8181526010602090815260408083209c909d1682529a8b528b8120875181548d8a0151998f015163ffffffff908116600160e01b9081026001600160e01b039c8916600160701b9081026001600160e01b0319958616968b1696909617959095178d1617909455948452600f8e52928e90208a5181549e8c01519b909f0151909416909102988416029a169a9091169990991797909717909216929092179095555050505050565b6111d36120ba565b5f805460015463ffffffff600160a01b8304169291611205916001600160401b0390811691600160c01b900416612fcb565b9050806001600160401b03811642101561123e576040516351f2e3c760e11b81526001600160401b039091166004820152602401610dbd565b5063ffffffff82165f90815260076020908152604080832054600890925282208054919290916001600160401b0381111561127b5761127b612fea565b6040519080825280602002602001820160405280156112a4578160200160208202803683370190505b5082549091505f906001600160401b038111156112c3576112c3612fea565b6040519080825280602002602001820160405280156112ec578160200160208202803683370190505b5090505f5f5b8454811015611532575f85828154811061130e5761130e612ffe565b5f918252602090912001546040516314bfb52760e01b81526001600160a01b039182166004820181905292507f0000000000000000000000000000000000000000000000000000000000000000909116906314bfb52790602401602060405180830381865afa158015611383573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113a79190613012565b156113b2575061152a565b5f6113bd828b61218a565b80519091506001600160701b03165f036113d857505061152a565b60018584815181106113ec576113ec612ffe565b91151560209283029190910190910152805160405163dc3b7c8b60e01b81526001600160a01b0384811660048301525f926114aa926001600160701b03909116917f0000000000000000000000000000000000000000000000000000000000000000169063dc3b7c8b90602401602060405180830381865afa158015611474573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611498919061302d565b6b033b2e3c9fd0803ce8000000612536565b63ffffffff8c165f9081526009602090815260408083206001600160a01b03881684529091529020549091506114e1908290612f09565b8785815181106114f3576114f3612ffe565b60200260200101818152505086848151811061151157611511612ffe565b6020026020010151856115249190612f66565b94505050505b6001016112f2565b505f5f5f5b86548110156116405763ffffffff8a165f908152600a60205260408120885482908a908590811061156a5761156a612ffe565b5f9182526020808320909101546001600160a01b0316835282019290925260400190205486519091508690839081106115a5576115a5612ffe565b60200260200101516115c3576115bb8184612f66565b925050611638565b84156115fa576115ed898884815181106115df576115df612ffe565b602002602001015187612536565b6115f79082612f66565b90505b61162a8b89848154811061161057611610612ffe565b5f918252602090912001546001600160a01b0316836125e6565b6116349085612f66565b9350505b600101611537565b5063ffffffff89165f908152600b60205260408120546116609089612f66565b90505f8261166e8584612f53565b6116789190612f53565b90508060075f6116898e6001613044565b63ffffffff1663ffffffff1681526020019081526020015f205f8282546116b09190612f66565b9091555050821561170b578260045f8282546116cc9190612f66565b909155505060025461170b906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691168561212b565b6117168b6001613044565b5f80546001600160a01b0316600160a01b63ffffffff938416026001600160c01b031617600160c01b426001600160401b039081169182029290921790925560018054600160401b810490921667ffffffffffffffff1990921691909117905560408051858152602081018890529081018490526060810191909152908c16907fa0756939a3084cb0070010ddbd811cf1be9c03b96363a001eda566c89cb97a8a9060800160405180910390a25050505050505050505050610e68612160565b6117de6120ba565b335f9081526006602052604090205460ff1661180d5760405163249c688960e11b815260040160405180910390fd5b82811461182d5760405163305dd74360e21b815260040160405180910390fd5b5f8054600160a01b900463ffffffff16908080805b878110156119b9575f87878381811061185d5761185d612ffe565b905060200201359050805f0361187357506119b1565b5f8a8a8481811061188657611886612ffe565b905060200201602081019061189b9190612c13565b6001549091505f90612710906118bc90600160801b900461ffff1685612f09565b6118c69190612f34565b90506118d28388612f66565b96506118de8187612f66565b95508083036118ef575050506119b1565b6118f988836127d3565b6119038184612f53565b63ffffffff89165f908152600a602090815260408083206001600160a01b03871684529091528120805490919061193b908490612f66565b9091555061194b90508184612f53565b6119559086612f66565b94506001600160a01b0382168d63ffffffff8a167f3bd5027d90019acdcc39e134ddeda1b5b56c4881ed4ad6f0a903b34c6465b9d9866119958682612f53565b6040805192835260208301919091520160405180910390a45050505b600101611842565b505f83116119da57604051631af9e5c760e31b815260040160405180910390fd5b611a0f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866120ef565b63ffffffff84165f908152600b602052604081208054839290611a33908490612f66565b925050819055508260035f828254611a4b9190612f66565b925050819055508160045f828254611a639190612f66565b90915550508115611aa857600254611aa8906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691168461212b565b888a6002811115611abb57611abb612f79565b604080513381526020810187905290810185905263ffffffff8716907f7b7f27abebb502887d3c0a5629c30b673727a54298d7231c7f14e5a6b6b2b1709060600160405180910390a450505050611b10612160565b505050505050565b6001600160a01b038281165f9081526010602090815260408083209385168352928152828220835160608101855290546001600160701b038082168352600160701b82041692820192909252600160e01b90910463ffffffff1692810192909252908190611b89908590859061236b565b509150611ba790506ec097ce7bc90715b34b9f100000000082612f34565b6001600160a01b038086165f90815260126020908152604080832093881683529290522054611bd69190612f66565b949350505050565b335f9081526006602052604090205460ff16611c0d5760405163249c688960e11b815260040160405180910390fd5b828114611c2d5760405163305dd74360e21b815260040160405180910390fd5b5f8054600160a01b900463ffffffff16905b84811015611b105763ffffffff82165f90815260096020526040812081888885818110611c6e57611c6e612ffe565b9050602002016020810190611c839190612c13565b6001600160a01b0316815260208101919091526040015f20549050611caf816001600160401b03612f53565b858584818110611cc157611cc1612ffe565b905060200201351115858584818110611cdc57611cdc612ffe565b9050602002013590611d1257604051633323ae2960e21b815263776f726b60e01b60048201526024810191909152604401610dbd565b505f858584818110611d2657611d26612ffe565b905060200201351115611d6357611d6383888885818110611d4957611d49612ffe565b9050602002016020810190611d5e9190612c13565b6127d3565b848483818110611d7557611d75612ffe565b9050602002013581611d879190612f66565b63ffffffff84165f90815260096020526040812090898986818110611dae57611dae612ffe565b9050602002016020810190611dc39190612c13565b6001600160a01b0316815260208101919091526040015f2055868683818110611dee57611dee612ffe565b9050602002016020810190611e039190612c13565b6001600160a01b03168363ffffffff167f2461e08765154b451c8e8f6f05905ec1c7fdf0809d19085647104dc212578958878786818110611e4657611e46612ffe565b90506020020135888887818110611e5f57611e5f612ffe565b9050602002013585611e719190612f66565b6040805192835260208301919091520160405180910390a350600101611c3f565b611e9a6124ac565b8061271061ffff82161115611ede57604051633323ae2960e21b81526b74726561737572794269707360a01b600482015261ffff9091166024820152604401610dbd565b5060015460408051600160801b90920461ffff9081168352831660208301526b74726561737572794269707360a01b917f181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fd910160405180910390a26001805461ffff909216600160801b0261ffff60801b19909216919091179055565b611f636124ac565b5f6001600160a01b038216611fa057604051633323ae2960e21b815267747265617375727960c01b60048201526024810191909152604401610dbd565b50600254604080516001600160a01b039283168152918316602083015267747265617375727960c01b917fcdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1910160405180910390a2600280546001600160a01b0319166001600160a01b0392909216919091179055565b61201f6124ac565b6001600160a01b0382165f81815260066020908152604091829020805460ff191685151590811790915591519182527fc7670d305b24b0d0bf174d078a8b25a8d4d42836f5c613b4190e0884d16f4a98910160405180910390a25050565b6120856124ac565b6001600160a01b0381166120ae57604051631e4fbdf760e01b81525f6004820152602401610dbd565b6120b7816124d8565b50565b6120c26128b3565b610e6860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906128f3565b6120fd8484848460016128fa565b61212557604051635274afe760e01b81526001600160a01b0385166004820152602401610dbd565b50505050565b6121388383836001612967565b6107dc57604051635274afe760e01b81526001600160a01b0384166004820152602401610dbd565b610e685f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006120e9565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0386168152600f835283902083519182018452546001600160701b038082168352600160701b820416928201839052600160e01b900463ffffffff16928101929092521580159061220e57508163ffffffff16816040015163ffffffff16105b15610cdd57602081015181518290612227908390612f8d565b6001600160701b039081169091525f60208085018281526001600160a01b0388168352600f9091526040918290208551815492519387015163ffffffff16600160e01b026001600160e01b03948616600160701b026001600160e01b0319909416919095161791909117919091169190911790555092915050565b60408051606080820183525f80835260208084018290529284018190526001600160a01b038781168252601084528482209087168252835283902083519182018452546001600160701b038082168352600160701b8204169282019290925263ffffffff600160e01b9092048216928101839052919083161461232d5761232a8484836129c9565b90505b9392505050565b5f6001600160701b03821115612367576040516306dfcc6560e41b81526070600482015260248101839052604401610dbd565b5090565b604080516060810182525f80825260208083018290528284018290526001600160a01b038781168352600d825284832054601183528584209188168452915292812054919290918291906123bf8183612f53565b86516123d491906001600160701b0316612f09565b935085602001516001600160701b03165f1415801561240857505f54604087015163ffffffff600160a01b90920482169116105b1561249f576001600160a01b0388165f908152600e602090815260408083208982015163ffffffff168452909152902054818110156124445750805b61244e8184612f53565b87602001516001600160701b03166124669190612f09565b6124709086612f66565b94508660200151875f018181516124879190612f8d565b6001600160701b0316905250505f6020870152600192505b5093969195509350915050565b5f546001600160a01b03163314610e685760405163118cdaa760e01b8152336004820152602401610dbd565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f82821882841002821861232d565b5f5f5f6125438686612b58565b91509150815f036125675783818161255d5761255d612f20565b049250505061232d565b81841161257e5761257e6003851502601118612b74565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f815f036125f557505f61232d565b6001600160a01b038381165f818152600f602052604080822054905163330fa3c960e11b815260048101939093526001600160701b0316929091612710917f0000000000000000000000000000000000000000000000000000000000000000169063661f479290602401602060405180830381865afa15801561267a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061269e9190613060565b6126ac9061ffff1686612f09565b6126b69190612f34565b90505f6126c38286612f53565b90505f836126e06ec097ce7bc90715b34b9f100000000084612f09565b6126ea9190612f34565b6001600160a01b0388165f908152600d602052604090205461270c9190612f66565b6001600160a01b0388165f818152600d60209081526040808320859055600e825280832063ffffffff8e1684528252808320859055928252600c905290812080549293508592909190612760908490612f66565b9091555050604080518781526020810185905290810183905260608101829052608081018590526001600160a01b0388169063ffffffff8a16907fdda240a1b6e2504c6a27f752baa2b09dfce54c794ac0e49821cf7a38339a5d1d9060a00160405180910390a350939695505050505050565b63ffffffff82165f9081526009602090815260408083206001600160a01b0385168452909152902054151580612830575063ffffffff82165f908152600a602090815260408083206001600160a01b038516845290915290205415155b15612839575050565b63ffffffff82165f9081526008602052604090819020541061286e57604051632eacf21b60e21b815260040160405180910390fd5b63ffffffff919091165f9081526008602090815260408220805460018101825590835291200180546001600160a01b0319166001600160a01b03909216919091179055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610e6857604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661295657838315161561294a573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166129bd5783831516156129b1573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b604080516060810182525f8082526020820181905291810182905290806129f186868661236b565b919550925090508015612a85575f805463ffffffff600160a01b909104811660408088019182526001600160a01b03808b16855260106020908152828620918b168652908152932087518154948901519251909316600160e01b026001600160e01b036001600160701b03938416600160701b026001600160e01b0319909616939094169290921793909317919091161790555b6001600160a01b038087165f908152600d602090815260408083205460118352818420948a168452939091529020548114612ae2576001600160a01b038088165f908152601160209081526040808320938a168352929052208190555b6ec097ce7bc90715b34b9f10000000008310612b4d57612b116ec097ce7bc90715b34b9f100000000084612f34565b6001600160a01b038089165f908152601260209081526040808320938b1683529290529081208054909190612b47908490612f66565b90915550505b509295945050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b803560038110610a46575f5ffd5b5f5f5f60608486031215612ba5575f5ffd5b612bae84612b85565b95602085013595506040909401359392505050565b80356001600160a01b0381168114610a46575f5ffd5b5f5f5f60608486031215612beb575f5ffd5b612bf484612bc3565b9250612c0260208501612bc3565b929592945050506040919091013590565b5f60208284031215612c23575f5ffd5b61232d82612bc3565b60608101610cdd82846001600160701b0381511682526001600160701b03602082015116602083015263ffffffff60408201511660408301525050565b5f5f60408385031215612c7a575f5ffd5b612c8383612bc3565b9150612c9160208401612bc3565b90509250929050565b803563ffffffff81168114610a46575f5ffd5b5f60208284031215612cbd575f5ffd5b61232d82612c9a565b602080825282518282018190525f918401906040840190835b81811015612d065783516001600160a01b0316835260209384019390920191600101612cdf565b509095945050505050565b5f60208284031215612d21575f5ffd5b81356001600160401b038116811461232d575f5ffd5b5f5f60408385031215612d48575f5ffd5b612c8383612c9a565b5f5f83601f840112612d61575f5ffd5b5081356001600160401b03811115612d77575f5ffd5b6020830191508360208260051b8501011115612d91575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215612dad575f5ffd5b612db687612b85565b95506020870135945060408701356001600160401b03811115612dd7575f5ffd5b612de389828a01612d51565b90955093505060608701356001600160401b03811115612e01575f5ffd5b612e0d89828a01612d51565b979a9699509497509295939492505050565b5f5f5f5f60408587031215612e32575f5ffd5b84356001600160401b03811115612e47575f5ffd5b612e5387828801612d51565b90955093505060208501356001600160401b03811115612e71575f5ffd5b612e7d87828801612d51565b95989497509550505050565b61ffff811681146120b7575f5ffd5b5f60208284031215612ea8575f5ffd5b813561232d81612e89565b80151581146120b7575f5ffd5b5f5f60408385031215612ed1575f5ffd5b612eda83612bc3565b91506020830135612eea81612eb3565b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610cdd57610cdd612ef5565b634e487b7160e01b5f52601260045260245ffd5b5f82612f4e57634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610cdd57610cdd612ef5565b80820180821115610cdd57610cdd612ef5565b634e487b7160e01b5f52602160045260245ffd5b6001600160701b038181168382160190811115610cdd57610cdd612ef5565b6001600160701b038281168282160390811115610cdd57610cdd612ef5565b6001600160401b038181168382160190811115610cdd57610cdd612ef5565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613022575f5ffd5b815161232d81612eb3565b5f6020828403121561303d575f5ffd5b5051919050565b63ffffffff8181168382160190811115610cdd57610cdd612ef5565b5f60208284031215613070575f5ffd5b815161232d81612e8956fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xC0`@R`\x01\x80T`\x01`\x01`\x90\x1B\x03\x19\x16q\x03\xE8\0\0\0\0\0\x01Q\x80\0\0\0\0\0\x01Q\x80\x17\x90U4\x80\x15a\x003W__\xFD[P`@Qa2\xD68\x03\x80a2\xD6\x839\x81\x01`@\x81\x90Ra\0R\x91a\x01}V[\x81`\x01`\x01`\xA0\x1B\x03\x81\x16a\0\x81W`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\0\x8A\x81a\x01\x17V[P_`\x01`\x01`\xA0\x1B\x03\x82\x16a\0\xC8W`@Qc3#\xAE)`\xE2\x1B\x81Rgtreasury`\xC0\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\0xV[P`\x01`\x01`\xA0\x1B\x03\x93\x84\x16`\x80R\x91\x83\x16`\xA0RP`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x91\x90\x92\x16\x17\x90U_\x80T`\x01`\x01`\xC0\x1B\x03\x16`\x01`\xC0\x1BB`\x01`\x01`@\x1B\x03\x16\x02\x17\x90Ua\x01\xD9V[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01zW__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\x01\x90W__\xFD[\x84Qa\x01\x9B\x81a\x01fV[` \x86\x01Q\x90\x94Pa\x01\xAC\x81a\x01fV[`@\x86\x01Q\x90\x93Pa\x01\xBD\x81a\x01fV[``\x86\x01Q\x90\x92Pa\x01\xCE\x81a\x01fV[\x93\x96\x92\x95P\x90\x93PPV[`\x80Q`\xA0Qa0\x88a\x02N_9_\x81\x81a\x03]\x01R\x81\x81a\x07\xEC\x01R\x81\x81a\x0F\xE1\x01R\x81\x81a\x13<\x01R\x81\x81a\x14/\x01Ra&5\x01R_\x81\x81a\x05\xF2\x01R\x81\x81a\x06q\x01R\x81\x81a\x07M\x01R\x81\x81a\x0C`\x01R\x81\x81a\x0Fc\x01R\x81\x81a\x16\xE2\x01R\x81\x81a\x19\xE7\x01Ra\x1A\x7F\x01Ra0\x88_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x13W_5`\xE0\x1C\x80c\x8D\xA5\xCB[\x11a\x01\x1FW\x80c\xD4W\x0C\x1C\x11a\0\xA9W\x80c\xF1<\x80\x1D\x11a\0yW\x80c\xF1<\x80\x1D\x14a\x05\xBEW\x80c\xF2\xFD\xE3\x8B\x14a\x05\xD1W\x80c\xF7\x05\x001\x14a\x05\xE4W\x80c\xFC\x0CTj\x14a\x05\xEDW\x80c\xFD\xBA\xAB\x1E\x14a\x06\x14W__\xFD[\x80c\xD4W\x0C\x1C\x14a\x05rW\x80c\xD5\x04\xB0\x0B\x14a\x05\x85W\x80c\xF0\xDDMs\x14a\x05\x98W\x80c\xF0\xF4B`\x14a\x05\xABW__\xFD[\x80c\xAEN\xF3\x9F\x11a\0\xEFW\x80c\xAEN\xF3\x9F\x14a\x05\x12W\x80c\xB4\r~3\x14a\x05 W\x80c\xC08\xA3\x8E\x14a\x053W\x80c\xCD\xD5\xF2\xC8\x14a\x05WW\x80c\xD1c\xCAl\x14a\x05_W__\xFD[\x80c\x8D\xA5\xCB[\x14a\x04\xA5W\x80c\x97}\xB4\x97\x14a\x04\xB5W\x80c\xAC*\xC6@\x14a\x04\xDAW\x80c\xACN\xD3q\x14a\x04\xEDW__\xFD[\x80c?5\xF2V\x11a\x01\xA0W\x80cqP\x18\xA6\x11a\x01pW\x80cqP\x18\xA6\x14a\x03\xD5W\x80c\x81\x9E\xFC\x96\x14a\x03\xDDW\x80c\x84\xC9\xB7\xE1\x14a\x04\x1AW\x80c\x85.y?\x14a\x04UW\x80c\x89/\x92\x8E\x14a\x04\x92W__\xFD[\x80c?5\xF2V\x14a\x03*W\x80cL\xF0\x88\xD9\x14a\x03XW\x80c]\xCE\xA4\xD4\x14a\x03\x97W\x80cj\xFCQ\x1B\x14a\x03\xBFW__\xFD[\x80c\x1F\x1B\x8A\x8C\x11a\x01\xE6W\x80c\x1F\x1B\x8A\x8C\x14a\x02\x8FW\x80c!\xC0\xB3B\x14a\x02\xCEW\x80c'\xA0\xBC\x81\x14a\x02\xEFW\x80c5\xFBp\x1E\x14a\x02\xF7W\x80c8\xB29=\x14a\x03\x17W__\xFD[\x80c\x03~N\xBD\x14a\x02\x17W\x80c\x07(L\xE9\x14a\x02,W\x80c\x13\xA4l\xD6\x14a\x02\\W\x80c\x1B\xCD\xA1\x98\x14a\x02oW[__\xFD[a\x02*a\x02%6`\x04a+\x93V[a\x06<V[\0[`\x01T`\x01`@\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16`@Q`\x01`\x01`@\x1B\x03\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02*a\x02j6`\x04a+\xD9V[a\x07\xE1V[a\x02\x82a\x02}6`\x04a,\x13V[a\t\x90V[`@Qa\x02S\x91\x90a,,V[_T`\x01T`@\x80Qc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x85\x04\x16\x81R`\x01`\x01`@\x1B\x03`\x01`\xC0\x1B\x90\x94\x04\x84\x16` \x82\x01R\x92\x90\x91\x16\x90\x82\x01R``\x01a\x02SV[a\x02\xE1a\x02\xDC6`\x04a,iV[a\nKV[`@Q\x90\x81R` \x01a\x02SV[a\x02\xE1`@\x81V[a\x03\na\x03\x056`\x04a,\xADV[a\x0C\xE3V[`@Qa\x02S\x91\x90a,\xC6V[a\x02*a\x03%6`\x04a-\x11V[a\rSV[`\x01T`\x02T`@\x80Q`\x01`\x80\x1B\x90\x93\x04a\xFF\xFF\x16\x83R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16` \x83\x01R\x01a\x02SV[a\x03\x7F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02SV[a\x02\xE1a\x03\xA56`\x04a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\r` R`@\x90 T\x90V[a\x02\xE1n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x81V[a\x02*a\x0EWV[a\x02\xE1a\x03\xEB6`\x04a-7V[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T\x92\x91PPV[a\x04Ea\x04(6`\x04a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x06` R`@\x90 T`\xFF\x16\x90V[`@Q\x90\x15\x15\x81R` \x01a\x02SV[a\x02\xE1a\x04c6`\x04a-7V[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T\x92\x91PPV[a\x02\x82a\x04\xA06`\x04a,iV[a\x0EjV[_T`\x01`\x01`\xA0\x1B\x03\x16a\x03\x7FV[a\x02\xE1a\x04\xC36`\x04a,\xADV[c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x07` R`@\x90 T\x90V[a\x02\xE1a\x04\xE86`\x04a,\x13V[a\x0E\xF6V[a\x02\xE1a\x04\xFB6`\x04a,\xADV[c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x0B` R`@\x90 T\x90V[a\x02\xE1`\x01`\x01`@\x1B\x03\x81V[a\x02*a\x05.6`\x04a+\xD9V[a\x0F\xD6V[`\x03T`\x04T`\x05T`@\x80Q\x93\x84R` \x84\x01\x92\x90\x92R\x90\x82\x01R``\x01a\x02SV[a\x02*a\x11\xCBV[a\x02*a\x05m6`\x04a-\x98V[a\x17\xD6V[a\x02\xE1a\x05\x806`\x04a,iV[a\x1B\x18V[a\x02*a\x05\x936`\x04a.\x1FV[a\x1B\xDEV[a\x02*a\x05\xA66`\x04a.\x98V[a\x1E\x92V[a\x02*a\x05\xB96`\x04a,\x13V[a\x1F[V[a\x02*a\x05\xCC6`\x04a.\xC0V[a \x17V[a\x02*a\x05\xDF6`\x04a,\x13V[a }V[a\x02\xE1a'\x10\x81V[a\x03\x7F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x02\xE1a\x06\"6`\x04a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x0C` R`@\x90 T\x90V[a\x06Da \xBAV[_\x81\x11a\x06dW`@Qc\x1A\xF9\xE5\xC7`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x06\x99`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a \xEFV[`\x01T_\x90a'\x10\x90a\x06\xB7\x90`\x01`\x80\x1B\x90\x04a\xFF\xFF\x16\x84a/\tV[a\x06\xC1\x91\x90a/4V[_T\x90\x91P`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a\x06\xDD\x82\x84a/SV[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x07` R`@\x81 \x80T\x90\x91\x90a\x07\x01\x90\x84\x90a/fV[\x92PP\x81\x90UP\x82`\x03_\x82\x82Ta\x07\x19\x91\x90a/fV[\x92PP\x81\x90UP\x81`\x04_\x82\x82Ta\x071\x91\x90a/fV[\x90\x91UPP\x81\x15a\x07vW`\x02Ta\x07v\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91\x16\x84a!+V[\x83\x85`\x02\x81\x11\x15a\x07\x89Wa\x07\x89a/yV[`@\x80Q3\x81R` \x81\x01\x87\x90R\x90\x81\x01\x85\x90Rc\xFF\xFF\xFF\xFF\x84\x16\x90\x7F{\x7F'\xAB\xEB\xB5\x02\x88}<\nV)\xC3\x0Bg7'\xA5B\x98\xD7#\x1C\x7F\x14\xE5\xA6\xB6\xB2\xB1p\x90``\x01`@Q\x80\x91\x03\x90\xA4PPa\x07\xDCa!`V[PPPV[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x08*W`@Qc$\x9Ch\x89`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90a\x08E\x85\x83a!\x8AV[\x90P_a\x08S\x86\x86\x85a\"\xA2V[\x90P_a\x08_\x85a#4V[\x90P\x80\x82` \x01\x81\x81Qa\x08s\x91\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91Rc\xFF\xFF\xFF\xFF\x80\x87\x16`@\x80\x87\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x80\x8D\x16_\x90\x81R`\x10` \x90\x81R\x83\x82 \x92\x8E\x16\x82R\x91\x82R\x91\x90\x91 \x87Q\x81T\x83\x8A\x01Q\x94Q\x90\x95\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x94\x87\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x96\x16\x91\x90\x96\x16\x17\x93\x90\x93\x17\x91\x90\x91\x16\x92\x90\x92\x17\x90U\x84\x01\x80Q\x83\x92Pa\t\x0B\x90\x83\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91Rc\xFF\xFF\xFF\xFF\x95\x86\x16`@\x86\x81\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x9A\x90\x9A\x16_\x90\x81R`\x0F` \x90\x81R\x9A\x90 \x86Q\x81T\x9B\x90\x97\x01Q\x91Q\x96\x83\x16`\x01`\x01`\xE0\x1B\x03\x19\x90\x9B\x16\x9A\x90\x9A\x17`\x01`p\x1B\x91\x90\x92\x16\x02\x17`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1B\x94\x90\x95\x16\x93\x90\x93\x02\x93\x90\x93\x17\x90\x95UPPPPPV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R`\x0F\x83R\x83\x90 \x83Q\x91\x82\x01\x84RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x92\x82\x01\x83\x90R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x15\x80\x15\x90a\n\x1AWP_T`@\x82\x01Qc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91\x16\x10[\x15a\nFW` \x81\x01Q\x81Q\x82\x90a\n3\x90\x83\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x16\x90RP_` \x82\x01R[\x91\x90PV[_a\nTa \xBAV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x10` \x90\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x81\x84 \x82Q``\x81\x01\x84R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x94\x82\x01\x94\x90\x94R`\x01`\xE0\x1B\x90\x93\x04c\xFF\xFF\xFF\xFF\x16\x91\x83\x01\x91\x90\x91R\x82\x91\x82\x91a\n\xC3\x91\x88\x91\x90a#kV[\x92P\x92P\x92P\x80\x15a\x0BRW_\x80Tc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x91\x04\x81\x16`@\x80\x87\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R`\x10` \x90\x81R\x81\x85 3\x86R\x81R\x93 \x86Q\x81T\x94\x88\x01Q\x92Q\x90\x93\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03`\x01`\x01`p\x1B\x03\x93\x84\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x96\x16\x93\x90\x94\x16\x92\x90\x92\x17\x93\x90\x93\x17\x91\x90\x91\x16\x17\x90U[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\r` \x90\x81R`@\x80\x83 T`\x11\x83R\x81\x84 3\x85R\x90\x92R\x90\x91 T\x81\x14a\x0B\xAAW`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x11` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 \x81\x90U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x12` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 Ta\x0B\xE6n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a/4V[a\x0B\xF0\x90\x82a/fV[\x95P_\x86\x11a\x0C\x12W`@QcE5\x87u`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x15a\x0C<W`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x12` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x81 U[\x85`\x05_\x82\x82Ta\x0CM\x91\x90a/fV[\x90\x91UPa\x0C\x87\x90P`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x88\x88a!+V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x89\x81\x16\x82R` \x82\x01\x89\x90R3\x92\x90\x8B\x16\x91\x7FV7\xD7\xF9b$\x8A\x7F\x05\xA7\xABi\xEE\xC6Dn1\xF3\xD0\xA2\x99\xD9\x97\xF15\xA6\\b\x80nx\x91\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPPa\x0C\xDDa!`V[\x92\x91PPV[c\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x08` \x90\x81R`@\x91\x82\x90 \x80T\x83Q\x81\x84\x02\x81\x01\x84\x01\x90\x94R\x80\x84R``\x93\x92\x83\x01\x82\x82\x80\x15a\rGW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\r)W[PPPPP\x90P\x91\x90PV[a\r[a$\xACV[a\x0E\x10\x81`\x01`\x01`@\x1B\x03\x16\x10\x15\x80\x15a\r\x82WPb'\x8D\0\x81`\x01`\x01`@\x1B\x03\x16\x11\x15[\x81\x90a\r\xC6W`@Qc3#\xAE)`\xE2\x1B\x81Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[P`\x01T`@\x80Q`\x01`@\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x83\x16` \x83\x01Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B\x91\x7F\x18\x12P\xCD\x162\xD5j\xCCt{\x05\x93\xF3{J\xA0\x8E\xD7\x1D\xF6I(\xA8\xF3Y\x88\xDA\xCE\xA9\xF8\xFD\x91\x01`@Q\x80\x91\x03\x90\xA2`\x01\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01`@\x1B\x02o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x0E_a$\xACV[a\x0Eh_a$\xD8V[V[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x83\x85\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16\x83R`\x10\x82R\x85\x83 \x90\x87\x16\x83R\x81R\x90\x84\x90 \x84Q\x92\x83\x01\x85RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x84R`\x01`p\x1B\x82\x04\x16\x91\x83\x01\x91\x90\x91R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x90a\x0E\xEC\x90\x84\x90\x84\x90a#kV[P\x90\x94\x93PPPPV[_a\x0E\xFFa \xBAV[P3_\x90\x81R`\x0C` R`@\x90 T\x80a\x0F-W`@QcE5\x87u`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x0C` R`@\x81 \x81\x90U`\x05\x80T\x83\x92\x90a\x0FP\x90\x84\x90a/fV[\x90\x91UPa\x0F\x8A\x90P`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a!+V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x81R` \x81\x01\x83\x90R3\x91\x7FEQ}t\xA0{D\x17T-UEj\xCB\xFE@\x8E\xCAwQZ\xFCj\xF8\x0E\xEC\xFA\xBDAc\xFC\xAF\x91\x01`@Q\x80\x91\x03\x90\xA2a\nFa!`V[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x10\x1FW`@Qc$\x9Ch\x89`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90a\x10:\x85\x83a!\x8AV[\x90P_a\x10H\x86\x86\x85a\"\xA2V[c\xFF\xFF\xFF\xFF\x84\x16`@\x82\x01R` \x81\x01Q\x90\x91P_\x90a\x10r\x90\x86\x90`\x01`\x01`p\x1B\x03\x16a%'V[\x90P_a\x10\x9Ba\x10\x8B`\x01`\x01`p\x1B\x03\x84\x16\x88a/SV[\x84Q`\x01`\x01`p\x1B\x03\x16a%'V[\x90P\x81\x83` \x01\x81\x81Qa\x10\xAF\x91\x90a/\xACV[`\x01`\x01`p\x1B\x03\x16\x90RP\x82Q\x81\x90\x84\x90a\x10\xCC\x90\x83\x90a/\xACV[`\x01`\x01`p\x1B\x03\x16\x90RP` \x84\x01\x80Q\x83\x91\x90a\x10\xEC\x90\x83\x90a/\xACV[`\x01`\x01`p\x1B\x03\x16\x90RP\x83Q\x81\x90\x85\x90a\x11\t\x90\x83\x90a/\xACV[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91R`\x01`\x01`\xA0\x1B\x03\x99\x8A\x16_\x81\x81R`\x10` \x90\x81R`@\x80\x83 \x9C\x90\x9D\x16\x82R\x9A\x8BR\x8B\x81 \x87Q\x81T\x8D\x8A\x01Q\x99\x8F\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16`\x01`\xE0\x1B\x90\x81\x02`\x01`\x01`\xE0\x1B\x03\x9C\x89\x16`\x01`p\x1B\x90\x81\x02`\x01`\x01`\xE0\x1B\x03\x19\x95\x86\x16\x96\x8B\x16\x96\x90\x96\x17\x95\x90\x95\x17\x8D\x16\x17\x90\x94U\x94\x84R`\x0F\x8ER\x92\x8E\x90 \x8AQ\x81T\x9E\x8C\x01Q\x9B\x90\x9F\x01Q\x90\x94\x16\x90\x91\x02\x98\x84\x16\x02\x9A\x16\x9A\x90\x91\x16\x99\x90\x99\x17\x97\x90\x97\x17\x90\x92\x16\x92\x90\x92\x17\x90\x95UPPPPPV[a\x11\xD3a \xBAV[_\x80T`\x01Tc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x83\x04\x16\x92\x91a\x12\x05\x91`\x01`\x01`@\x1B\x03\x90\x81\x16\x91`\x01`\xC0\x1B\x90\x04\x16a/\xCBV[\x90P\x80`\x01`\x01`@\x1B\x03\x81\x16B\x10\x15a\x12>W`@QcQ\xF2\xE3\xC7`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\r\xBDV[Pc\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 T`\x08\x90\x92R\x82 \x80T\x91\x92\x90\x91`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12{Wa\x12{a/\xEAV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xA4W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x82T\x90\x91P_\x90`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC3Wa\x12\xC3a/\xEAV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xECW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P__[\x84T\x81\x10\x15a\x152W_\x85\x82\x81T\x81\x10a\x13\x0EWa\x13\x0Ea/\xFEV[_\x91\x82R` \x90\x91 \x01T`@Qc\x14\xBF\xB5'`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01\x81\x90R\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x14\xBF\xB5'\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13\x83W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\xA7\x91\x90a0\x12V[\x15a\x13\xB2WPa\x15*V[_a\x13\xBD\x82\x8Ba!\x8AV[\x80Q\x90\x91P`\x01`\x01`p\x1B\x03\x16_\x03a\x13\xD8WPPa\x15*V[`\x01\x85\x84\x81Q\x81\x10a\x13\xECWa\x13\xECa/\xFEV[\x91\x15\x15` \x92\x83\x02\x91\x90\x91\x01\x90\x91\x01R\x80Q`@Qc\xDC;|\x8B`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R_\x92a\x14\xAA\x92`\x01`\x01`p\x1B\x03\x90\x91\x16\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xDC;|\x8B\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x14tW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14\x98\x91\x90a0-V[k\x03;.<\x9F\xD0\x80<\xE8\0\0\0a%6V[c\xFF\xFF\xFF\xFF\x8C\x16_\x90\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x90 T\x90\x91Pa\x14\xE1\x90\x82\x90a/\tV[\x87\x85\x81Q\x81\x10a\x14\xF3Wa\x14\xF3a/\xFEV[` \x02` \x01\x01\x81\x81RPP\x86\x84\x81Q\x81\x10a\x15\x11Wa\x15\x11a/\xFEV[` \x02` \x01\x01Q\x85a\x15$\x91\x90a/fV[\x94PPPP[`\x01\x01a\x12\xF2V[P___[\x86T\x81\x10\x15a\x16@Wc\xFF\xFF\xFF\xFF\x8A\x16_\x90\x81R`\n` R`@\x81 \x88T\x82\x90\x8A\x90\x85\x90\x81\x10a\x15jWa\x15ja/\xFEV[_\x91\x82R` \x80\x83 \x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x16\x83R\x82\x01\x92\x90\x92R`@\x01\x90 T\x86Q\x90\x91P\x86\x90\x83\x90\x81\x10a\x15\xA5Wa\x15\xA5a/\xFEV[` \x02` \x01\x01Qa\x15\xC3Wa\x15\xBB\x81\x84a/fV[\x92PPa\x168V[\x84\x15a\x15\xFAWa\x15\xED\x89\x88\x84\x81Q\x81\x10a\x15\xDFWa\x15\xDFa/\xFEV[` \x02` \x01\x01Q\x87a%6V[a\x15\xF7\x90\x82a/fV[\x90P[a\x16*\x8B\x89\x84\x81T\x81\x10a\x16\x10Wa\x16\x10a/\xFEV[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x83a%\xE6V[a\x164\x90\x85a/fV[\x93PP[`\x01\x01a\x157V[Pc\xFF\xFF\xFF\xFF\x89\x16_\x90\x81R`\x0B` R`@\x81 Ta\x16`\x90\x89a/fV[\x90P_\x82a\x16n\x85\x84a/SV[a\x16x\x91\x90a/SV[\x90P\x80`\x07_a\x16\x89\x8E`\x01a0DV[c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82Ta\x16\xB0\x91\x90a/fV[\x90\x91UPP\x82\x15a\x17\x0BW\x82`\x04_\x82\x82Ta\x16\xCC\x91\x90a/fV[\x90\x91UPP`\x02Ta\x17\x0B\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91\x16\x85a!+V[a\x17\x16\x8B`\x01a0DV[_\x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Bc\xFF\xFF\xFF\xFF\x93\x84\x16\x02`\x01`\x01`\xC0\x1B\x03\x16\x17`\x01`\xC0\x1BB`\x01`\x01`@\x1B\x03\x90\x81\x16\x91\x82\x02\x92\x90\x92\x17\x90\x92U`\x01\x80T`\x01`@\x1B\x81\x04\x90\x92\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x92\x16\x91\x90\x91\x17\x90U`@\x80Q\x85\x81R` \x81\x01\x88\x90R\x90\x81\x01\x84\x90R``\x81\x01\x91\x90\x91R\x90\x8C\x16\x90\x7F\xA0ui9\xA3\x08L\xB0\x07\0\x10\xDD\xBD\x81\x1C\xF1\xBE\x9C\x03\xB9cc\xA0\x01\xED\xA5f\xC8\x9C\xB9z\x8A\x90`\x80\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPPPa\x0Eha!`V[a\x17\xDEa \xBAV[3_\x90\x81R`\x06` R`@\x90 T`\xFF\x16a\x18\rW`@Qc$\x9Ch\x89`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82\x81\x14a\x18-W`@Qc0]\xD7C`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90\x80\x80\x80[\x87\x81\x10\x15a\x19\xB9W_\x87\x87\x83\x81\x81\x10a\x18]Wa\x18]a/\xFEV[\x90P` \x02\x015\x90P\x80_\x03a\x18sWPa\x19\xB1V[_\x8A\x8A\x84\x81\x81\x10a\x18\x86Wa\x18\x86a/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x18\x9B\x91\x90a,\x13V[`\x01T\x90\x91P_\x90a'\x10\x90a\x18\xBC\x90`\x01`\x80\x1B\x90\x04a\xFF\xFF\x16\x85a/\tV[a\x18\xC6\x91\x90a/4V[\x90Pa\x18\xD2\x83\x88a/fV[\x96Pa\x18\xDE\x81\x87a/fV[\x95P\x80\x83\x03a\x18\xEFWPPPa\x19\xB1V[a\x18\xF9\x88\x83a'\xD3V[a\x19\x03\x81\x84a/SV[c\xFF\xFF\xFF\xFF\x89\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x81 \x80T\x90\x91\x90a\x19;\x90\x84\x90a/fV[\x90\x91UPa\x19K\x90P\x81\x84a/SV[a\x19U\x90\x86a/fV[\x94P`\x01`\x01`\xA0\x1B\x03\x82\x16\x8Dc\xFF\xFF\xFF\xFF\x8A\x16\x7F;\xD5\x02}\x90\x01\x9A\xCD\xCC9\xE14\xDD\xED\xA1\xB5\xB5lH\x81\xEDJ\xD6\xF0\xA9\x03\xB3Lde\xB9\xD9\x86a\x19\x95\x86\x82a/SV[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01`@Q\x80\x91\x03\x90\xA4PPP[`\x01\x01a\x18BV[P_\x83\x11a\x19\xDAW`@Qc\x1A\xF9\xE5\xC7`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1A\x0F`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x86a \xEFV[c\xFF\xFF\xFF\xFF\x84\x16_\x90\x81R`\x0B` R`@\x81 \x80T\x83\x92\x90a\x1A3\x90\x84\x90a/fV[\x92PP\x81\x90UP\x82`\x03_\x82\x82Ta\x1AK\x91\x90a/fV[\x92PP\x81\x90UP\x81`\x04_\x82\x82Ta\x1Ac\x91\x90a/fV[\x90\x91UPP\x81\x15a\x1A\xA8W`\x02Ta\x1A\xA8\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91\x16\x84a!+V[\x88\x8A`\x02\x81\x11\x15a\x1A\xBBWa\x1A\xBBa/yV[`@\x80Q3\x81R` \x81\x01\x87\x90R\x90\x81\x01\x85\x90Rc\xFF\xFF\xFF\xFF\x87\x16\x90\x7F{\x7F'\xAB\xEB\xB5\x02\x88}<\nV)\xC3\x0Bg7'\xA5B\x98\xD7#\x1C\x7F\x14\xE5\xA6\xB6\xB2\xB1p\x90``\x01`@Q\x80\x91\x03\x90\xA4PPPPa\x1B\x10a!`V[PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x81\x16_\x90\x81R`\x10` \x90\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x81R\x82\x82 \x83Q``\x81\x01\x85R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\x01`\xE0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x90\x81\x90a\x1B\x89\x90\x85\x90\x85\x90a#kV[P\x91Pa\x1B\xA7\x90Pn\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x82a/4V[`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\x12` \x90\x81R`@\x80\x83 \x93\x88\x16\x83R\x92\x90R Ta\x1B\xD6\x91\x90a/fV[\x94\x93PPPPV[3_\x90\x81R`\x06` R`@\x90 T`\xFF\x16a\x1C\rW`@Qc$\x9Ch\x89`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82\x81\x14a\x1C-W`@Qc0]\xD7C`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90[\x84\x81\x10\x15a\x1B\x10Wc\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\t` R`@\x81 \x81\x88\x88\x85\x81\x81\x10a\x1CnWa\x1Cna/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x1C\x83\x91\x90a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ T\x90Pa\x1C\xAF\x81`\x01`\x01`@\x1B\x03a/SV[\x85\x85\x84\x81\x81\x10a\x1C\xC1Wa\x1C\xC1a/\xFEV[\x90P` \x02\x015\x11\x15\x85\x85\x84\x81\x81\x10a\x1C\xDCWa\x1C\xDCa/\xFEV[\x90P` \x02\x015\x90a\x1D\x12W`@Qc3#\xAE)`\xE2\x1B\x81Rcwork`\xE0\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\r\xBDV[P_\x85\x85\x84\x81\x81\x10a\x1D&Wa\x1D&a/\xFEV[\x90P` \x02\x015\x11\x15a\x1DcWa\x1Dc\x83\x88\x88\x85\x81\x81\x10a\x1DIWa\x1DIa/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x1D^\x91\x90a,\x13V[a'\xD3V[\x84\x84\x83\x81\x81\x10a\x1DuWa\x1Dua/\xFEV[\x90P` \x02\x015\x81a\x1D\x87\x91\x90a/fV[c\xFF\xFF\xFF\xFF\x84\x16_\x90\x81R`\t` R`@\x81 \x90\x89\x89\x86\x81\x81\x10a\x1D\xAEWa\x1D\xAEa/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x1D\xC3\x91\x90a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ U\x86\x86\x83\x81\x81\x10a\x1D\xEEWa\x1D\xEEa/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x1E\x03\x91\x90a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16\x83c\xFF\xFF\xFF\xFF\x16\x7F$a\xE0\x87e\x15KE\x1C\x8E\x8Fo\x05\x90^\xC1\xC7\xFD\xF0\x80\x9D\x19\x08VG\x10M\xC2\x12W\x89X\x87\x87\x86\x81\x81\x10a\x1EFWa\x1EFa/\xFEV[\x90P` \x02\x015\x88\x88\x87\x81\x81\x10a\x1E_Wa\x1E_a/\xFEV[\x90P` \x02\x015\x85a\x1Eq\x91\x90a/fV[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01`@Q\x80\x91\x03\x90\xA3P`\x01\x01a\x1C?V[a\x1E\x9Aa$\xACV[\x80a'\x10a\xFF\xFF\x82\x16\x11\x15a\x1E\xDEW`@Qc3#\xAE)`\xE2\x1B\x81RktreasuryBips`\xA0\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\r\xBDV[P`\x01T`@\x80Q`\x01`\x80\x1B\x90\x92\x04a\xFF\xFF\x90\x81\x16\x83R\x83\x16` \x83\x01RktreasuryBips`\xA0\x1B\x91\x7F\x18\x12P\xCD\x162\xD5j\xCCt{\x05\x93\xF3{J\xA0\x8E\xD7\x1D\xF6I(\xA8\xF3Y\x88\xDA\xCE\xA9\xF8\xFD\x91\x01`@Q\x80\x91\x03\x90\xA2`\x01\x80Ta\xFF\xFF\x90\x92\x16`\x01`\x80\x1B\x02a\xFF\xFF`\x80\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x1Fca$\xACV[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\x1F\xA0W`@Qc3#\xAE)`\xE2\x1B\x81Rgtreasury`\xC0\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\r\xBDV[P`\x02T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rgtreasury`\xC0\x1B\x91\x7F\xCD\xF1\xE7\xEA\xC5yN\xCC\x1D\x1B\xDB\xAB\xF5f\xF6#\xCB\xF8\xCBYK\xFC\xD3\"\xAF\xF6\xBE/\x9E\xE8\xE5\xB1\x91\x01`@Q\x80\x91\x03\x90\xA2`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[a \x1Fa$\xACV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x81\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x80T`\xFF\x19\x16\x85\x15\x15\x90\x81\x17\x90\x91U\x91Q\x91\x82R\x7F\xC7g\r0[$\xB0\xD0\xBF\x17M\x07\x8A\x8B%\xA8\xD4\xD4(6\xF5\xC6\x13\xB4\x19\x0E\x08\x84\xD1oJ\x98\x91\x01`@Q\x80\x91\x03\x90\xA2PPV[a \x85a$\xACV[`\x01`\x01`\xA0\x1B\x03\x81\x16a \xAEW`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\r\xBDV[a \xB7\x81a$\xD8V[PV[a \xC2a(\xB3V[a\x0Eh`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a(\xF3V[a \xFD\x84\x84\x84\x84`\x01a(\xFAV[a!%W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\r\xBDV[PPPPV[a!8\x83\x83\x83`\x01a)gV[a\x07\xDCW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\r\xBDV[a\x0Eh_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a \xE9V[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R`\x01`\x01`\xA0\x1B\x03\x86\x16\x81R`\x0F\x83R\x83\x90 \x83Q\x91\x82\x01\x84RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x92\x82\x01\x83\x90R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x15\x80\x15\x90a\"\x0EWP\x81c\xFF\xFF\xFF\xFF\x16\x81`@\x01Qc\xFF\xFF\xFF\xFF\x16\x10[\x15a\x0C\xDDW` \x81\x01Q\x81Q\x82\x90a\"'\x90\x83\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91R_` \x80\x85\x01\x82\x81R`\x01`\x01`\xA0\x1B\x03\x88\x16\x83R`\x0F\x90\x91R`@\x91\x82\x90 \x85Q\x81T\x92Q\x93\x87\x01Qc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x94\x86\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x94\x16\x91\x90\x95\x16\x17\x91\x90\x91\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90UP\x92\x91PPV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16\x82R`\x10\x84R\x84\x82 \x90\x87\x16\x82R\x83R\x83\x90 \x83Q\x91\x82\x01\x84RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92Rc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x92\x04\x82\x16\x92\x81\x01\x83\x90R\x91\x90\x83\x16\x14a#-Wa#*\x84\x84\x83a)\xC9V[\x90P[\x93\x92PPPV[_`\x01`\x01`p\x1B\x03\x82\x11\x15a#gW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`p`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\r\xBDV[P\x90V[`@\x80Q``\x81\x01\x82R_\x80\x82R` \x80\x83\x01\x82\x90R\x82\x84\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16\x83R`\r\x82R\x84\x83 T`\x11\x83R\x85\x84 \x91\x88\x16\x84R\x91R\x92\x81 T\x91\x92\x90\x91\x82\x91\x90a#\xBF\x81\x83a/SV[\x86Qa#\xD4\x91\x90`\x01`\x01`p\x1B\x03\x16a/\tV[\x93P\x85` \x01Q`\x01`\x01`p\x1B\x03\x16_\x14\x15\x80\x15a$\x08WP_T`@\x87\x01Qc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91\x16\x10[\x15a$\x9FW`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x0E` \x90\x81R`@\x80\x83 \x89\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x84R\x90\x91R\x90 T\x81\x81\x10\x15a$DWP\x80[a$N\x81\x84a/SV[\x87` \x01Q`\x01`\x01`p\x1B\x03\x16a$f\x91\x90a/\tV[a$p\x90\x86a/fV[\x94P\x86` \x01Q\x87_\x01\x81\x81Qa$\x87\x91\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x16\x90RPP_` \x87\x01R`\x01\x92P[P\x93\x96\x91\x95P\x93P\x91PPV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0EhW`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\r\xBDV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a#-V[___a%C\x86\x86a+XV[\x91P\x91P\x81_\x03a%gW\x83\x81\x81a%]Wa%]a/ V[\x04\x92PPPa#-V[\x81\x84\x11a%~Wa%~`\x03\x85\x15\x02`\x11\x18a+tV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x81_\x03a%\xF5WP_a#-V[`\x01`\x01`\xA0\x1B\x03\x83\x81\x16_\x81\x81R`\x0F` R`@\x80\x82 T\x90Qc3\x0F\xA3\xC9`\xE1\x1B\x81R`\x04\x81\x01\x93\x90\x93R`\x01`\x01`p\x1B\x03\x16\x92\x90\x91a'\x10\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cf\x1FG\x92\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a&zW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a&\x9E\x91\x90a0`V[a&\xAC\x90a\xFF\xFF\x16\x86a/\tV[a&\xB6\x91\x90a/4V[\x90P_a&\xC3\x82\x86a/SV[\x90P_\x83a&\xE0n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x84a/\tV[a&\xEA\x91\x90a/4V[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\r` R`@\x90 Ta'\x0C\x91\x90a/fV[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x81\x81R`\r` \x90\x81R`@\x80\x83 \x85\x90U`\x0E\x82R\x80\x83 c\xFF\xFF\xFF\xFF\x8E\x16\x84R\x82R\x80\x83 \x85\x90U\x92\x82R`\x0C\x90R\x90\x81 \x80T\x92\x93P\x85\x92\x90\x91\x90a'`\x90\x84\x90a/fV[\x90\x91UPP`@\x80Q\x87\x81R` \x81\x01\x85\x90R\x90\x81\x01\x83\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x85\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16\x90c\xFF\xFF\xFF\xFF\x8A\x16\x90\x7F\xDD\xA2@\xA1\xB6\xE2PLj'\xF7R\xBA\xA2\xB0\x9D\xFC\xE5LyJ\xC0\xE4\x98!\xCFz83\x9A]\x1D\x90`\xA0\x01`@Q\x80\x91\x03\x90\xA3P\x93\x96\x95PPPPPPV[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T\x15\x15\x80a(0WPc\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T\x15\x15[\x15a(9WPPV[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x08` R`@\x90\x81\x90 T\x10a(nW`@Qc.\xAC\xF2\x1B`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[c\xFF\xFF\xFF\xFF\x91\x90\x91\x16_\x90\x81R`\x08` \x90\x81R`@\x82 \x80T`\x01\x81\x01\x82U\x90\x83R\x91 \x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x91\x90\x91\x17\x90UV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x0EhW`@Qc>\xE5\xAE\xB5`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a)VW\x83\x83\x15\x16\x15a)JW=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a)\xBDW\x83\x83\x15\x16\x15a)\xB1W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R\x90\x80a)\xF1\x86\x86\x86a#kV[\x91\x95P\x92P\x90P\x80\x15a*\x85W_\x80Tc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x91\x04\x81\x16`@\x80\x88\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x80\x8B\x16\x85R`\x10` \x90\x81R\x82\x86 \x91\x8B\x16\x86R\x90\x81R\x93 \x87Q\x81T\x94\x89\x01Q\x92Q\x90\x93\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03`\x01`\x01`p\x1B\x03\x93\x84\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x96\x16\x93\x90\x94\x16\x92\x90\x92\x17\x93\x90\x93\x17\x91\x90\x91\x16\x17\x90U[`\x01`\x01`\xA0\x1B\x03\x80\x87\x16_\x90\x81R`\r` \x90\x81R`@\x80\x83 T`\x11\x83R\x81\x84 \x94\x8A\x16\x84R\x93\x90\x91R\x90 T\x81\x14a*\xE2W`\x01`\x01`\xA0\x1B\x03\x80\x88\x16_\x90\x81R`\x11` \x90\x81R`@\x80\x83 \x93\x8A\x16\x83R\x92\x90R \x81\x90U[n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x83\x10a+MWa+\x11n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x84a/4V[`\x01`\x01`\xA0\x1B\x03\x80\x89\x16_\x90\x81R`\x12` \x90\x81R`@\x80\x83 \x93\x8B\x16\x83R\x92\x90R\x90\x81 \x80T\x90\x91\x90a+G\x90\x84\x90a/fV[\x90\x91UPP[P\x92\x95\x94PPPPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[\x805`\x03\x81\x10a\nFW__\xFD[___``\x84\x86\x03\x12\x15a+\xA5W__\xFD[a+\xAE\x84a+\x85V[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\nFW__\xFD[___``\x84\x86\x03\x12\x15a+\xEBW__\xFD[a+\xF4\x84a+\xC3V[\x92Pa,\x02` \x85\x01a+\xC3V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a,#W__\xFD[a#-\x82a+\xC3V[``\x81\x01a\x0C\xDD\x82\x84`\x01`\x01`p\x1B\x03\x81Q\x16\x82R`\x01`\x01`p\x1B\x03` \x82\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x82\x01Q\x16`@\x83\x01RPPV[__`@\x83\x85\x03\x12\x15a,zW__\xFD[a,\x83\x83a+\xC3V[\x91Pa,\x91` \x84\x01a+\xC3V[\x90P\x92P\x92\x90PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\nFW__\xFD[_` \x82\x84\x03\x12\x15a,\xBDW__\xFD[a#-\x82a,\x9AV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15a-\x06W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a,\xDFV[P\x90\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a-!W__\xFD[\x815`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a#-W__\xFD[__`@\x83\x85\x03\x12\x15a-HW__\xFD[a,\x83\x83a,\x9AV[__\x83`\x1F\x84\x01\x12a-aW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a-wW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a-\x91W__\xFD[\x92P\x92\x90PV[______`\x80\x87\x89\x03\x12\x15a-\xADW__\xFD[a-\xB6\x87a+\x85V[\x95P` \x87\x015\x94P`@\x87\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a-\xD7W__\xFD[a-\xE3\x89\x82\x8A\x01a-QV[\x90\x95P\x93PP``\x87\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a.\x01W__\xFD[a.\r\x89\x82\x8A\x01a-QV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[____`@\x85\x87\x03\x12\x15a.2W__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15a.GW__\xFD[a.S\x87\x82\x88\x01a-QV[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a.qW__\xFD[a.}\x87\x82\x88\x01a-QV[\x95\x98\x94\x97P\x95PPPPV[a\xFF\xFF\x81\x16\x81\x14a \xB7W__\xFD[_` \x82\x84\x03\x12\x15a.\xA8W__\xFD[\x815a#-\x81a.\x89V[\x80\x15\x15\x81\x14a \xB7W__\xFD[__`@\x83\x85\x03\x12\x15a.\xD1W__\xFD[a.\xDA\x83a+\xC3V[\x91P` \x83\x015a.\xEA\x81a.\xB3V[\x80\x91PP\x92P\x92\x90PV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0C\xDDWa\x0C\xDDa.\xF5V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82a/NWcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[\x80\x82\x01\x80\x82\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x01`\x01`p\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[`\x01`\x01`p\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a0\"W__\xFD[\x81Qa#-\x81a.\xB3V[_` \x82\x84\x03\x12\x15a0=W__\xFD[PQ\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[_` \x82\x84\x03\x12\x15a0pW__\xFD[\x81Qa#-\x81a.\x89V\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610213575f3560e01c80638da5cb5b1161011f578063d4570c1c116100a9578063f13c801d11610079578063f13c801d146105be578063f2fde38b146105d1578063f7050031146105e4578063fc0c546a146105ed578063fdbaab1e14610614575f5ffd5b8063d4570c1c14610572578063d504b00b14610585578063f0dd4d7314610598578063f0f44260146105ab575f5ffd5b8063ae4ef39f116100ef578063ae4ef39f14610512578063b40d7e3314610520578063c038a38e14610533578063cdd5f2c814610557578063d163ca6c1461055f575f5ffd5b80638da5cb5b146104a5578063977db497146104b5578063ac2ac640146104da578063ac4ed371146104ed575f5ffd5b80633f35f256116101a0578063715018a611610170578063715018a6146103d5578063819efc96146103dd57806384c9b7e11461041a578063852e793f14610455578063892f928e14610492575f5ffd5b80633f35f2561461032a5780634cf088d9146103585780635dcea4d4146103975780636afc511b146103bf575f5ffd5b80631f1b8a8c116101e65780631f1b8a8c1461028f57806321c0b342146102ce57806327a0bc81146102ef57806335fb701e146102f757806338b2393d14610317575f5ffd5b8063037e4ebd1461021757806307284ce91461022c57806313a46cd61461025c5780631bcda1981461026f575b5f5ffd5b61022a610225366004612b93565b61063c565b005b600154600160401b90046001600160401b03166040516001600160401b0390911681526020015b60405180910390f35b61022a61026a366004612bd9565b6107e1565b61028261027d366004612c13565b610990565b6040516102539190612c2c565b5f546001546040805163ffffffff600160a01b85041681526001600160401b03600160c01b909404841660208201529290911690820152606001610253565b6102e16102dc366004612c69565b610a4b565b604051908152602001610253565b6102e1604081565b61030a610305366004612cad565b610ce3565b6040516102539190612cc6565b61022a610325366004612d11565b610d53565b60015460025460408051600160801b90930461ffff1683526001600160a01b03909116602083015201610253565b61037f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610253565b6102e16103a5366004612c13565b6001600160a01b03165f908152600d602052604090205490565b6102e16ec097ce7bc90715b34b9f100000000081565b61022a610e57565b6102e16103eb366004612d37565b63ffffffff82165f9081526009602090815260408083206001600160a01b038516845290915290205492915050565b610445610428366004612c13565b6001600160a01b03165f9081526006602052604090205460ff1690565b6040519015158152602001610253565b6102e1610463366004612d37565b63ffffffff82165f908152600a602090815260408083206001600160a01b038516845290915290205492915050565b6102826104a0366004612c69565b610e6a565b5f546001600160a01b031661037f565b6102e16104c3366004612cad565b63ffffffff165f9081526007602052604090205490565b6102e16104e8366004612c13565b610ef6565b6102e16104fb366004612cad565b63ffffffff165f908152600b602052604090205490565b6102e16001600160401b0381565b61022a61052e366004612bd9565b610fd6565b60035460045460055460408051938452602084019290925290820152606001610253565b61022a6111cb565b61022a61056d366004612d98565b6117d6565b6102e1610580366004612c69565b611b18565b61022a610593366004612e1f565b611bde565b61022a6105a6366004612e98565b611e92565b61022a6105b9366004612c13565b611f5b565b61022a6105cc366004612ec0565b612017565b61022a6105df366004612c13565b61207d565b6102e161271081565b61037f7f000000000000000000000000000000000000000000000000000000000000000081565b6102e1610622366004612c13565b6001600160a01b03165f908152600c602052604090205490565b6106446120ba565b5f811161066457604051631af9e5c760e31b815260040160405180910390fd5b6106996001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846120ef565b6001545f90612710906106b790600160801b900461ffff1684612f09565b6106c19190612f34565b5f54909150600160a01b900463ffffffff166106dd8284612f53565b63ffffffff82165f9081526007602052604081208054909190610701908490612f66565b925050819055508260035f8282546107199190612f66565b925050819055508160045f8282546107319190612f66565b9091555050811561077657600254610776906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691168461212b565b8385600281111561078957610789612f79565b604080513381526020810187905290810185905263ffffffff8416907f7b7f27abebb502887d3c0a5629c30b673727a54298d7231c7f14e5a6b6b2b1709060600160405180910390a450506107dc612160565b505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461082a5760405163249c688960e11b815260040160405180910390fd5b5f8054600160a01b900463ffffffff1690610845858361218a565b90505f6108538686856122a2565b90505f61085f85612334565b905080826020018181516108739190612f8d565b6001600160701b0390811690915263ffffffff80871660408087019182526001600160a01b03808d165f90815260106020908152838220928e1682529182529190912087518154838a01519451909516600160e01b026001600160e01b03948716600160701b026001600160e01b0319909616919096161793909317919091169290921790558401805183925061090b908390612f8d565b6001600160701b0390811690915263ffffffff95861660408681019182526001600160a01b039a909a165f908152600f60209081529a9020865181549b9097015191519683166001600160e01b0319909b169a909a17600160701b9190921602176001600160e01b0316600160e01b9490951693909302939093179095555050505050565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0385168152600f835283902083519182018452546001600160701b038082168352600160701b820416928201839052600160e01b900463ffffffff169281019290925215801590610a1a57505f54604082015163ffffffff600160a01b90920482169116105b15610a4657602081015181518290610a33908390612f8d565b6001600160701b03169052505f60208201525b919050565b5f610a546120ba565b6001600160a01b0383165f90815260106020908152604080832033808552908352818420825160608101845290546001600160701b038082168352600160701b82041694820194909452600160e01b90930463ffffffff169183019190915282918291610ac39188919061236b565b9250925092508015610b52575f805463ffffffff600160a01b909104811660408087019182526001600160a01b038a168452601060209081528185203386528152932086518154948801519251909316600160e01b026001600160e01b036001600160701b03938416600160701b026001600160e01b0319909616939094169290921793909317919091161790555b6001600160a01b0386165f908152600d602090815260408083205460118352818420338552909252909120548114610baa576001600160a01b0387165f90815260116020908152604080832033845290915290208190555b6001600160a01b0387165f908152601260209081526040808320338452909152902054610be66ec097ce7bc90715b34b9f100000000085612f34565b610bf09082612f66565b95505f8611610c1257604051634535877560e11b815260040160405180910390fd5b8015610c3c576001600160a01b0388165f9081526012602090815260408083203384529091528120555b8560055f828254610c4d9190612f66565b90915550610c8790506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016888861212b565b604080516001600160a01b038981168252602082018990523392908b16917f5637d7f962248a7f05a7ab69eec6446e31f3d0a299d997f135a65c62806e7891910160405180910390a35050505050610cdd612160565b92915050565b63ffffffff81165f90815260086020908152604091829020805483518184028101840190945280845260609392830182828015610d4757602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610d29575b50505050509050919050565b610d5b6124ac565b610e10816001600160401b031610158015610d82575062278d00816001600160401b031611155b8190610dc657604051633323ae2960e21b81526a0cae0dec6d098cadccee8d60ab1b60048201526001600160401b0390911660248201526044015b60405180910390fd5b5060015460408051600160401b9092046001600160401b039081168352831660208301526a0cae0dec6d098cadccee8d60ab1b917f181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fd910160405180910390a2600180546001600160401b03909216600160401b026fffffffffffffffff000000000000000019909216919091179055565b610e5f6124ac565b610e685f6124d8565b565b60408051606080820183525f80835260208084018290528385018290526001600160a01b03878116835260108252858320908716835281529084902084519283018552546001600160701b038082168452600160701b82041691830191909152600160e01b900463ffffffff169281019290925290610eec908490849061236b565b5090949350505050565b5f610eff6120ba565b50335f908152600c602052604090205480610f2d57604051634535877560e11b815260040160405180910390fd5b335f908152600c6020526040812081905560058054839290610f50908490612f66565b90915550610f8a90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361212b565b604080516001600160a01b03841681526020810183905233917f45517d74a07b4417542d55456acbfe408eca77515afc6af80eecfabd4163fcaf910160405180910390a2610a46612160565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461101f5760405163249c688960e11b815260040160405180910390fd5b5f8054600160a01b900463ffffffff169061103a858361218a565b90505f6110488686856122a2565b63ffffffff8416604082015260208101519091505f906110729086906001600160701b0316612527565b90505f61109b61108b6001600160701b03841688612f53565b84516001600160701b0316612527565b905081836020018181516110af9190612fac565b6001600160701b03169052508251819084906110cc908390612fac565b6001600160701b03169052506020840180518391906110ec908390612fac565b6001600160701b0316905250835181908590611109908390612fac565b6001600160701b039081169091526001600160a01b03998a165f8181526010602090815260408083209c909d1682529a8b528b8120875181548d8a0151998f015163ffffffff908116600160e01b9081026001600160e01b039c8916600160701b9081026001600160e01b0319958616968b1696909617959095178d1617909455948452600f8e52928e90208a5181549e8c01519b909f0151909416909102988416029a169a9091169990991797909717909216929092179095555050505050565b6111d36120ba565b5f805460015463ffffffff600160a01b8304169291611205916001600160401b0390811691600160c01b900416612fcb565b9050806001600160401b03811642101561123e576040516351f2e3c760e11b81526001600160401b039091166004820152602401610dbd565b5063ffffffff82165f90815260076020908152604080832054600890925282208054919290916001600160401b0381111561127b5761127b612fea565b6040519080825280602002602001820160405280156112a4578160200160208202803683370190505b5082549091505f906001600160401b038111156112c3576112c3612fea565b6040519080825280602002602001820160405280156112ec578160200160208202803683370190505b5090505f5f5b8454811015611532575f85828154811061130e5761130e612ffe565b5f918252602090912001546040516314bfb52760e01b81526001600160a01b039182166004820181905292507f0000000000000000000000000000000000000000000000000000000000000000909116906314bfb52790602401602060405180830381865afa158015611383573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113a79190613012565b156113b2575061152a565b5f6113bd828b61218a565b80519091506001600160701b03165f036113d857505061152a565b60018584815181106113ec576113ec612ffe565b91151560209283029190910190910152805160405163dc3b7c8b60e01b81526001600160a01b0384811660048301525f926114aa926001600160701b03909116917f0000000000000000000000000000000000000000000000000000000000000000169063dc3b7c8b90602401602060405180830381865afa158015611474573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611498919061302d565b6b033b2e3c9fd0803ce8000000612536565b63ffffffff8c165f9081526009602090815260408083206001600160a01b03881684529091529020549091506114e1908290612f09565b8785815181106114f3576114f3612ffe565b60200260200101818152505086848151811061151157611511612ffe565b6020026020010151856115249190612f66565b94505050505b6001016112f2565b505f5f5f5b86548110156116405763ffffffff8a165f908152600a60205260408120885482908a908590811061156a5761156a612ffe565b5f9182526020808320909101546001600160a01b0316835282019290925260400190205486519091508690839081106115a5576115a5612ffe565b60200260200101516115c3576115bb8184612f66565b925050611638565b84156115fa576115ed898884815181106115df576115df612ffe565b602002602001015187612536565b6115f79082612f66565b90505b61162a8b89848154811061161057611610612ffe565b5f918252602090912001546001600160a01b0316836125e6565b6116349085612f66565b9350505b600101611537565b5063ffffffff89165f908152600b60205260408120546116609089612f66565b90505f8261166e8584612f53565b6116789190612f53565b90508060075f6116898e6001613044565b63ffffffff1663ffffffff1681526020019081526020015f205f8282546116b09190612f66565b9091555050821561170b578260045f8282546116cc9190612f66565b909155505060025461170b906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691168561212b565b6117168b6001613044565b5f80546001600160a01b0316600160a01b63ffffffff938416026001600160c01b031617600160c01b426001600160401b039081169182029290921790925560018054600160401b810490921667ffffffffffffffff1990921691909117905560408051858152602081018890529081018490526060810191909152908c16907fa0756939a3084cb0070010ddbd811cf1be9c03b96363a001eda566c89cb97a8a9060800160405180910390a25050505050505050505050610e68612160565b6117de6120ba565b335f9081526006602052604090205460ff1661180d5760405163249c688960e11b815260040160405180910390fd5b82811461182d5760405163305dd74360e21b815260040160405180910390fd5b5f8054600160a01b900463ffffffff16908080805b878110156119b9575f87878381811061185d5761185d612ffe565b905060200201359050805f0361187357506119b1565b5f8a8a8481811061188657611886612ffe565b905060200201602081019061189b9190612c13565b6001549091505f90612710906118bc90600160801b900461ffff1685612f09565b6118c69190612f34565b90506118d28388612f66565b96506118de8187612f66565b95508083036118ef575050506119b1565b6118f988836127d3565b6119038184612f53565b63ffffffff89165f908152600a602090815260408083206001600160a01b03871684529091528120805490919061193b908490612f66565b9091555061194b90508184612f53565b6119559086612f66565b94506001600160a01b0382168d63ffffffff8a167f3bd5027d90019acdcc39e134ddeda1b5b56c4881ed4ad6f0a903b34c6465b9d9866119958682612f53565b6040805192835260208301919091520160405180910390a45050505b600101611842565b505f83116119da57604051631af9e5c760e31b815260040160405180910390fd5b611a0f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866120ef565b63ffffffff84165f908152600b602052604081208054839290611a33908490612f66565b925050819055508260035f828254611a4b9190612f66565b925050819055508160045f828254611a639190612f66565b90915550508115611aa857600254611aa8906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691168461212b565b888a6002811115611abb57611abb612f79565b604080513381526020810187905290810185905263ffffffff8716907f7b7f27abebb502887d3c0a5629c30b673727a54298d7231c7f14e5a6b6b2b1709060600160405180910390a450505050611b10612160565b505050505050565b6001600160a01b038281165f9081526010602090815260408083209385168352928152828220835160608101855290546001600160701b038082168352600160701b82041692820192909252600160e01b90910463ffffffff1692810192909252908190611b89908590859061236b565b509150611ba790506ec097ce7bc90715b34b9f100000000082612f34565b6001600160a01b038086165f90815260126020908152604080832093881683529290522054611bd69190612f66565b949350505050565b335f9081526006602052604090205460ff16611c0d5760405163249c688960e11b815260040160405180910390fd5b828114611c2d5760405163305dd74360e21b815260040160405180910390fd5b5f8054600160a01b900463ffffffff16905b84811015611b105763ffffffff82165f90815260096020526040812081888885818110611c6e57611c6e612ffe565b9050602002016020810190611c839190612c13565b6001600160a01b0316815260208101919091526040015f20549050611caf816001600160401b03612f53565b858584818110611cc157611cc1612ffe565b905060200201351115858584818110611cdc57611cdc612ffe565b9050602002013590611d1257604051633323ae2960e21b815263776f726b60e01b60048201526024810191909152604401610dbd565b505f858584818110611d2657611d26612ffe565b905060200201351115611d6357611d6383888885818110611d4957611d49612ffe565b9050602002016020810190611d5e9190612c13565b6127d3565b848483818110611d7557611d75612ffe565b9050602002013581611d879190612f66565b63ffffffff84165f90815260096020526040812090898986818110611dae57611dae612ffe565b9050602002016020810190611dc39190612c13565b6001600160a01b0316815260208101919091526040015f2055868683818110611dee57611dee612ffe565b9050602002016020810190611e039190612c13565b6001600160a01b03168363ffffffff167f2461e08765154b451c8e8f6f05905ec1c7fdf0809d19085647104dc212578958878786818110611e4657611e46612ffe565b90506020020135888887818110611e5f57611e5f612ffe565b9050602002013585611e719190612f66565b6040805192835260208301919091520160405180910390a350600101611c3f565b611e9a6124ac565b8061271061ffff82161115611ede57604051633323ae2960e21b81526b74726561737572794269707360a01b600482015261ffff9091166024820152604401610dbd565b5060015460408051600160801b90920461ffff9081168352831660208301526b74726561737572794269707360a01b917f181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fd910160405180910390a26001805461ffff909216600160801b0261ffff60801b19909216919091179055565b611f636124ac565b5f6001600160a01b038216611fa057604051633323ae2960e21b815267747265617375727960c01b60048201526024810191909152604401610dbd565b50600254604080516001600160a01b039283168152918316602083015267747265617375727960c01b917fcdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1910160405180910390a2600280546001600160a01b0319166001600160a01b0392909216919091179055565b61201f6124ac565b6001600160a01b0382165f81815260066020908152604091829020805460ff191685151590811790915591519182527fc7670d305b24b0d0bf174d078a8b25a8d4d42836f5c613b4190e0884d16f4a98910160405180910390a25050565b6120856124ac565b6001600160a01b0381166120ae57604051631e4fbdf760e01b81525f6004820152602401610dbd565b6120b7816124d8565b50565b6120c26128b3565b610e6860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906128f3565b6120fd8484848460016128fa565b61212557604051635274afe760e01b81526001600160a01b0385166004820152602401610dbd565b50505050565b6121388383836001612967565b6107dc57604051635274afe760e01b81526001600160a01b0384166004820152602401610dbd565b610e685f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006120e9565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0386168152600f835283902083519182018452546001600160701b038082168352600160701b820416928201839052600160e01b900463ffffffff16928101929092521580159061220e57508163ffffffff16816040015163ffffffff16105b15610cdd57602081015181518290612227908390612f8d565b6001600160701b039081169091525f60208085018281526001600160a01b0388168352600f9091526040918290208551815492519387015163ffffffff16600160e01b026001600160e01b03948616600160701b026001600160e01b0319909416919095161791909117919091169190911790555092915050565b60408051606080820183525f80835260208084018290529284018190526001600160a01b038781168252601084528482209087168252835283902083519182018452546001600160701b038082168352600160701b8204169282019290925263ffffffff600160e01b9092048216928101839052919083161461232d5761232a8484836129c9565b90505b9392505050565b5f6001600160701b03821115612367576040516306dfcc6560e41b81526070600482015260248101839052604401610dbd565b5090565b604080516060810182525f80825260208083018290528284018290526001600160a01b038781168352600d825284832054601183528584209188168452915292812054919290918291906123bf8183612f53565b86516123d491906001600160701b0316612f09565b935085602001516001600160701b03165f1415801561240857505f54604087015163ffffffff600160a01b90920482169116105b1561249f576001600160a01b0388165f908152600e602090815260408083208982015163ffffffff168452909152902054818110156124445750805b61244e8184612f53565b87602001516001600160701b03166124669190612f09565b6124709086612f66565b94508660200151875f018181516124879190612f8d565b6001600160701b0316905250505f6020870152600192505b5093969195509350915050565b5f546001600160a01b03163314610e685760405163118cdaa760e01b8152336004820152602401610dbd565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f82821882841002821861232d565b5f5f5f6125438686612b58565b91509150815f036125675783818161255d5761255d612f20565b049250505061232d565b81841161257e5761257e6003851502601118612b74565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f815f036125f557505f61232d565b6001600160a01b038381165f818152600f602052604080822054905163330fa3c960e11b815260048101939093526001600160701b0316929091612710917f0000000000000000000000000000000000000000000000000000000000000000169063661f479290602401602060405180830381865afa15801561267a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061269e9190613060565b6126ac9061ffff1686612f09565b6126b69190612f34565b90505f6126c38286612f53565b90505f836126e06ec097ce7bc90715b34b9f100000000084612f09565b6126ea9190612f34565b6001600160a01b0388165f908152600d602052604090205461270c9190612f66565b6001600160a01b0388165f818152600d60209081526040808320859055600e825280832063ffffffff8e1684528252808320859055928252600c905290812080549293508592909190612760908490612f66565b9091555050604080518781526020810185905290810183905260608101829052608081018590526001600160a01b0388169063ffffffff8a16907fdda240a1b6e2504c6a27f752baa2b09dfce54c794ac0e49821cf7a38339a5d1d9060a00160405180910390a350939695505050505050565b63ffffffff82165f9081526009602090815260408083206001600160a01b0385168452909152902054151580612830575063ffffffff82165f908152600a602090815260408083206001600160a01b038516845290915290205415155b15612839575050565b63ffffffff82165f9081526008602052604090819020541061286e57604051632eacf21b60e21b815260040160405180910390fd5b63ffffffff919091165f9081526008602090815260408220805460018101825590835291200180546001600160a01b0319166001600160a01b03909216919091179055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610e6857604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661295657838315161561294a573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166129bd5783831516156129b1573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b604080516060810182525f8082526020820181905291810182905290806129f186868661236b565b919550925090508015612a85575f805463ffffffff600160a01b909104811660408088019182526001600160a01b03808b16855260106020908152828620918b168652908152932087518154948901519251909316600160e01b026001600160e01b036001600160701b03938416600160701b026001600160e01b0319909616939094169290921793909317919091161790555b6001600160a01b038087165f908152600d602090815260408083205460118352818420948a168452939091529020548114612ae2576001600160a01b038088165f908152601160209081526040808320938a168352929052208190555b6ec097ce7bc90715b34b9f10000000008310612b4d57612b116ec097ce7bc90715b34b9f100000000084612f34565b6001600160a01b038089165f908152601260209081526040808320938b1683529290529081208054909190612b47908490612f66565b90915550505b509295945050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b803560038110610a46575f5ffd5b5f5f5f60608486031215612ba5575f5ffd5b612bae84612b85565b95602085013595506040909401359392505050565b80356001600160a01b0381168114610a46575f5ffd5b5f5f5f60608486031215612beb575f5ffd5b612bf484612bc3565b9250612c0260208501612bc3565b929592945050506040919091013590565b5f60208284031215612c23575f5ffd5b61232d82612bc3565b60608101610cdd82846001600160701b0381511682526001600160701b03602082015116602083015263ffffffff60408201511660408301525050565b5f5f60408385031215612c7a575f5ffd5b612c8383612bc3565b9150612c9160208401612bc3565b90509250929050565b803563ffffffff81168114610a46575f5ffd5b5f60208284031215612cbd575f5ffd5b61232d82612c9a565b602080825282518282018190525f918401906040840190835b81811015612d065783516001600160a01b0316835260209384019390920191600101612cdf565b509095945050505050565b5f60208284031215612d21575f5ffd5b81356001600160401b038116811461232d575f5ffd5b5f5f60408385031215612d48575f5ffd5b612c8383612c9a565b5f5f83601f840112612d61575f5ffd5b5081356001600160401b03811115612d77575f5ffd5b6020830191508360208260051b8501011115612d91575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215612dad575f5ffd5b612db687612b85565b95506020870135945060408701356001600160401b03811115612dd7575f5ffd5b612de389828a01612d51565b90955093505060608701356001600160401b03811115612e01575f5ffd5b612e0d89828a01612d51565b979a9699509497509295939492505050565b5f5f5f5f60408587031215612e32575f5ffd5b84356001600160401b03811115612e47575f5ffd5b612e5387828801612d51565b90955093505060208501356001600160401b03811115612e71575f5ffd5b612e7d87828801612d51565b95989497509550505050565b61ffff811681146120b7575f5ffd5b5f60208284031215612ea8575f5ffd5b813561232d81612e89565b80151581146120b7575f5ffd5b5f5f60408385031215612ed1575f5ffd5b612eda83612bc3565b91506020830135612eea81612eb3565b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610cdd57610cdd612ef5565b634e487b7160e01b5f52601260045260245ffd5b5f82612f4e57634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610cdd57610cdd612ef5565b80820180821115610cdd57610cdd612ef5565b634e487b7160e01b5f52602160045260245ffd5b6001600160701b038181168382160190811115610cdd57610cdd612ef5565b6001600160701b038281168282160390811115610cdd57610cdd612ef5565b6001600160401b038181168382160190811115610cdd57610cdd612ef5565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613022575f5ffd5b815161232d81612eb3565b5f6020828403121561303d575f5ffd5b5051919050565b63ffffffff8181168382160190811115610cdd57610cdd612ef5565b5f60208284031215613070575f5ffd5b815161232d81612e8956fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x13W_5`\xE0\x1C\x80c\x8D\xA5\xCB[\x11a\x01\x1FW\x80c\xD4W\x0C\x1C\x11a\0\xA9W\x80c\xF1<\x80\x1D\x11a\0yW\x80c\xF1<\x80\x1D\x14a\x05\xBEW\x80c\xF2\xFD\xE3\x8B\x14a\x05\xD1W\x80c\xF7\x05\x001\x14a\x05\xE4W\x80c\xFC\x0CTj\x14a\x05\xEDW\x80c\xFD\xBA\xAB\x1E\x14a\x06\x14W__\xFD[\x80c\xD4W\x0C\x1C\x14a\x05rW\x80c\xD5\x04\xB0\x0B\x14a\x05\x85W\x80c\xF0\xDDMs\x14a\x05\x98W\x80c\xF0\xF4B`\x14a\x05\xABW__\xFD[\x80c\xAEN\xF3\x9F\x11a\0\xEFW\x80c\xAEN\xF3\x9F\x14a\x05\x12W\x80c\xB4\r~3\x14a\x05 W\x80c\xC08\xA3\x8E\x14a\x053W\x80c\xCD\xD5\xF2\xC8\x14a\x05WW\x80c\xD1c\xCAl\x14a\x05_W__\xFD[\x80c\x8D\xA5\xCB[\x14a\x04\xA5W\x80c\x97}\xB4\x97\x14a\x04\xB5W\x80c\xAC*\xC6@\x14a\x04\xDAW\x80c\xACN\xD3q\x14a\x04\xEDW__\xFD[\x80c?5\xF2V\x11a\x01\xA0W\x80cqP\x18\xA6\x11a\x01pW\x80cqP\x18\xA6\x14a\x03\xD5W\x80c\x81\x9E\xFC\x96\x14a\x03\xDDW\x80c\x84\xC9\xB7\xE1\x14a\x04\x1AW\x80c\x85.y?\x14a\x04UW\x80c\x89/\x92\x8E\x14a\x04\x92W__\xFD[\x80c?5\xF2V\x14a\x03*W\x80cL\xF0\x88\xD9\x14a\x03XW\x80c]\xCE\xA4\xD4\x14a\x03\x97W\x80cj\xFCQ\x1B\x14a\x03\xBFW__\xFD[\x80c\x1F\x1B\x8A\x8C\x11a\x01\xE6W\x80c\x1F\x1B\x8A\x8C\x14a\x02\x8FW\x80c!\xC0\xB3B\x14a\x02\xCEW\x80c'\xA0\xBC\x81\x14a\x02\xEFW\x80c5\xFBp\x1E\x14a\x02\xF7W\x80c8\xB29=\x14a\x03\x17W__\xFD[\x80c\x03~N\xBD\x14a\x02\x17W\x80c\x07(L\xE9\x14a\x02,W\x80c\x13\xA4l\xD6\x14a\x02\\W\x80c\x1B\xCD\xA1\x98\x14a\x02oW[__\xFD[a\x02*a\x02%6`\x04a+\x93V[a\x06<V[\0[`\x01T`\x01`@\x1B\x90\x04`\x01`\x01`@\x1B\x03\x16`@Q`\x01`\x01`@\x1B\x03\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02*a\x02j6`\x04a+\xD9V[a\x07\xE1V[a\x02\x82a\x02}6`\x04a,\x13V[a\t\x90V[`@Qa\x02S\x91\x90a,,V[_T`\x01T`@\x80Qc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x85\x04\x16\x81R`\x01`\x01`@\x1B\x03`\x01`\xC0\x1B\x90\x94\x04\x84\x16` \x82\x01R\x92\x90\x91\x16\x90\x82\x01R``\x01a\x02SV[a\x02\xE1a\x02\xDC6`\x04a,iV[a\nKV[`@Q\x90\x81R` \x01a\x02SV[a\x02\xE1`@\x81V[a\x03\na\x03\x056`\x04a,\xADV[a\x0C\xE3V[`@Qa\x02S\x91\x90a,\xC6V[a\x02*a\x03%6`\x04a-\x11V[a\rSV[`\x01T`\x02T`@\x80Q`\x01`\x80\x1B\x90\x93\x04a\xFF\xFF\x16\x83R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16` \x83\x01R\x01a\x02SV[a\x03\x7F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02SV[a\x02\xE1a\x03\xA56`\x04a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\r` R`@\x90 T\x90V[a\x02\xE1n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x81V[a\x02*a\x0EWV[a\x02\xE1a\x03\xEB6`\x04a-7V[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T\x92\x91PPV[a\x04Ea\x04(6`\x04a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x06` R`@\x90 T`\xFF\x16\x90V[`@Q\x90\x15\x15\x81R` \x01a\x02SV[a\x02\xE1a\x04c6`\x04a-7V[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T\x92\x91PPV[a\x02\x82a\x04\xA06`\x04a,iV[a\x0EjV[_T`\x01`\x01`\xA0\x1B\x03\x16a\x03\x7FV[a\x02\xE1a\x04\xC36`\x04a,\xADV[c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x07` R`@\x90 T\x90V[a\x02\xE1a\x04\xE86`\x04a,\x13V[a\x0E\xF6V[a\x02\xE1a\x04\xFB6`\x04a,\xADV[c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x0B` R`@\x90 T\x90V[a\x02\xE1`\x01`\x01`@\x1B\x03\x81V[a\x02*a\x05.6`\x04a+\xD9V[a\x0F\xD6V[`\x03T`\x04T`\x05T`@\x80Q\x93\x84R` \x84\x01\x92\x90\x92R\x90\x82\x01R``\x01a\x02SV[a\x02*a\x11\xCBV[a\x02*a\x05m6`\x04a-\x98V[a\x17\xD6V[a\x02\xE1a\x05\x806`\x04a,iV[a\x1B\x18V[a\x02*a\x05\x936`\x04a.\x1FV[a\x1B\xDEV[a\x02*a\x05\xA66`\x04a.\x98V[a\x1E\x92V[a\x02*a\x05\xB96`\x04a,\x13V[a\x1F[V[a\x02*a\x05\xCC6`\x04a.\xC0V[a \x17V[a\x02*a\x05\xDF6`\x04a,\x13V[a }V[a\x02\xE1a'\x10\x81V[a\x03\x7F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x02\xE1a\x06\"6`\x04a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x0C` R`@\x90 T\x90V[a\x06Da \xBAV[_\x81\x11a\x06dW`@Qc\x1A\xF9\xE5\xC7`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x06\x99`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a \xEFV[`\x01T_\x90a'\x10\x90a\x06\xB7\x90`\x01`\x80\x1B\x90\x04a\xFF\xFF\x16\x84a/\tV[a\x06\xC1\x91\x90a/4V[_T\x90\x91P`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a\x06\xDD\x82\x84a/SV[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x07` R`@\x81 \x80T\x90\x91\x90a\x07\x01\x90\x84\x90a/fV[\x92PP\x81\x90UP\x82`\x03_\x82\x82Ta\x07\x19\x91\x90a/fV[\x92PP\x81\x90UP\x81`\x04_\x82\x82Ta\x071\x91\x90a/fV[\x90\x91UPP\x81\x15a\x07vW`\x02Ta\x07v\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91\x16\x84a!+V[\x83\x85`\x02\x81\x11\x15a\x07\x89Wa\x07\x89a/yV[`@\x80Q3\x81R` \x81\x01\x87\x90R\x90\x81\x01\x85\x90Rc\xFF\xFF\xFF\xFF\x84\x16\x90\x7F{\x7F'\xAB\xEB\xB5\x02\x88}<\nV)\xC3\x0Bg7'\xA5B\x98\xD7#\x1C\x7F\x14\xE5\xA6\xB6\xB2\xB1p\x90``\x01`@Q\x80\x91\x03\x90\xA4PPa\x07\xDCa!`V[PPPV[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x08*W`@Qc$\x9Ch\x89`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90a\x08E\x85\x83a!\x8AV[\x90P_a\x08S\x86\x86\x85a\"\xA2V[\x90P_a\x08_\x85a#4V[\x90P\x80\x82` \x01\x81\x81Qa\x08s\x91\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91Rc\xFF\xFF\xFF\xFF\x80\x87\x16`@\x80\x87\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x80\x8D\x16_\x90\x81R`\x10` \x90\x81R\x83\x82 \x92\x8E\x16\x82R\x91\x82R\x91\x90\x91 \x87Q\x81T\x83\x8A\x01Q\x94Q\x90\x95\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x94\x87\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x96\x16\x91\x90\x96\x16\x17\x93\x90\x93\x17\x91\x90\x91\x16\x92\x90\x92\x17\x90U\x84\x01\x80Q\x83\x92Pa\t\x0B\x90\x83\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91Rc\xFF\xFF\xFF\xFF\x95\x86\x16`@\x86\x81\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x9A\x90\x9A\x16_\x90\x81R`\x0F` \x90\x81R\x9A\x90 \x86Q\x81T\x9B\x90\x97\x01Q\x91Q\x96\x83\x16`\x01`\x01`\xE0\x1B\x03\x19\x90\x9B\x16\x9A\x90\x9A\x17`\x01`p\x1B\x91\x90\x92\x16\x02\x17`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1B\x94\x90\x95\x16\x93\x90\x93\x02\x93\x90\x93\x17\x90\x95UPPPPPV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R`\x0F\x83R\x83\x90 \x83Q\x91\x82\x01\x84RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x92\x82\x01\x83\x90R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x15\x80\x15\x90a\n\x1AWP_T`@\x82\x01Qc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91\x16\x10[\x15a\nFW` \x81\x01Q\x81Q\x82\x90a\n3\x90\x83\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x16\x90RP_` \x82\x01R[\x91\x90PV[_a\nTa \xBAV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x10` \x90\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x81\x84 \x82Q``\x81\x01\x84R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x94\x82\x01\x94\x90\x94R`\x01`\xE0\x1B\x90\x93\x04c\xFF\xFF\xFF\xFF\x16\x91\x83\x01\x91\x90\x91R\x82\x91\x82\x91a\n\xC3\x91\x88\x91\x90a#kV[\x92P\x92P\x92P\x80\x15a\x0BRW_\x80Tc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x91\x04\x81\x16`@\x80\x87\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R`\x10` \x90\x81R\x81\x85 3\x86R\x81R\x93 \x86Q\x81T\x94\x88\x01Q\x92Q\x90\x93\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03`\x01`\x01`p\x1B\x03\x93\x84\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x96\x16\x93\x90\x94\x16\x92\x90\x92\x17\x93\x90\x93\x17\x91\x90\x91\x16\x17\x90U[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\r` \x90\x81R`@\x80\x83 T`\x11\x83R\x81\x84 3\x85R\x90\x92R\x90\x91 T\x81\x14a\x0B\xAAW`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x11` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 \x81\x90U[`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x12` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 Ta\x0B\xE6n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x85a/4V[a\x0B\xF0\x90\x82a/fV[\x95P_\x86\x11a\x0C\x12W`@QcE5\x87u`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x15a\x0C<W`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x12` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x81 U[\x85`\x05_\x82\x82Ta\x0CM\x91\x90a/fV[\x90\x91UPa\x0C\x87\x90P`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x88\x88a!+V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x89\x81\x16\x82R` \x82\x01\x89\x90R3\x92\x90\x8B\x16\x91\x7FV7\xD7\xF9b$\x8A\x7F\x05\xA7\xABi\xEE\xC6Dn1\xF3\xD0\xA2\x99\xD9\x97\xF15\xA6\\b\x80nx\x91\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPPa\x0C\xDDa!`V[\x92\x91PPV[c\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x08` \x90\x81R`@\x91\x82\x90 \x80T\x83Q\x81\x84\x02\x81\x01\x84\x01\x90\x94R\x80\x84R``\x93\x92\x83\x01\x82\x82\x80\x15a\rGW` \x02\x82\x01\x91\x90_R` _ \x90[\x81T`\x01`\x01`\xA0\x1B\x03\x16\x81R`\x01\x90\x91\x01\x90` \x01\x80\x83\x11a\r)W[PPPPP\x90P\x91\x90PV[a\r[a$\xACV[a\x0E\x10\x81`\x01`\x01`@\x1B\x03\x16\x10\x15\x80\x15a\r\x82WPb'\x8D\0\x81`\x01`\x01`@\x1B\x03\x16\x11\x15[\x81\x90a\r\xC6W`@Qc3#\xAE)`\xE2\x1B\x81Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B`\x04\x82\x01R`\x01`\x01`@\x1B\x03\x90\x91\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[P`\x01T`@\x80Q`\x01`@\x1B\x90\x92\x04`\x01`\x01`@\x1B\x03\x90\x81\x16\x83R\x83\x16` \x83\x01Rj\x0C\xAE\r\xECm\t\x8C\xAD\xCC\xEE\x8D`\xAB\x1B\x91\x7F\x18\x12P\xCD\x162\xD5j\xCCt{\x05\x93\xF3{J\xA0\x8E\xD7\x1D\xF6I(\xA8\xF3Y\x88\xDA\xCE\xA9\xF8\xFD\x91\x01`@Q\x80\x91\x03\x90\xA2`\x01\x80T`\x01`\x01`@\x1B\x03\x90\x92\x16`\x01`@\x1B\x02o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x0E_a$\xACV[a\x0Eh_a$\xD8V[V[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x83\x85\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16\x83R`\x10\x82R\x85\x83 \x90\x87\x16\x83R\x81R\x90\x84\x90 \x84Q\x92\x83\x01\x85RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x84R`\x01`p\x1B\x82\x04\x16\x91\x83\x01\x91\x90\x91R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x90a\x0E\xEC\x90\x84\x90\x84\x90a#kV[P\x90\x94\x93PPPPV[_a\x0E\xFFa \xBAV[P3_\x90\x81R`\x0C` R`@\x90 T\x80a\x0F-W`@QcE5\x87u`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x0C` R`@\x81 \x81\x90U`\x05\x80T\x83\x92\x90a\x0FP\x90\x84\x90a/fV[\x90\x91UPa\x0F\x8A\x90P`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a!+V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x81R` \x81\x01\x83\x90R3\x91\x7FEQ}t\xA0{D\x17T-UEj\xCB\xFE@\x8E\xCAwQZ\xFCj\xF8\x0E\xEC\xFA\xBDAc\xFC\xAF\x91\x01`@Q\x80\x91\x03\x90\xA2a\nFa!`V[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x10\x1FW`@Qc$\x9Ch\x89`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90a\x10:\x85\x83a!\x8AV[\x90P_a\x10H\x86\x86\x85a\"\xA2V[c\xFF\xFF\xFF\xFF\x84\x16`@\x82\x01R` \x81\x01Q\x90\x91P_\x90a\x10r\x90\x86\x90`\x01`\x01`p\x1B\x03\x16a%'V[\x90P_a\x10\x9Ba\x10\x8B`\x01`\x01`p\x1B\x03\x84\x16\x88a/SV[\x84Q`\x01`\x01`p\x1B\x03\x16a%'V[\x90P\x81\x83` \x01\x81\x81Qa\x10\xAF\x91\x90a/\xACV[`\x01`\x01`p\x1B\x03\x16\x90RP\x82Q\x81\x90\x84\x90a\x10\xCC\x90\x83\x90a/\xACV[`\x01`\x01`p\x1B\x03\x16\x90RP` \x84\x01\x80Q\x83\x91\x90a\x10\xEC\x90\x83\x90a/\xACV[`\x01`\x01`p\x1B\x03\x16\x90RP\x83Q\x81\x90\x85\x90a\x11\t\x90\x83\x90a/\xACV[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91R`\x01`\x01`\xA0\x1B\x03\x99\x8A\x16_\x81\x81R`\x10` \x90\x81R`@\x80\x83 \x9C\x90\x9D\x16\x82R\x9A\x8BR\x8B\x81 \x87Q\x81T\x8D\x8A\x01Q\x99\x8F\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16`\x01`\xE0\x1B\x90\x81\x02`\x01`\x01`\xE0\x1B\x03\x9C\x89\x16`\x01`p\x1B\x90\x81\x02`\x01`\x01`\xE0\x1B\x03\x19\x95\x86\x16\x96\x8B\x16\x96\x90\x96\x17\x95\x90\x95\x17\x8D\x16\x17\x90\x94U\x94\x84R`\x0F\x8ER\x92\x8E\x90 \x8AQ\x81T\x9E\x8C\x01Q\x9B\x90\x9F\x01Q\x90\x94\x16\x90\x91\x02\x98\x84\x16\x02\x9A\x16\x9A\x90\x91\x16\x99\x90\x99\x17\x97\x90\x97\x17\x90\x92\x16\x92\x90\x92\x17\x90\x95UPPPPPV[a\x11\xD3a \xBAV[_\x80T`\x01Tc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x83\x04\x16\x92\x91a\x12\x05\x91`\x01`\x01`@\x1B\x03\x90\x81\x16\x91`\x01`\xC0\x1B\x90\x04\x16a/\xCBV[\x90P\x80`\x01`\x01`@\x1B\x03\x81\x16B\x10\x15a\x12>W`@QcQ\xF2\xE3\xC7`\xE1\x1B\x81R`\x01`\x01`@\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\r\xBDV[Pc\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 T`\x08\x90\x92R\x82 \x80T\x91\x92\x90\x91`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12{Wa\x12{a/\xEAV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xA4W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x82T\x90\x91P_\x90`\x01`\x01`@\x1B\x03\x81\x11\x15a\x12\xC3Wa\x12\xC3a/\xEAV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x12\xECW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P__[\x84T\x81\x10\x15a\x152W_\x85\x82\x81T\x81\x10a\x13\x0EWa\x13\x0Ea/\xFEV[_\x91\x82R` \x90\x91 \x01T`@Qc\x14\xBF\xB5'`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\x04\x82\x01\x81\x90R\x92P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\x14\xBF\xB5'\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13\x83W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\xA7\x91\x90a0\x12V[\x15a\x13\xB2WPa\x15*V[_a\x13\xBD\x82\x8Ba!\x8AV[\x80Q\x90\x91P`\x01`\x01`p\x1B\x03\x16_\x03a\x13\xD8WPPa\x15*V[`\x01\x85\x84\x81Q\x81\x10a\x13\xECWa\x13\xECa/\xFEV[\x91\x15\x15` \x92\x83\x02\x91\x90\x91\x01\x90\x91\x01R\x80Q`@Qc\xDC;|\x8B`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R_\x92a\x14\xAA\x92`\x01`\x01`p\x1B\x03\x90\x91\x16\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\xDC;|\x8B\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x14tW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14\x98\x91\x90a0-V[k\x03;.<\x9F\xD0\x80<\xE8\0\0\0a%6V[c\xFF\xFF\xFF\xFF\x8C\x16_\x90\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x90 T\x90\x91Pa\x14\xE1\x90\x82\x90a/\tV[\x87\x85\x81Q\x81\x10a\x14\xF3Wa\x14\xF3a/\xFEV[` \x02` \x01\x01\x81\x81RPP\x86\x84\x81Q\x81\x10a\x15\x11Wa\x15\x11a/\xFEV[` \x02` \x01\x01Q\x85a\x15$\x91\x90a/fV[\x94PPPP[`\x01\x01a\x12\xF2V[P___[\x86T\x81\x10\x15a\x16@Wc\xFF\xFF\xFF\xFF\x8A\x16_\x90\x81R`\n` R`@\x81 \x88T\x82\x90\x8A\x90\x85\x90\x81\x10a\x15jWa\x15ja/\xFEV[_\x91\x82R` \x80\x83 \x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x16\x83R\x82\x01\x92\x90\x92R`@\x01\x90 T\x86Q\x90\x91P\x86\x90\x83\x90\x81\x10a\x15\xA5Wa\x15\xA5a/\xFEV[` \x02` \x01\x01Qa\x15\xC3Wa\x15\xBB\x81\x84a/fV[\x92PPa\x168V[\x84\x15a\x15\xFAWa\x15\xED\x89\x88\x84\x81Q\x81\x10a\x15\xDFWa\x15\xDFa/\xFEV[` \x02` \x01\x01Q\x87a%6V[a\x15\xF7\x90\x82a/fV[\x90P[a\x16*\x8B\x89\x84\x81T\x81\x10a\x16\x10Wa\x16\x10a/\xFEV[_\x91\x82R` \x90\x91 \x01T`\x01`\x01`\xA0\x1B\x03\x16\x83a%\xE6V[a\x164\x90\x85a/fV[\x93PP[`\x01\x01a\x157V[Pc\xFF\xFF\xFF\xFF\x89\x16_\x90\x81R`\x0B` R`@\x81 Ta\x16`\x90\x89a/fV[\x90P_\x82a\x16n\x85\x84a/SV[a\x16x\x91\x90a/SV[\x90P\x80`\x07_a\x16\x89\x8E`\x01a0DV[c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82Ta\x16\xB0\x91\x90a/fV[\x90\x91UPP\x82\x15a\x17\x0BW\x82`\x04_\x82\x82Ta\x16\xCC\x91\x90a/fV[\x90\x91UPP`\x02Ta\x17\x0B\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91\x16\x85a!+V[a\x17\x16\x8B`\x01a0DV[_\x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Bc\xFF\xFF\xFF\xFF\x93\x84\x16\x02`\x01`\x01`\xC0\x1B\x03\x16\x17`\x01`\xC0\x1BB`\x01`\x01`@\x1B\x03\x90\x81\x16\x91\x82\x02\x92\x90\x92\x17\x90\x92U`\x01\x80T`\x01`@\x1B\x81\x04\x90\x92\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x92\x16\x91\x90\x91\x17\x90U`@\x80Q\x85\x81R` \x81\x01\x88\x90R\x90\x81\x01\x84\x90R``\x81\x01\x91\x90\x91R\x90\x8C\x16\x90\x7F\xA0ui9\xA3\x08L\xB0\x07\0\x10\xDD\xBD\x81\x1C\xF1\xBE\x9C\x03\xB9cc\xA0\x01\xED\xA5f\xC8\x9C\xB9z\x8A\x90`\x80\x01`@Q\x80\x91\x03\x90\xA2PPPPPPPPPPPa\x0Eha!`V[a\x17\xDEa \xBAV[3_\x90\x81R`\x06` R`@\x90 T`\xFF\x16a\x18\rW`@Qc$\x9Ch\x89`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82\x81\x14a\x18-W`@Qc0]\xD7C`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90\x80\x80\x80[\x87\x81\x10\x15a\x19\xB9W_\x87\x87\x83\x81\x81\x10a\x18]Wa\x18]a/\xFEV[\x90P` \x02\x015\x90P\x80_\x03a\x18sWPa\x19\xB1V[_\x8A\x8A\x84\x81\x81\x10a\x18\x86Wa\x18\x86a/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x18\x9B\x91\x90a,\x13V[`\x01T\x90\x91P_\x90a'\x10\x90a\x18\xBC\x90`\x01`\x80\x1B\x90\x04a\xFF\xFF\x16\x85a/\tV[a\x18\xC6\x91\x90a/4V[\x90Pa\x18\xD2\x83\x88a/fV[\x96Pa\x18\xDE\x81\x87a/fV[\x95P\x80\x83\x03a\x18\xEFWPPPa\x19\xB1V[a\x18\xF9\x88\x83a'\xD3V[a\x19\x03\x81\x84a/SV[c\xFF\xFF\xFF\xFF\x89\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x81 \x80T\x90\x91\x90a\x19;\x90\x84\x90a/fV[\x90\x91UPa\x19K\x90P\x81\x84a/SV[a\x19U\x90\x86a/fV[\x94P`\x01`\x01`\xA0\x1B\x03\x82\x16\x8Dc\xFF\xFF\xFF\xFF\x8A\x16\x7F;\xD5\x02}\x90\x01\x9A\xCD\xCC9\xE14\xDD\xED\xA1\xB5\xB5lH\x81\xEDJ\xD6\xF0\xA9\x03\xB3Lde\xB9\xD9\x86a\x19\x95\x86\x82a/SV[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01`@Q\x80\x91\x03\x90\xA4PPP[`\x01\x01a\x18BV[P_\x83\x11a\x19\xDAW`@Qc\x1A\xF9\xE5\xC7`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1A\x0F`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x86a \xEFV[c\xFF\xFF\xFF\xFF\x84\x16_\x90\x81R`\x0B` R`@\x81 \x80T\x83\x92\x90a\x1A3\x90\x84\x90a/fV[\x92PP\x81\x90UP\x82`\x03_\x82\x82Ta\x1AK\x91\x90a/fV[\x92PP\x81\x90UP\x81`\x04_\x82\x82Ta\x1Ac\x91\x90a/fV[\x90\x91UPP\x81\x15a\x1A\xA8W`\x02Ta\x1A\xA8\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91\x16\x84a!+V[\x88\x8A`\x02\x81\x11\x15a\x1A\xBBWa\x1A\xBBa/yV[`@\x80Q3\x81R` \x81\x01\x87\x90R\x90\x81\x01\x85\x90Rc\xFF\xFF\xFF\xFF\x87\x16\x90\x7F{\x7F'\xAB\xEB\xB5\x02\x88}<\nV)\xC3\x0Bg7'\xA5B\x98\xD7#\x1C\x7F\x14\xE5\xA6\xB6\xB2\xB1p\x90``\x01`@Q\x80\x91\x03\x90\xA4PPPPa\x1B\x10a!`V[PPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x81\x16_\x90\x81R`\x10` \x90\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x81R\x82\x82 \x83Q``\x81\x01\x85R\x90T`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\x01`\xE0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x90\x81\x90a\x1B\x89\x90\x85\x90\x85\x90a#kV[P\x91Pa\x1B\xA7\x90Pn\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x82a/4V[`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\x12` \x90\x81R`@\x80\x83 \x93\x88\x16\x83R\x92\x90R Ta\x1B\xD6\x91\x90a/fV[\x94\x93PPPPV[3_\x90\x81R`\x06` R`@\x90 T`\xFF\x16a\x1C\rW`@Qc$\x9Ch\x89`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82\x81\x14a\x1C-W`@Qc0]\xD7C`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80T`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90[\x84\x81\x10\x15a\x1B\x10Wc\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\t` R`@\x81 \x81\x88\x88\x85\x81\x81\x10a\x1CnWa\x1Cna/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x1C\x83\x91\x90a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ T\x90Pa\x1C\xAF\x81`\x01`\x01`@\x1B\x03a/SV[\x85\x85\x84\x81\x81\x10a\x1C\xC1Wa\x1C\xC1a/\xFEV[\x90P` \x02\x015\x11\x15\x85\x85\x84\x81\x81\x10a\x1C\xDCWa\x1C\xDCa/\xFEV[\x90P` \x02\x015\x90a\x1D\x12W`@Qc3#\xAE)`\xE2\x1B\x81Rcwork`\xE0\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\r\xBDV[P_\x85\x85\x84\x81\x81\x10a\x1D&Wa\x1D&a/\xFEV[\x90P` \x02\x015\x11\x15a\x1DcWa\x1Dc\x83\x88\x88\x85\x81\x81\x10a\x1DIWa\x1DIa/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x1D^\x91\x90a,\x13V[a'\xD3V[\x84\x84\x83\x81\x81\x10a\x1DuWa\x1Dua/\xFEV[\x90P` \x02\x015\x81a\x1D\x87\x91\x90a/fV[c\xFF\xFF\xFF\xFF\x84\x16_\x90\x81R`\t` R`@\x81 \x90\x89\x89\x86\x81\x81\x10a\x1D\xAEWa\x1D\xAEa/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x1D\xC3\x91\x90a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ U\x86\x86\x83\x81\x81\x10a\x1D\xEEWa\x1D\xEEa/\xFEV[\x90P` \x02\x01` \x81\x01\x90a\x1E\x03\x91\x90a,\x13V[`\x01`\x01`\xA0\x1B\x03\x16\x83c\xFF\xFF\xFF\xFF\x16\x7F$a\xE0\x87e\x15KE\x1C\x8E\x8Fo\x05\x90^\xC1\xC7\xFD\xF0\x80\x9D\x19\x08VG\x10M\xC2\x12W\x89X\x87\x87\x86\x81\x81\x10a\x1EFWa\x1EFa/\xFEV[\x90P` \x02\x015\x88\x88\x87\x81\x81\x10a\x1E_Wa\x1E_a/\xFEV[\x90P` \x02\x015\x85a\x1Eq\x91\x90a/fV[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01`@Q\x80\x91\x03\x90\xA3P`\x01\x01a\x1C?V[a\x1E\x9Aa$\xACV[\x80a'\x10a\xFF\xFF\x82\x16\x11\x15a\x1E\xDEW`@Qc3#\xAE)`\xE2\x1B\x81RktreasuryBips`\xA0\x1B`\x04\x82\x01Ra\xFF\xFF\x90\x91\x16`$\x82\x01R`D\x01a\r\xBDV[P`\x01T`@\x80Q`\x01`\x80\x1B\x90\x92\x04a\xFF\xFF\x90\x81\x16\x83R\x83\x16` \x83\x01RktreasuryBips`\xA0\x1B\x91\x7F\x18\x12P\xCD\x162\xD5j\xCCt{\x05\x93\xF3{J\xA0\x8E\xD7\x1D\xF6I(\xA8\xF3Y\x88\xDA\xCE\xA9\xF8\xFD\x91\x01`@Q\x80\x91\x03\x90\xA2`\x01\x80Ta\xFF\xFF\x90\x92\x16`\x01`\x80\x1B\x02a\xFF\xFF`\x80\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x90UV[a\x1Fca$\xACV[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\x1F\xA0W`@Qc3#\xAE)`\xE2\x1B\x81Rgtreasury`\xC0\x1B`\x04\x82\x01R`$\x81\x01\x91\x90\x91R`D\x01a\r\xBDV[P`\x02T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x83\x16` \x83\x01Rgtreasury`\xC0\x1B\x91\x7F\xCD\xF1\xE7\xEA\xC5yN\xCC\x1D\x1B\xDB\xAB\xF5f\xF6#\xCB\xF8\xCBYK\xFC\xD3\"\xAF\xF6\xBE/\x9E\xE8\xE5\xB1\x91\x01`@Q\x80\x91\x03\x90\xA2`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[a \x1Fa$\xACV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x81\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x80T`\xFF\x19\x16\x85\x15\x15\x90\x81\x17\x90\x91U\x91Q\x91\x82R\x7F\xC7g\r0[$\xB0\xD0\xBF\x17M\x07\x8A\x8B%\xA8\xD4\xD4(6\xF5\xC6\x13\xB4\x19\x0E\x08\x84\xD1oJ\x98\x91\x01`@Q\x80\x91\x03\x90\xA2PPV[a \x85a$\xACV[`\x01`\x01`\xA0\x1B\x03\x81\x16a \xAEW`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01a\r\xBDV[a \xB7\x81a$\xD8V[PV[a \xC2a(\xB3V[a\x0Eh`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a(\xF3V[a \xFD\x84\x84\x84\x84`\x01a(\xFAV[a!%W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\r\xBDV[PPPPV[a!8\x83\x83\x83`\x01a)gV[a\x07\xDCW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\r\xBDV[a\x0Eh_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a \xE9V[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R`\x01`\x01`\xA0\x1B\x03\x86\x16\x81R`\x0F\x83R\x83\x90 \x83Q\x91\x82\x01\x84RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x92\x82\x01\x83\x90R`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x15\x80\x15\x90a\"\x0EWP\x81c\xFF\xFF\xFF\xFF\x16\x81`@\x01Qc\xFF\xFF\xFF\xFF\x16\x10[\x15a\x0C\xDDW` \x81\x01Q\x81Q\x82\x90a\"'\x90\x83\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x90\x81\x16\x90\x91R_` \x80\x85\x01\x82\x81R`\x01`\x01`\xA0\x1B\x03\x88\x16\x83R`\x0F\x90\x91R`@\x91\x82\x90 \x85Q\x81T\x92Q\x93\x87\x01Qc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x94\x86\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x94\x16\x91\x90\x95\x16\x17\x91\x90\x91\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90UP\x92\x91PPV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16\x82R`\x10\x84R\x84\x82 \x90\x87\x16\x82R\x83R\x83\x90 \x83Q\x91\x82\x01\x84RT`\x01`\x01`p\x1B\x03\x80\x82\x16\x83R`\x01`p\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92Rc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x92\x04\x82\x16\x92\x81\x01\x83\x90R\x91\x90\x83\x16\x14a#-Wa#*\x84\x84\x83a)\xC9V[\x90P[\x93\x92PPPV[_`\x01`\x01`p\x1B\x03\x82\x11\x15a#gW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`p`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\r\xBDV[P\x90V[`@\x80Q``\x81\x01\x82R_\x80\x82R` \x80\x83\x01\x82\x90R\x82\x84\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16\x83R`\r\x82R\x84\x83 T`\x11\x83R\x85\x84 \x91\x88\x16\x84R\x91R\x92\x81 T\x91\x92\x90\x91\x82\x91\x90a#\xBF\x81\x83a/SV[\x86Qa#\xD4\x91\x90`\x01`\x01`p\x1B\x03\x16a/\tV[\x93P\x85` \x01Q`\x01`\x01`p\x1B\x03\x16_\x14\x15\x80\x15a$\x08WP_T`@\x87\x01Qc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91\x16\x10[\x15a$\x9FW`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x0E` \x90\x81R`@\x80\x83 \x89\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x84R\x90\x91R\x90 T\x81\x81\x10\x15a$DWP\x80[a$N\x81\x84a/SV[\x87` \x01Q`\x01`\x01`p\x1B\x03\x16a$f\x91\x90a/\tV[a$p\x90\x86a/fV[\x94P\x86` \x01Q\x87_\x01\x81\x81Qa$\x87\x91\x90a/\x8DV[`\x01`\x01`p\x1B\x03\x16\x90RPP_` \x87\x01R`\x01\x92P[P\x93\x96\x91\x95P\x93P\x91PPV[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0EhW`@Qc\x11\x8C\xDA\xA7`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\r\xBDV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[_\x82\x82\x18\x82\x84\x10\x02\x82\x18a#-V[___a%C\x86\x86a+XV[\x91P\x91P\x81_\x03a%gW\x83\x81\x81a%]Wa%]a/ V[\x04\x92PPPa#-V[\x81\x84\x11a%~Wa%~`\x03\x85\x15\x02`\x11\x18a+tV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[_\x81_\x03a%\xF5WP_a#-V[`\x01`\x01`\xA0\x1B\x03\x83\x81\x16_\x81\x81R`\x0F` R`@\x80\x82 T\x90Qc3\x0F\xA3\xC9`\xE1\x1B\x81R`\x04\x81\x01\x93\x90\x93R`\x01`\x01`p\x1B\x03\x16\x92\x90\x91a'\x10\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cf\x1FG\x92\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a&zW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a&\x9E\x91\x90a0`V[a&\xAC\x90a\xFF\xFF\x16\x86a/\tV[a&\xB6\x91\x90a/4V[\x90P_a&\xC3\x82\x86a/SV[\x90P_\x83a&\xE0n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x84a/\tV[a&\xEA\x91\x90a/4V[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\r` R`@\x90 Ta'\x0C\x91\x90a/fV[`\x01`\x01`\xA0\x1B\x03\x88\x16_\x81\x81R`\r` \x90\x81R`@\x80\x83 \x85\x90U`\x0E\x82R\x80\x83 c\xFF\xFF\xFF\xFF\x8E\x16\x84R\x82R\x80\x83 \x85\x90U\x92\x82R`\x0C\x90R\x90\x81 \x80T\x92\x93P\x85\x92\x90\x91\x90a'`\x90\x84\x90a/fV[\x90\x91UPP`@\x80Q\x87\x81R` \x81\x01\x85\x90R\x90\x81\x01\x83\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x85\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16\x90c\xFF\xFF\xFF\xFF\x8A\x16\x90\x7F\xDD\xA2@\xA1\xB6\xE2PLj'\xF7R\xBA\xA2\xB0\x9D\xFC\xE5LyJ\xC0\xE4\x98!\xCFz83\x9A]\x1D\x90`\xA0\x01`@Q\x80\x91\x03\x90\xA3P\x93\x96\x95PPPPPPV[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\t` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T\x15\x15\x80a(0WPc\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\n` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T\x15\x15[\x15a(9WPPV[c\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x08` R`@\x90\x81\x90 T\x10a(nW`@Qc.\xAC\xF2\x1B`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[c\xFF\xFF\xFF\xFF\x91\x90\x91\x16_\x90\x81R`\x08` \x90\x81R`@\x82 \x80T`\x01\x81\x01\x82U\x90\x83R\x91 \x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x90\x92\x16\x91\x90\x91\x17\x90UV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x0EhW`@Qc>\xE5\xAE\xB5`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[`@Qc#\xB8r\xDD`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a)VW\x83\x83\x15\x16\x15a)JW=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[`@Qc\xA9\x05\x9C\xBB`\xE0\x1B_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a)\xBDW\x83\x83\x15\x16\x15a)\xB1W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R\x90\x80a)\xF1\x86\x86\x86a#kV[\x91\x95P\x92P\x90P\x80\x15a*\x85W_\x80Tc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x91\x04\x81\x16`@\x80\x88\x01\x91\x82R`\x01`\x01`\xA0\x1B\x03\x80\x8B\x16\x85R`\x10` \x90\x81R\x82\x86 \x91\x8B\x16\x86R\x90\x81R\x93 \x87Q\x81T\x94\x89\x01Q\x92Q\x90\x93\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03`\x01`\x01`p\x1B\x03\x93\x84\x16`\x01`p\x1B\x02`\x01`\x01`\xE0\x1B\x03\x19\x90\x96\x16\x93\x90\x94\x16\x92\x90\x92\x17\x93\x90\x93\x17\x91\x90\x91\x16\x17\x90U[`\x01`\x01`\xA0\x1B\x03\x80\x87\x16_\x90\x81R`\r` \x90\x81R`@\x80\x83 T`\x11\x83R\x81\x84 \x94\x8A\x16\x84R\x93\x90\x91R\x90 T\x81\x14a*\xE2W`\x01`\x01`\xA0\x1B\x03\x80\x88\x16_\x90\x81R`\x11` \x90\x81R`@\x80\x83 \x93\x8A\x16\x83R\x92\x90R \x81\x90U[n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x83\x10a+MWa+\x11n\xC0\x97\xCE{\xC9\x07\x15\xB3K\x9F\x10\0\0\0\0\x84a/4V[`\x01`\x01`\xA0\x1B\x03\x80\x89\x16_\x90\x81R`\x12` \x90\x81R`@\x80\x83 \x93\x8B\x16\x83R\x92\x90R\x90\x81 \x80T\x90\x91\x90a+G\x90\x84\x90a/fV[\x90\x91UPP[P\x92\x95\x94PPPPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[\x805`\x03\x81\x10a\nFW__\xFD[___``\x84\x86\x03\x12\x15a+\xA5W__\xFD[a+\xAE\x84a+\x85V[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\nFW__\xFD[___``\x84\x86\x03\x12\x15a+\xEBW__\xFD[a+\xF4\x84a+\xC3V[\x92Pa,\x02` \x85\x01a+\xC3V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a,#W__\xFD[a#-\x82a+\xC3V[``\x81\x01a\x0C\xDD\x82\x84`\x01`\x01`p\x1B\x03\x81Q\x16\x82R`\x01`\x01`p\x1B\x03` \x82\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x82\x01Q\x16`@\x83\x01RPPV[__`@\x83\x85\x03\x12\x15a,zW__\xFD[a,\x83\x83a+\xC3V[\x91Pa,\x91` \x84\x01a+\xC3V[\x90P\x92P\x92\x90PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\nFW__\xFD[_` \x82\x84\x03\x12\x15a,\xBDW__\xFD[a#-\x82a,\x9AV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15a-\x06W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a,\xDFV[P\x90\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a-!W__\xFD[\x815`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a#-W__\xFD[__`@\x83\x85\x03\x12\x15a-HW__\xFD[a,\x83\x83a,\x9AV[__\x83`\x1F\x84\x01\x12a-aW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a-wW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a-\x91W__\xFD[\x92P\x92\x90PV[______`\x80\x87\x89\x03\x12\x15a-\xADW__\xFD[a-\xB6\x87a+\x85V[\x95P` \x87\x015\x94P`@\x87\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a-\xD7W__\xFD[a-\xE3\x89\x82\x8A\x01a-QV[\x90\x95P\x93PP``\x87\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a.\x01W__\xFD[a.\r\x89\x82\x8A\x01a-QV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[____`@\x85\x87\x03\x12\x15a.2W__\xFD[\x845`\x01`\x01`@\x1B\x03\x81\x11\x15a.GW__\xFD[a.S\x87\x82\x88\x01a-QV[\x90\x95P\x93PP` \x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a.qW__\xFD[a.}\x87\x82\x88\x01a-QV[\x95\x98\x94\x97P\x95PPPPV[a\xFF\xFF\x81\x16\x81\x14a \xB7W__\xFD[_` \x82\x84\x03\x12\x15a.\xA8W__\xFD[\x815a#-\x81a.\x89V[\x80\x15\x15\x81\x14a \xB7W__\xFD[__`@\x83\x85\x03\x12\x15a.\xD1W__\xFD[a.\xDA\x83a+\xC3V[\x91P` \x83\x015a.\xEA\x81a.\xB3V[\x80\x91PP\x92P\x92\x90PV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0C\xDDWa\x0C\xDDa.\xF5V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_\x82a/NWcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[\x80\x82\x01\x80\x82\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`\x01`\x01`p\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[`\x01`\x01`p\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a0\"W__\xFD[\x81Qa#-\x81a.\xB3V[_` \x82\x84\x03\x12\x15a0=W__\xFD[PQ\x91\x90PV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0C\xDDWa\x0C\xDDa.\xF5V[_` \x82\x84\x03\x12\x15a0pW__\xFD[\x81Qa#-\x81a.\x89V\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Position { uint112 eligible; uint112 pending; uint32 epoch; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Position {
        #[allow(missing_docs)]
        pub eligible: alloy::sol_types::private::primitives::aliases::U112,
        #[allow(missing_docs)]
        pub pending: alloy::sol_types::private::primitives::aliases::U112,
        #[allow(missing_docs)]
        pub epoch: u32,
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
            alloy::sol_types::sol_data::Uint<112>,
            alloy::sol_types::sol_data::Uint<112>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U112,
            alloy::sol_types::private::primitives::aliases::U112,
            u32,
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
        impl ::core::convert::From<Position> for UnderlyingRustTuple<'_> {
            fn from(value: Position) -> Self {
                (value.eligible, value.pending, value.epoch)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Position {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    eligible: tuple.0,
                    pending: tuple.1,
                    epoch: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Position {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Position {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::SolType>::tokenize(&self.eligible),
                    <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::SolType>::tokenize(&self.pending),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
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
        impl alloy_sol_types::SolType for Position {
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
        impl alloy_sol_types::SolStruct for Position {
            const NAME: &'static str = "Position";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Position(uint112 eligible,uint112 pending,uint32 epoch)",
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
                        112,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.eligible)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.pending)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.epoch)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Position {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.eligible,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        112,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pending,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.epoch)
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
                    112,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.eligible,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    112,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pending,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.epoch,
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
    /**Custom error with signature `FeesEpochNotOver(uint64)` and selector `0xa3e5c78e`.
```solidity
error FeesEpochNotOver(uint64 endsAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeesEpochNotOver {
        #[allow(missing_docs)]
        pub endsAt: u64,
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
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
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
        impl ::core::convert::From<FeesEpochNotOver> for UnderlyingRustTuple<'_> {
            fn from(value: FeesEpochNotOver) -> Self {
                (value.endsAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeesEpochNotOver {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { endsAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeesEpochNotOver {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeesEpochNotOver(uint64)";
            const SELECTOR: [u8; 4] = [163u8, 229u8, 199u8, 142u8];
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.endsAt),
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
    /**Custom error with signature `FeesInvalidParameter(bytes32,uint256)` and selector `0xcc8eb8a4`.
```solidity
error FeesInvalidParameter(bytes32 name, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeesInvalidParameter {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<FeesInvalidParameter> for UnderlyingRustTuple<'_> {
            fn from(value: FeesInvalidParameter) -> Self {
                (value.name, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeesInvalidParameter {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    name: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeesInvalidParameter {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeesInvalidParameter(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [204u8, 142u8, 184u8, 164u8];
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
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.name),
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
    /**Custom error with signature `FeesLengthMismatch()` and selector `0xc1775d0c`.
```solidity
error FeesLengthMismatch();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeesLengthMismatch;
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
        impl ::core::convert::From<FeesLengthMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: FeesLengthMismatch) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeesLengthMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeesLengthMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeesLengthMismatch()";
            const SELECTOR: [u8; 4] = [193u8, 119u8, 93u8, 12u8];
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
    /**Custom error with signature `FeesNothingToClaim()` and selector `0x8a6b0eea`.
```solidity
error FeesNothingToClaim();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeesNothingToClaim;
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
        impl ::core::convert::From<FeesNothingToClaim> for UnderlyingRustTuple<'_> {
            fn from(value: FeesNothingToClaim) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeesNothingToClaim {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeesNothingToClaim {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeesNothingToClaim()";
            const SELECTOR: [u8; 4] = [138u8, 107u8, 14u8, 234u8];
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
    /**Custom error with signature `FeesTooManyOperators()` and selector `0xbab3c86c`.
```solidity
error FeesTooManyOperators();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeesTooManyOperators;
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
        impl ::core::convert::From<FeesTooManyOperators> for UnderlyingRustTuple<'_> {
            fn from(value: FeesTooManyOperators) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeesTooManyOperators {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeesTooManyOperators {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeesTooManyOperators()";
            const SELECTOR: [u8; 4] = [186u8, 179u8, 200u8, 108u8];
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
    /**Custom error with signature `FeesUnauthorized()` and selector `0x4938d112`.
```solidity
error FeesUnauthorized();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeesUnauthorized;
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
        impl ::core::convert::From<FeesUnauthorized> for UnderlyingRustTuple<'_> {
            fn from(value: FeesUnauthorized) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeesUnauthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeesUnauthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeesUnauthorized()";
            const SELECTOR: [u8; 4] = [73u8, 56u8, 209u8, 18u8];
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
    /**Custom error with signature `FeesZeroAmount()` and selector `0xd7cf2e38`.
```solidity
error FeesZeroAmount();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FeesZeroAmount;
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
        impl ::core::convert::From<FeesZeroAmount> for UnderlyingRustTuple<'_> {
            fn from(value: FeesZeroAmount) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FeesZeroAmount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FeesZeroAmount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FeesZeroAmount()";
            const SELECTOR: [u8; 4] = [215u8, 207u8, 46u8, 56u8];
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
    /**Custom error with signature `OwnableInvalidOwner(address)` and selector `0x1e4fbdf7`.
```solidity
error OwnableInvalidOwner(address owner);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableInvalidOwner {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<OwnableInvalidOwner> for UnderlyingRustTuple<'_> {
            fn from(value: OwnableInvalidOwner) -> Self {
                (value.owner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OwnableInvalidOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableInvalidOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableInvalidOwner(address)";
            const SELECTOR: [u8; 4] = [30u8, 79u8, 189u8, 247u8];
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
    /**Custom error with signature `OwnableUnauthorizedAccount(address)` and selector `0x118cdaa7`.
```solidity
error OwnableUnauthorizedAccount(address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableUnauthorizedAccount {
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
        impl ::core::convert::From<OwnableUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: OwnableUnauthorizedAccount) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OwnableUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableUnauthorizedAccount(address)";
            const SELECTOR: [u8; 4] = [17u8, 140u8, 218u8, 167u8];
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
    /**Custom error with signature `ReentrancyGuardReentrantCall()` and selector `0x3ee5aeb5`.
```solidity
error ReentrancyGuardReentrantCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReentrancyGuardReentrantCall;
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
        impl ::core::convert::From<ReentrancyGuardReentrantCall>
        for UnderlyingRustTuple<'_> {
            fn from(value: ReentrancyGuardReentrantCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ReentrancyGuardReentrantCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReentrancyGuardReentrantCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReentrancyGuardReentrantCall()";
            const SELECTOR: [u8; 4] = [62u8, 229u8, 174u8, 181u8];
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
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
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
    /**Event with signature `AddressUpdated(bytes32,address,address)` and selector `0xcdf1e7eac5794ecc1d1bdbabf566f623cbf8cb594bfcd322aff6be2f9ee8e5b1`.
```solidity
event AddressUpdated(bytes32 indexed name, address oldValue, address newValue);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AddressUpdated {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub oldValue: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newValue: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for AddressUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "AddressUpdated(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                205u8, 241u8, 231u8, 234u8, 197u8, 121u8, 78u8, 204u8, 29u8, 27u8, 219u8,
                171u8, 245u8, 102u8, 246u8, 35u8, 203u8, 248u8, 203u8, 89u8, 75u8, 252u8,
                211u8, 34u8, 175u8, 246u8, 190u8, 47u8, 158u8, 232u8, 229u8, 177u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    name: topics.1,
                    oldValue: data.0,
                    newValue: data.1,
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
                        &self.oldValue,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newValue,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.name.clone())
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.name);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AddressUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AddressUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AddressUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommissionClaimed(address,address,uint256)` and selector `0x45517d74a07b4417542d55456acbfe408eca77515afc6af80eecfabd4163fcaf`.
```solidity
event CommissionClaimed(address indexed operator, address to, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CommissionClaimed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for CommissionClaimed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CommissionClaimed(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                69u8, 81u8, 125u8, 116u8, 160u8, 123u8, 68u8, 23u8, 84u8, 45u8, 85u8,
                69u8, 106u8, 203u8, 254u8, 64u8, 142u8, 202u8, 119u8, 81u8, 90u8, 252u8,
                106u8, 248u8, 14u8, 236u8, 250u8, 189u8, 65u8, 99u8, 252u8, 175u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    to: data.0,
                    amount: data.1,
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
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
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
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommissionClaimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommissionClaimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CommissionClaimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EpochClosed(uint32,uint256,uint256,uint256,uint64)` and selector `0xa0756939a3084cb0070010ddbd811cf1be9c03b96363a001eda566c89cb97a8a`.
```solidity
event EpochClosed(uint32 indexed epoch, uint256 fees, uint256 distributed, uint256 carried, uint64 nextEpochStart);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EpochClosed {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub fees: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub distributed: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub carried: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub nextEpochStart: u64,
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
        impl alloy_sol_types::SolEvent for EpochClosed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "EpochClosed(uint32,uint256,uint256,uint256,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                160u8, 117u8, 105u8, 57u8, 163u8, 8u8, 76u8, 176u8, 7u8, 0u8, 16u8,
                221u8, 189u8, 129u8, 28u8, 241u8, 190u8, 156u8, 3u8, 185u8, 99u8, 99u8,
                160u8, 1u8, 237u8, 165u8, 102u8, 200u8, 156u8, 185u8, 122u8, 138u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    fees: data.0,
                    distributed: data.1,
                    carried: data.2,
                    nextEpochStart: data.3,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.fees),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.distributed),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.carried),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.nextEpochStart),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.epoch.clone())
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EpochClosed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EpochClosed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EpochClosed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeesAttributed(uint32,bytes32,address,uint256,uint256)` and selector `0x3bd5027d90019acdcc39e134ddeda1b5b56c4881ed4ad6f0a903b34c6465b9d9`.
```solidity
event FeesAttributed(uint32 indexed epoch, bytes32 indexed sourceId, address indexed operator, uint256 amount, uint256 net);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FeesAttributed {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub sourceId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub net: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for FeesAttributed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "FeesAttributed(uint32,bytes32,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                59u8, 213u8, 2u8, 125u8, 144u8, 1u8, 154u8, 205u8, 204u8, 57u8, 225u8,
                52u8, 221u8, 237u8, 161u8, 181u8, 181u8, 108u8, 72u8, 129u8, 237u8, 74u8,
                214u8, 240u8, 169u8, 3u8, 179u8, 76u8, 100u8, 101u8, 185u8, 217u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    sourceId: topics.2,
                    operator: topics.3,
                    amount: data.0,
                    net: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.net),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.epoch.clone(),
                    self.sourceId.clone(),
                    self.operator.clone(),
                )
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.sourceId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FeesAttributed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeesAttributed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeesAttributed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeesDeposited(uint32,uint8,bytes32,address,uint256,uint256)` and selector `0x7b7f27abebb502887d3c0a5629c30b673727a54298d7231c7f14e5a6b6b2b170`.
```solidity
event FeesDeposited(uint32 indexed epoch, IFeeDistributor.FeeSource indexed source, bytes32 indexed sourceId, address payer, uint256 amount, uint256 toTreasury);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FeesDeposited {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub source: <IFeeDistributor::FeeSource as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sourceId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub payer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub toTreasury: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for FeesDeposited {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                IFeeDistributor::FeeSource,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "FeesDeposited(uint32,uint8,bytes32,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                123u8, 127u8, 39u8, 171u8, 235u8, 181u8, 2u8, 136u8, 125u8, 60u8, 10u8,
                86u8, 41u8, 195u8, 11u8, 103u8, 55u8, 39u8, 165u8, 66u8, 152u8, 215u8,
                35u8, 28u8, 127u8, 20u8, 229u8, 166u8, 182u8, 178u8, 177u8, 112u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    source: topics.2,
                    sourceId: topics.3,
                    payer: data.0,
                    amount: data.1,
                    toTreasury: data.2,
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
                        &self.payer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.toTreasury),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.epoch.clone(),
                    self.source.clone(),
                    self.sourceId.clone(),
                )
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                out[2usize] = <IFeeDistributor::FeeSource as alloy_sol_types::EventTopic>::encode_topic(
                    &self.source,
                );
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.sourceId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FeesDeposited {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeesDeposited> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeesDeposited) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OperatorRewarded(uint32,address,uint256,uint256,uint256,uint256,uint256)` and selector `0xdda240a1b6e2504c6a27f752baa2b09dfce54c794ac0e49821cf7a38339a5d1d`.
```solidity
event OperatorRewarded(uint32 indexed epoch, address indexed operator, uint256 amount, uint256 commission, uint256 delegatorRewards, uint256 accRewardPerShare, uint256 eligibleShares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OperatorRewarded {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commission: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatorRewards: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub accRewardPerShare: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub eligibleShares: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for OperatorRewarded {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OperatorRewarded(uint32,address,uint256,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                221u8, 162u8, 64u8, 161u8, 182u8, 226u8, 80u8, 76u8, 106u8, 39u8, 247u8,
                82u8, 186u8, 162u8, 176u8, 157u8, 252u8, 229u8, 76u8, 121u8, 74u8, 192u8,
                228u8, 152u8, 33u8, 207u8, 122u8, 56u8, 51u8, 154u8, 93u8, 29u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    commission: data.1,
                    delegatorRewards: data.2,
                    accRewardPerShare: data.3,
                    eligibleShares: data.4,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commission),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatorRewards),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.accRewardPerShare),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.eligibleShares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.epoch.clone(), self.operator.clone())
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OperatorRewarded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OperatorRewarded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OperatorRewarded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferred(address,address)` and selector `0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0`.
```solidity
event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferred {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for OwnershipTransferred {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferred(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
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
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
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
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnershipTransferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ParameterUpdated(bytes32,uint256,uint256)` and selector `0x181250cd1632d56acc747b0593f37b4aa08ed71df64928a8f35988dacea9f8fd`.
```solidity
event ParameterUpdated(bytes32 indexed name, uint256 oldValue, uint256 newValue);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ParameterUpdated {
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub oldValue: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newValue: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for ParameterUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "ParameterUpdated(bytes32,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                24u8, 18u8, 80u8, 205u8, 22u8, 50u8, 213u8, 106u8, 204u8, 116u8, 123u8,
                5u8, 147u8, 243u8, 123u8, 74u8, 160u8, 142u8, 215u8, 29u8, 246u8, 73u8,
                40u8, 168u8, 243u8, 89u8, 136u8, 218u8, 206u8, 169u8, 248u8, 253u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    name: topics.1,
                    oldValue: data.0,
                    newValue: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.oldValue),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newValue),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.name.clone())
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.name);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ParameterUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ParameterUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ParameterUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RewardsClaimed(address,address,address,uint256)` and selector `0x5637d7f962248a7f05a7ab69eec6446e31f3d0a299d997f135a65c62806e7891`.
```solidity
event RewardsClaimed(address indexed operator, address indexed staker, address to, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RewardsClaimed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for RewardsClaimed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RewardsClaimed(address,address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                86u8, 55u8, 215u8, 249u8, 98u8, 36u8, 138u8, 127u8, 5u8, 167u8, 171u8,
                105u8, 238u8, 198u8, 68u8, 110u8, 49u8, 243u8, 208u8, 162u8, 153u8,
                217u8, 151u8, 241u8, 53u8, 166u8, 92u8, 98u8, 128u8, 110u8, 120u8, 145u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    staker: topics.2,
                    to: data.0,
                    amount: data.1,
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
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone(), self.staker.clone())
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
                    &self.operator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.staker,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RewardsClaimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RewardsClaimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RewardsClaimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `WorkRecorded(uint32,address,uint256,uint256)` and selector `0x2461e08765154b451c8e8f6f05905ec1c7fdf0809d19085647104dc212578958`.
```solidity
event WorkRecorded(uint32 indexed epoch, address indexed operator, uint256 work, uint256 totalWork);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct WorkRecorded {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub work: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub totalWork: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for WorkRecorded {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "WorkRecorded(uint32,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                36u8, 97u8, 224u8, 135u8, 101u8, 21u8, 75u8, 69u8, 28u8, 142u8, 143u8,
                111u8, 5u8, 144u8, 94u8, 193u8, 199u8, 253u8, 240u8, 128u8, 157u8, 25u8,
                8u8, 86u8, 71u8, 16u8, 77u8, 194u8, 18u8, 87u8, 137u8, 88u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    operator: topics.2,
                    work: data.0,
                    totalWork: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.work),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.totalWork),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.epoch.clone(), self.operator.clone())
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for WorkRecorded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&WorkRecorded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &WorkRecorded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `WorkReporterSet(address,bool)` and selector `0xc7670d305b24b0d0bf174d078a8b25a8d4d42836f5c613b4190e0884d16f4a98`.
```solidity
event WorkReporterSet(address indexed reporter, bool allowed);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct WorkReporterSet {
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub allowed: bool,
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
        impl alloy_sol_types::SolEvent for WorkReporterSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "WorkReporterSet(address,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                199u8, 103u8, 13u8, 48u8, 91u8, 36u8, 176u8, 208u8, 191u8, 23u8, 77u8,
                7u8, 138u8, 139u8, 37u8, 168u8, 212u8, 212u8, 40u8, 54u8, 245u8, 198u8,
                19u8, 180u8, 25u8, 14u8, 8u8, 132u8, 209u8, 111u8, 74u8, 152u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    reporter: topics.1,
                    allowed: data.0,
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
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.allowed,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.reporter.clone())
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
                    &self.reporter,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for WorkReporterSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&WorkReporterSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &WorkReporterSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address token_, address staking_, address owner_, address treasury_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub token_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub staking_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub owner_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
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
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.token_, value.staking_, value.owner_, value.treasury_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        token_: tuple.0,
                        staking_: tuple.1,
                        owner_: tuple.2,
                        treasury_: tuple.3,
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
                alloy::sol_types::sol_data::Address,
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
                        &self.token_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staking_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ACC_SCALE()` and selector `0x6afc511b`.
```solidity
function ACC_SCALE() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ACC_SCALECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ACC_SCALE()`](ACC_SCALECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ACC_SCALEReturn {
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
            impl ::core::convert::From<ACC_SCALECall> for UnderlyingRustTuple<'_> {
                fn from(value: ACC_SCALECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ACC_SCALECall {
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
            impl ::core::convert::From<ACC_SCALEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ACC_SCALEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ACC_SCALEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ACC_SCALECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ACC_SCALE()";
            const SELECTOR: [u8; 4] = [106u8, 252u8, 81u8, 27u8];
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
                        let r: ACC_SCALEReturn = r.into();
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
                        let r: ACC_SCALEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `BIPS()` and selector `0xf7050031`.
```solidity
function BIPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BIPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`BIPS()`](BIPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BIPSReturn {
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
            impl ::core::convert::From<BIPSCall> for UnderlyingRustTuple<'_> {
                fn from(value: BIPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BIPSCall {
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
            impl ::core::convert::From<BIPSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: BIPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for BIPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for BIPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BIPS()";
            const SELECTOR: [u8; 4] = [247u8, 5u8, 0u8, 49u8];
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
                        let r: BIPSReturn = r.into();
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
                        let r: BIPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_OPERATORS_PER_EPOCH()` and selector `0x27a0bc81`.
```solidity
function MAX_OPERATORS_PER_EPOCH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_OPERATORS_PER_EPOCHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_OPERATORS_PER_EPOCH()`](MAX_OPERATORS_PER_EPOCHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_OPERATORS_PER_EPOCHReturn {
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
            impl ::core::convert::From<MAX_OPERATORS_PER_EPOCHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_OPERATORS_PER_EPOCHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_OPERATORS_PER_EPOCHCall {
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
            impl ::core::convert::From<MAX_OPERATORS_PER_EPOCHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_OPERATORS_PER_EPOCHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_OPERATORS_PER_EPOCHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_OPERATORS_PER_EPOCHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_OPERATORS_PER_EPOCH()";
            const SELECTOR: [u8; 4] = [39u8, 160u8, 188u8, 129u8];
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
                        let r: MAX_OPERATORS_PER_EPOCHReturn = r.into();
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
                        let r: MAX_OPERATORS_PER_EPOCHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_WORK()` and selector `0xae4ef39f`.
```solidity
function MAX_WORK() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_WORKCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_WORK()`](MAX_WORKCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_WORKReturn {
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
            impl ::core::convert::From<MAX_WORKCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_WORKCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_WORKCall {
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
            impl ::core::convert::From<MAX_WORKReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_WORKReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_WORKReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_WORKCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_WORK()";
            const SELECTOR: [u8; 4] = [174u8, 78u8, 243u8, 159u8];
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
                        let r: MAX_WORKReturn = r.into();
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
                        let r: MAX_WORKReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `accRewardPerShare(address)` and selector `0x5dcea4d4`.
```solidity
function accRewardPerShare(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accRewardPerShareCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`accRewardPerShare(address)`](accRewardPerShareCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accRewardPerShareReturn {
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
            impl ::core::convert::From<accRewardPerShareCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: accRewardPerShareCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for accRewardPerShareCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
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
            impl ::core::convert::From<accRewardPerShareReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: accRewardPerShareReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for accRewardPerShareReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for accRewardPerShareCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "accRewardPerShare(address)";
            const SELECTOR: [u8; 4] = [93u8, 206u8, 164u8, 212u8];
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
                        &self.operator,
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
                        let r: accRewardPerShareReturn = r.into();
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
                        let r: accRewardPerShareReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attributedOf(uint32,address)` and selector `0x852e793f`.
```solidity
function attributedOf(uint32 epoch, address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attributedOfCall {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attributedOf(uint32,address)`](attributedOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attributedOfReturn {
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
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Address);
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
            impl ::core::convert::From<attributedOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: attributedOfCall) -> Self {
                    (value.epoch, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attributedOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        epoch: tuple.0,
                        operator: tuple.1,
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
            impl ::core::convert::From<attributedOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attributedOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attributedOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attributedOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attributedOf(uint32,address)";
            const SELECTOR: [u8; 4] = [133u8, 46u8, 121u8, 63u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
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
                        let r: attributedOfReturn = r.into();
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
                        let r: attributedOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claim(address,address)` and selector `0x21c0b342`.
```solidity
function claim(address operator, address to) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claim(address,address)`](claimCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<claimCall> for UnderlyingRustTuple<'_> {
                fn from(value: claimCall) -> Self {
                    (value.operator, value.to)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        to: tuple.1,
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
            impl ::core::convert::From<claimReturn> for UnderlyingRustTuple<'_> {
                fn from(value: claimReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claim(address,address)";
            const SELECTOR: [u8; 4] = [33u8, 192u8, 179u8, 66u8];
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
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
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
                        let r: claimReturn = r.into();
                        r.amount
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
                        let r: claimReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claimCommission(address)` and selector `0xac2ac640`.
```solidity
function claimCommission(address to) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimCommissionCall {
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimCommission(address)`](claimCommissionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimCommissionReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<claimCommissionCall> for UnderlyingRustTuple<'_> {
                fn from(value: claimCommissionCall) -> Self {
                    (value.to,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimCommissionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { to: tuple.0 }
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
            impl ::core::convert::From<claimCommissionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimCommissionReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimCommissionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimCommissionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimCommission(address)";
            const SELECTOR: [u8; 4] = [172u8, 42u8, 198u8, 64u8];
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
                        &self.to,
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
                        let r: claimCommissionReturn = r.into();
                        r.amount
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
                        let r: claimCommissionReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claimable(address,address)` and selector `0xd4570c1c`.
```solidity
function claimable(address operator, address staker) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimableCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimable(address,address)`](claimableCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimableReturn {
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
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<claimableCall> for UnderlyingRustTuple<'_> {
                fn from(value: claimableCall) -> Self {
                    (value.operator, value.staker)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimableCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        staker: tuple.1,
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
            impl ::core::convert::From<claimableReturn> for UnderlyingRustTuple<'_> {
                fn from(value: claimableReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimableReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimableCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimable(address,address)";
            const SELECTOR: [u8; 4] = [212u8, 87u8, 12u8, 28u8];
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
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
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
                        let r: claimableReturn = r.into();
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
                        let r: claimableReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `closeEpoch()` and selector `0xcdd5f2c8`.
```solidity
function closeEpoch() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeEpochCall;
    ///Container type for the return parameters of the [`closeEpoch()`](closeEpochCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeEpochReturn {}
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
            impl ::core::convert::From<closeEpochCall> for UnderlyingRustTuple<'_> {
                fn from(value: closeEpochCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeEpochCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<closeEpochReturn> for UnderlyingRustTuple<'_> {
                fn from(value: closeEpochReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeEpochReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl closeEpochReturn {
            fn _tokenize(
                &self,
            ) -> <closeEpochCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for closeEpochCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = closeEpochReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "closeEpoch()";
            const SELECTOR: [u8; 4] = [205u8, 213u8, 242u8, 200u8];
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
                closeEpochReturn::_tokenize(ret)
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
    /**Function with signature `commissionClaimable(address)` and selector `0xfdbaab1e`.
```solidity
function commissionClaimable(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commissionClaimableCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`commissionClaimable(address)`](commissionClaimableCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commissionClaimableReturn {
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
            impl ::core::convert::From<commissionClaimableCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: commissionClaimableCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commissionClaimableCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
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
            impl ::core::convert::From<commissionClaimableReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: commissionClaimableReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for commissionClaimableReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commissionClaimableCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commissionClaimable(address)";
            const SELECTOR: [u8; 4] = [253u8, 186u8, 171u8, 30u8];
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
                        &self.operator,
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
                        let r: commissionClaimableReturn = r.into();
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
                        let r: commissionClaimableReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `depositAttributedFees(uint8,bytes32,address[],uint256[])` and selector `0xd163ca6c`.
```solidity
function depositAttributedFees(IFeeDistributor.FeeSource source, bytes32 sourceId, address[] memory operators, uint256[] memory amounts) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositAttributedFeesCall {
        #[allow(missing_docs)]
        pub source: <IFeeDistributor::FeeSource as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sourceId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub operators: alloy::sol_types::private::Vec<
            alloy::sol_types::private::Address,
        >,
        #[allow(missing_docs)]
        pub amounts: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
    }
    ///Container type for the return parameters of the [`depositAttributedFees(uint8,bytes32,address[],uint256[])`](depositAttributedFeesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositAttributedFeesReturn {}
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
                IFeeDistributor::FeeSource,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IFeeDistributor::FeeSource as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<depositAttributedFeesCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: depositAttributedFeesCall) -> Self {
                    (value.source, value.sourceId, value.operators, value.amounts)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for depositAttributedFeesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        source: tuple.0,
                        sourceId: tuple.1,
                        operators: tuple.2,
                        amounts: tuple.3,
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
            impl ::core::convert::From<depositAttributedFeesReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: depositAttributedFeesReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for depositAttributedFeesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl depositAttributedFeesReturn {
            fn _tokenize(
                &self,
            ) -> <depositAttributedFeesCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for depositAttributedFeesCall {
            type Parameters<'a> = (
                IFeeDistributor::FeeSource,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = depositAttributedFeesReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "depositAttributedFees(uint8,bytes32,address[],uint256[])";
            const SELECTOR: [u8; 4] = [209u8, 99u8, 202u8, 108u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IFeeDistributor::FeeSource as alloy_sol_types::SolType>::tokenize(
                        &self.source,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.sourceId),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.operators),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.amounts),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                depositAttributedFeesReturn::_tokenize(ret)
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
    /**Function with signature `depositFees(uint8,bytes32,uint256)` and selector `0x037e4ebd`.
```solidity
function depositFees(IFeeDistributor.FeeSource source, bytes32 sourceId, uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositFeesCall {
        #[allow(missing_docs)]
        pub source: <IFeeDistributor::FeeSource as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sourceId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`depositFees(uint8,bytes32,uint256)`](depositFeesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositFeesReturn {}
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
                IFeeDistributor::FeeSource,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IFeeDistributor::FeeSource as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<depositFeesCall> for UnderlyingRustTuple<'_> {
                fn from(value: depositFeesCall) -> Self {
                    (value.source, value.sourceId, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositFeesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        source: tuple.0,
                        sourceId: tuple.1,
                        amount: tuple.2,
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
            impl ::core::convert::From<depositFeesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: depositFeesReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositFeesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl depositFeesReturn {
            fn _tokenize(
                &self,
            ) -> <depositFeesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for depositFeesCall {
            type Parameters<'a> = (
                IFeeDistributor::FeeSource,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = depositFeesReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "depositFees(uint8,bytes32,uint256)";
            const SELECTOR: [u8; 4] = [3u8, 126u8, 78u8, 189u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IFeeDistributor::FeeSource as alloy_sol_types::SolType>::tokenize(
                        &self.source,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.sourceId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                depositFeesReturn::_tokenize(ret)
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
    /**Function with signature `epochAttributed(uint32)` and selector `0xac4ed371`.
```solidity
function epochAttributed(uint32 epoch) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochAttributedCall {
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`epochAttributed(uint32)`](epochAttributedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochAttributedReturn {
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
            impl ::core::convert::From<epochAttributedCall> for UnderlyingRustTuple<'_> {
                fn from(value: epochAttributedCall) -> Self {
                    (value.epoch,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochAttributedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0 }
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
            impl ::core::convert::From<epochAttributedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: epochAttributedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for epochAttributedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for epochAttributedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "epochAttributed(uint32)";
            const SELECTOR: [u8; 4] = [172u8, 78u8, 211u8, 113u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
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
                        let r: epochAttributedReturn = r.into();
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
                        let r: epochAttributedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `epochFees(uint32)` and selector `0x977db497`.
```solidity
function epochFees(uint32 epoch) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochFeesCall {
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`epochFees(uint32)`](epochFeesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochFeesReturn {
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
            impl ::core::convert::From<epochFeesCall> for UnderlyingRustTuple<'_> {
                fn from(value: epochFeesCall) -> Self {
                    (value.epoch,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochFeesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0 }
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
            impl ::core::convert::From<epochFeesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: epochFeesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochFeesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for epochFeesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "epochFees(uint32)";
            const SELECTOR: [u8; 4] = [151u8, 125u8, 180u8, 151u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
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
                        let r: epochFeesReturn = r.into();
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
                        let r: epochFeesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `epochInfo()` and selector `0x1f1b8a8c`.
```solidity
function epochInfo() external view returns (uint32 epoch, uint64 startedAt, uint64 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochInfoCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`epochInfo()`](epochInfoCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochInfoReturn {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub startedAt: u64,
        #[allow(missing_docs)]
        pub length: u64,
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
            impl ::core::convert::From<epochInfoCall> for UnderlyingRustTuple<'_> {
                fn from(value: epochInfoCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochInfoCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, u64, u64);
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
            impl ::core::convert::From<epochInfoReturn> for UnderlyingRustTuple<'_> {
                fn from(value: epochInfoReturn) -> Self {
                    (value.epoch, value.startedAt, value.length)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochInfoReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        epoch: tuple.0,
                        startedAt: tuple.1,
                        length: tuple.2,
                    }
                }
            }
        }
        impl epochInfoReturn {
            fn _tokenize(
                &self,
            ) -> <epochInfoCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.startedAt),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for epochInfoCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = epochInfoReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "epochInfo()";
            const SELECTOR: [u8; 4] = [31u8, 27u8, 138u8, 140u8];
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
                epochInfoReturn::_tokenize(ret)
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
    /**Function with signature `epochOperators(uint32)` and selector `0x35fb701e`.
```solidity
function epochOperators(uint32 epoch) external view returns (address[] memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochOperatorsCall {
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`epochOperators(uint32)`](epochOperatorsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochOperatorsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<epochOperatorsCall> for UnderlyingRustTuple<'_> {
                fn from(value: epochOperatorsCall) -> Self {
                    (value.epoch,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochOperatorsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<epochOperatorsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: epochOperatorsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for epochOperatorsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for epochOperatorsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<
                alloy::sol_types::private::Address,
            >;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "epochOperators(uint32)";
            const SELECTOR: [u8; 4] = [53u8, 251u8, 112u8, 30u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: epochOperatorsReturn = r.into();
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
                        let r: epochOperatorsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isWorkReporter(address)` and selector `0x84c9b7e1`.
```solidity
function isWorkReporter(address reporter) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isWorkReporterCall {
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isWorkReporter(address)`](isWorkReporterCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isWorkReporterReturn {
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
            impl ::core::convert::From<isWorkReporterCall> for UnderlyingRustTuple<'_> {
                fn from(value: isWorkReporterCall) -> Self {
                    (value.reporter,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isWorkReporterCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { reporter: tuple.0 }
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
            impl ::core::convert::From<isWorkReporterReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: isWorkReporterReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isWorkReporterReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isWorkReporterCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isWorkReporter(address)";
            const SELECTOR: [u8; 4] = [132u8, 201u8, 183u8, 225u8];
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
                        &self.reporter,
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
                        let r: isWorkReporterReturn = r.into();
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
                        let r: isWorkReporterReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nextEpochLength()` and selector `0x07284ce9`.
```solidity
function nextEpochLength() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nextEpochLengthCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nextEpochLength()`](nextEpochLengthCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nextEpochLengthReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
            impl ::core::convert::From<nextEpochLengthCall> for UnderlyingRustTuple<'_> {
                fn from(value: nextEpochLengthCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nextEpochLengthCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
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
            impl ::core::convert::From<nextEpochLengthReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: nextEpochLengthReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for nextEpochLengthReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nextEpochLengthCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nextEpochLength()";
            const SELECTOR: [u8; 4] = [7u8, 40u8, 76u8, 233u8];
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nextEpochLengthReturn = r.into();
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
                        let r: nextEpochLengthReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onSharesAdded(address,address,uint256)` and selector `0x13a46cd6`.
```solidity
function onSharesAdded(address operator, address staker, uint256 shares) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSharesAddedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`onSharesAdded(address,address,uint256)`](onSharesAddedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSharesAddedReturn {}
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
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<onSharesAddedCall> for UnderlyingRustTuple<'_> {
                fn from(value: onSharesAddedCall) -> Self {
                    (value.operator, value.staker, value.shares)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSharesAddedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        staker: tuple.1,
                        shares: tuple.2,
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
            impl ::core::convert::From<onSharesAddedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: onSharesAddedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSharesAddedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl onSharesAddedReturn {
            fn _tokenize(
                &self,
            ) -> <onSharesAddedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onSharesAddedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = onSharesAddedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onSharesAdded(address,address,uint256)";
            const SELECTOR: [u8; 4] = [19u8, 164u8, 108u8, 214u8];
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
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                onSharesAddedReturn::_tokenize(ret)
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
    /**Function with signature `onSharesRemoved(address,address,uint256)` and selector `0xb40d7e33`.
```solidity
function onSharesRemoved(address operator, address staker, uint256 shares) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSharesRemovedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`onSharesRemoved(address,address,uint256)`](onSharesRemovedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSharesRemovedReturn {}
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
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<onSharesRemovedCall> for UnderlyingRustTuple<'_> {
                fn from(value: onSharesRemovedCall) -> Self {
                    (value.operator, value.staker, value.shares)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSharesRemovedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        staker: tuple.1,
                        shares: tuple.2,
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
            impl ::core::convert::From<onSharesRemovedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onSharesRemovedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onSharesRemovedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl onSharesRemovedReturn {
            fn _tokenize(
                &self,
            ) -> <onSharesRemovedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onSharesRemovedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = onSharesRemovedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onSharesRemoved(address,address,uint256)";
            const SELECTOR: [u8; 4] = [180u8, 13u8, 126u8, 51u8];
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
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                onSharesRemovedReturn::_tokenize(ret)
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
    /**Function with signature `owner()` and selector `0x8da5cb5b`.
```solidity
function owner() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owner()`](ownerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerReturn {
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
            impl ::core::convert::From<ownerCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerCall {
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
            impl ::core::convert::From<ownerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owner()";
            const SELECTOR: [u8; 4] = [141u8, 165u8, 203u8, 91u8];
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
                        let r: ownerReturn = r.into();
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
                        let r: ownerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `positionOf(address,address)` and selector `0x892f928e`.
```solidity
function positionOf(address operator, address staker) external view returns (Position memory p);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct positionOfCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub staker: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`positionOf(address,address)`](positionOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct positionOfReturn {
        #[allow(missing_docs)]
        pub p: <Position as alloy::sol_types::SolType>::RustType,
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
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<positionOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: positionOfCall) -> Self {
                    (value.operator, value.staker)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for positionOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        staker: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Position,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <Position as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<positionOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: positionOfReturn) -> Self {
                    (value.p,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for positionOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { p: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for positionOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Position as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Position,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "positionOf(address,address)";
            const SELECTOR: [u8; 4] = [137u8, 47u8, 146u8, 142u8];
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
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.staker,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<Position as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: positionOfReturn = r.into();
                        r.p
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
                        let r: positionOfReturn = r.into();
                        r.p
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `recordWork(address[],uint256[])` and selector `0xd504b00b`.
```solidity
function recordWork(address[] memory operators, uint256[] memory work) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct recordWorkCall {
        #[allow(missing_docs)]
        pub operators: alloy::sol_types::private::Vec<
            alloy::sol_types::private::Address,
        >,
        #[allow(missing_docs)]
        pub work: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
    }
    ///Container type for the return parameters of the [`recordWork(address[],uint256[])`](recordWorkCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct recordWorkReturn {}
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
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<recordWorkCall> for UnderlyingRustTuple<'_> {
                fn from(value: recordWorkCall) -> Self {
                    (value.operators, value.work)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for recordWorkCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operators: tuple.0,
                        work: tuple.1,
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
            impl ::core::convert::From<recordWorkReturn> for UnderlyingRustTuple<'_> {
                fn from(value: recordWorkReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for recordWorkReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl recordWorkReturn {
            fn _tokenize(
                &self,
            ) -> <recordWorkCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for recordWorkCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = recordWorkReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "recordWork(address[],uint256[])";
            const SELECTOR: [u8; 4] = [213u8, 4u8, 176u8, 11u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.operators),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.work),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                recordWorkReturn::_tokenize(ret)
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
    /**Function with signature `renounceOwnership()` and selector `0x715018a6`.
```solidity
function renounceOwnership() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipCall;
    ///Container type for the return parameters of the [`renounceOwnership()`](renounceOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipReturn {}
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
            impl ::core::convert::From<renounceOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<renounceOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <renounceOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceOwnership()";
            const SELECTOR: [u8; 4] = [113u8, 80u8, 24u8, 166u8];
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
                renounceOwnershipReturn::_tokenize(ret)
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
    /**Function with signature `rewardPool(address)` and selector `0x1bcda198`.
```solidity
function rewardPool(address operator) external view returns (IFeeDistributor.RewardPool memory rp);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rewardPoolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`rewardPool(address)`](rewardPoolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rewardPoolReturn {
        #[allow(missing_docs)]
        pub rp: <IFeeDistributor::RewardPool as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<rewardPoolCall> for UnderlyingRustTuple<'_> {
                fn from(value: rewardPoolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rewardPoolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IFeeDistributor::RewardPool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IFeeDistributor::RewardPool as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<rewardPoolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: rewardPoolReturn) -> Self {
                    (value.rp,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rewardPoolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { rp: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rewardPoolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IFeeDistributor::RewardPool as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IFeeDistributor::RewardPool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "rewardPool(address)";
            const SELECTOR: [u8; 4] = [27u8, 205u8, 161u8, 152u8];
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
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IFeeDistributor::RewardPool as alloy_sol_types::SolType>::tokenize(
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
                        let r: rewardPoolReturn = r.into();
                        r.rp
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
                        let r: rewardPoolReturn = r.into();
                        r.rp
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setEpochLength(uint64)` and selector `0x38b2393d`.
```solidity
function setEpochLength(uint64 length) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEpochLengthCall {
        #[allow(missing_docs)]
        pub length: u64,
    }
    ///Container type for the return parameters of the [`setEpochLength(uint64)`](setEpochLengthCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEpochLengthReturn {}
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
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
            impl ::core::convert::From<setEpochLengthCall> for UnderlyingRustTuple<'_> {
                fn from(value: setEpochLengthCall) -> Self {
                    (value.length,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setEpochLengthCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { length: tuple.0 }
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
            impl ::core::convert::From<setEpochLengthReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEpochLengthReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEpochLengthReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setEpochLengthReturn {
            fn _tokenize(
                &self,
            ) -> <setEpochLengthCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEpochLengthCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEpochLengthReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setEpochLength(uint64)";
            const SELECTOR: [u8; 4] = [56u8, 178u8, 57u8, 61u8];
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
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setEpochLengthReturn::_tokenize(ret)
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
    /**Function with signature `setTreasury(address)` and selector `0xf0f44260`.
```solidity
function setTreasury(address treasury_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryCall {
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setTreasury(address)`](setTreasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryReturn {}
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
            impl ::core::convert::From<setTreasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryCall) -> Self {
                    (value.treasury_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { treasury_: tuple.0 }
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
            impl ::core::convert::From<setTreasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setTreasuryReturn {
            fn _tokenize(
                &self,
            ) -> <setTreasuryCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setTreasuryCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setTreasuryReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setTreasury(address)";
            const SELECTOR: [u8; 4] = [240u8, 244u8, 66u8, 96u8];
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
                        &self.treasury_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setTreasuryReturn::_tokenize(ret)
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
    /**Function with signature `setTreasuryBips(uint16)` and selector `0xf0dd4d73`.
```solidity
function setTreasuryBips(uint16 bips) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryBipsCall {
        #[allow(missing_docs)]
        pub bips: u16,
    }
    ///Container type for the return parameters of the [`setTreasuryBips(uint16)`](setTreasuryBipsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryBipsReturn {}
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
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
            impl ::core::convert::From<setTreasuryBipsCall> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryBipsCall) -> Self {
                    (value.bips,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryBipsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bips: tuple.0 }
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
            impl ::core::convert::From<setTreasuryBipsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryBipsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setTreasuryBipsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setTreasuryBipsReturn {
            fn _tokenize(
                &self,
            ) -> <setTreasuryBipsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setTreasuryBipsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setTreasuryBipsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setTreasuryBips(uint16)";
            const SELECTOR: [u8; 4] = [240u8, 221u8, 77u8, 115u8];
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
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setTreasuryBipsReturn::_tokenize(ret)
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
    /**Function with signature `setWorkReporter(address,bool)` and selector `0xf13c801d`.
```solidity
function setWorkReporter(address reporter, bool allowed) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setWorkReporterCall {
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub allowed: bool,
    }
    ///Container type for the return parameters of the [`setWorkReporter(address,bool)`](setWorkReporterCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setWorkReporterReturn {}
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
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, bool);
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
            impl ::core::convert::From<setWorkReporterCall> for UnderlyingRustTuple<'_> {
                fn from(value: setWorkReporterCall) -> Self {
                    (value.reporter, value.allowed)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setWorkReporterCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        reporter: tuple.0,
                        allowed: tuple.1,
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
            impl ::core::convert::From<setWorkReporterReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setWorkReporterReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setWorkReporterReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setWorkReporterReturn {
            fn _tokenize(
                &self,
            ) -> <setWorkReporterCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setWorkReporterCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setWorkReporterReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setWorkReporter(address,bool)";
            const SELECTOR: [u8; 4] = [241u8, 60u8, 128u8, 29u8];
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
                        &self.reporter,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.allowed,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setWorkReporterReturn::_tokenize(ret)
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
    /**Function with signature `totals()` and selector `0xc038a38e`.
```solidity
function totals() external view returns (uint256 paidIn, uint256 toTreasury, uint256 claimed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`totals()`](totalsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalsReturn {
        #[allow(missing_docs)]
        pub paidIn: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub toTreasury: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub claimed: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<totalsCall> for UnderlyingRustTuple<'_> {
                fn from(value: totalsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<totalsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: totalsReturn) -> Self {
                    (value.paidIn, value.toTreasury, value.claimed)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        paidIn: tuple.0,
                        toTreasury: tuple.1,
                        claimed: tuple.2,
                    }
                }
            }
        }
        impl totalsReturn {
            fn _tokenize(
                &self,
            ) -> <totalsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.paidIn),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.toTreasury),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.claimed),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for totalsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = totalsReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "totals()";
            const SELECTOR: [u8; 4] = [192u8, 56u8, 163u8, 142u8];
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
                totalsReturn::_tokenize(ret)
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
    /**Function with signature `transferOwnership(address)` and selector `0xf2fde38b`.
```solidity
function transferOwnership(address newOwner) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipCall {
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`transferOwnership(address)`](transferOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipReturn {}
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
            impl ::core::convert::From<transferOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipCall) -> Self {
                    (value.newOwner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newOwner: tuple.0 }
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
            impl ::core::convert::From<transferOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <transferOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferOwnershipCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferOwnership(address)";
            const SELECTOR: [u8; 4] = [242u8, 253u8, 227u8, 139u8];
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
                        &self.newOwner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferOwnershipReturn::_tokenize(ret)
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
    /**Function with signature `treasuryInfo()` and selector `0x3f35f256`.
```solidity
function treasuryInfo() external view returns (uint16 bips, address treasury);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryInfoCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`treasuryInfo()`](treasuryInfoCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryInfoReturn {
        #[allow(missing_docs)]
        pub bips: u16,
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
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
            impl ::core::convert::From<treasuryInfoCall> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryInfoCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryInfoCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16, alloy::sol_types::private::Address);
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
            impl ::core::convert::From<treasuryInfoReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryInfoReturn) -> Self {
                    (value.bips, value.treasury)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryInfoReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        bips: tuple.0,
                        treasury: tuple.1,
                    }
                }
            }
        }
        impl treasuryInfoReturn {
            fn _tokenize(
                &self,
            ) -> <treasuryInfoCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.bips),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treasuryInfoCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = treasuryInfoReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Address,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "treasuryInfo()";
            const SELECTOR: [u8; 4] = [63u8, 53u8, 242u8, 86u8];
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
                treasuryInfoReturn::_tokenize(ret)
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
    /**Function with signature `workOf(uint32,address)` and selector `0x819efc96`.
```solidity
function workOf(uint32 epoch, address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct workOfCall {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`workOf(uint32,address)`](workOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct workOfReturn {
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
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Address);
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
            impl ::core::convert::From<workOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: workOfCall) -> Self {
                    (value.epoch, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for workOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        epoch: tuple.0,
                        operator: tuple.1,
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
            impl ::core::convert::From<workOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: workOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for workOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for workOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "workOf(uint32,address)";
            const SELECTOR: [u8; 4] = [129u8, 158u8, 252u8, 150u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
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
                        let r: workOfReturn = r.into();
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
                        let r: workOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`FeeDistributor`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum FeeDistributorCalls {
        #[allow(missing_docs)]
        ACC_SCALE(ACC_SCALECall),
        #[allow(missing_docs)]
        BIPS(BIPSCall),
        #[allow(missing_docs)]
        MAX_OPERATORS_PER_EPOCH(MAX_OPERATORS_PER_EPOCHCall),
        #[allow(missing_docs)]
        MAX_WORK(MAX_WORKCall),
        #[allow(missing_docs)]
        accRewardPerShare(accRewardPerShareCall),
        #[allow(missing_docs)]
        attributedOf(attributedOfCall),
        #[allow(missing_docs)]
        claim(claimCall),
        #[allow(missing_docs)]
        claimCommission(claimCommissionCall),
        #[allow(missing_docs)]
        claimable(claimableCall),
        #[allow(missing_docs)]
        closeEpoch(closeEpochCall),
        #[allow(missing_docs)]
        commissionClaimable(commissionClaimableCall),
        #[allow(missing_docs)]
        depositAttributedFees(depositAttributedFeesCall),
        #[allow(missing_docs)]
        depositFees(depositFeesCall),
        #[allow(missing_docs)]
        epochAttributed(epochAttributedCall),
        #[allow(missing_docs)]
        epochFees(epochFeesCall),
        #[allow(missing_docs)]
        epochInfo(epochInfoCall),
        #[allow(missing_docs)]
        epochOperators(epochOperatorsCall),
        #[allow(missing_docs)]
        isWorkReporter(isWorkReporterCall),
        #[allow(missing_docs)]
        nextEpochLength(nextEpochLengthCall),
        #[allow(missing_docs)]
        onSharesAdded(onSharesAddedCall),
        #[allow(missing_docs)]
        onSharesRemoved(onSharesRemovedCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        positionOf(positionOfCall),
        #[allow(missing_docs)]
        recordWork(recordWorkCall),
        #[allow(missing_docs)]
        renounceOwnership(renounceOwnershipCall),
        #[allow(missing_docs)]
        rewardPool(rewardPoolCall),
        #[allow(missing_docs)]
        setEpochLength(setEpochLengthCall),
        #[allow(missing_docs)]
        setTreasury(setTreasuryCall),
        #[allow(missing_docs)]
        setTreasuryBips(setTreasuryBipsCall),
        #[allow(missing_docs)]
        setWorkReporter(setWorkReporterCall),
        #[allow(missing_docs)]
        staking(stakingCall),
        #[allow(missing_docs)]
        token(tokenCall),
        #[allow(missing_docs)]
        totals(totalsCall),
        #[allow(missing_docs)]
        transferOwnership(transferOwnershipCall),
        #[allow(missing_docs)]
        treasuryInfo(treasuryInfoCall),
        #[allow(missing_docs)]
        workOf(workOfCall),
    }
    impl FeeDistributorCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [3u8, 126u8, 78u8, 189u8],
            [7u8, 40u8, 76u8, 233u8],
            [19u8, 164u8, 108u8, 214u8],
            [27u8, 205u8, 161u8, 152u8],
            [31u8, 27u8, 138u8, 140u8],
            [33u8, 192u8, 179u8, 66u8],
            [39u8, 160u8, 188u8, 129u8],
            [53u8, 251u8, 112u8, 30u8],
            [56u8, 178u8, 57u8, 61u8],
            [63u8, 53u8, 242u8, 86u8],
            [76u8, 240u8, 136u8, 217u8],
            [93u8, 206u8, 164u8, 212u8],
            [106u8, 252u8, 81u8, 27u8],
            [113u8, 80u8, 24u8, 166u8],
            [129u8, 158u8, 252u8, 150u8],
            [132u8, 201u8, 183u8, 225u8],
            [133u8, 46u8, 121u8, 63u8],
            [137u8, 47u8, 146u8, 142u8],
            [141u8, 165u8, 203u8, 91u8],
            [151u8, 125u8, 180u8, 151u8],
            [172u8, 42u8, 198u8, 64u8],
            [172u8, 78u8, 211u8, 113u8],
            [174u8, 78u8, 243u8, 159u8],
            [180u8, 13u8, 126u8, 51u8],
            [192u8, 56u8, 163u8, 142u8],
            [205u8, 213u8, 242u8, 200u8],
            [209u8, 99u8, 202u8, 108u8],
            [212u8, 87u8, 12u8, 28u8],
            [213u8, 4u8, 176u8, 11u8],
            [240u8, 221u8, 77u8, 115u8],
            [240u8, 244u8, 66u8, 96u8],
            [241u8, 60u8, 128u8, 29u8],
            [242u8, 253u8, 227u8, 139u8],
            [247u8, 5u8, 0u8, 49u8],
            [252u8, 12u8, 84u8, 106u8],
            [253u8, 186u8, 171u8, 30u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(depositFees),
            ::core::stringify!(nextEpochLength),
            ::core::stringify!(onSharesAdded),
            ::core::stringify!(rewardPool),
            ::core::stringify!(epochInfo),
            ::core::stringify!(claim),
            ::core::stringify!(MAX_OPERATORS_PER_EPOCH),
            ::core::stringify!(epochOperators),
            ::core::stringify!(setEpochLength),
            ::core::stringify!(treasuryInfo),
            ::core::stringify!(staking),
            ::core::stringify!(accRewardPerShare),
            ::core::stringify!(ACC_SCALE),
            ::core::stringify!(renounceOwnership),
            ::core::stringify!(workOf),
            ::core::stringify!(isWorkReporter),
            ::core::stringify!(attributedOf),
            ::core::stringify!(positionOf),
            ::core::stringify!(owner),
            ::core::stringify!(epochFees),
            ::core::stringify!(claimCommission),
            ::core::stringify!(epochAttributed),
            ::core::stringify!(MAX_WORK),
            ::core::stringify!(onSharesRemoved),
            ::core::stringify!(totals),
            ::core::stringify!(closeEpoch),
            ::core::stringify!(depositAttributedFees),
            ::core::stringify!(claimable),
            ::core::stringify!(recordWork),
            ::core::stringify!(setTreasuryBips),
            ::core::stringify!(setTreasury),
            ::core::stringify!(setWorkReporter),
            ::core::stringify!(transferOwnership),
            ::core::stringify!(BIPS),
            ::core::stringify!(token),
            ::core::stringify!(commissionClaimable),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <depositFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nextEpochLengthCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onSharesAddedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rewardPoolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <epochInfoCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_OPERATORS_PER_EPOCHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <epochOperatorsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEpochLengthCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryInfoCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <accRewardPerShareCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ACC_SCALECall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <workOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isWorkReporterCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attributedOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <positionOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <epochFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimCommissionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <epochAttributedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_WORKCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onSharesRemovedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeEpochCall as alloy_sol_types::SolCall>::SIGNATURE,
            <depositAttributedFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimableCall as alloy_sol_types::SolCall>::SIGNATURE,
            <recordWorkCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTreasuryBipsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTreasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setWorkReporterCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <BIPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commissionClaimableCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for FeeDistributorCalls {
        const NAME: &'static str = "FeeDistributorCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 36usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ACC_SCALE(_) => {
                    <ACC_SCALECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::BIPS(_) => <BIPSCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::MAX_OPERATORS_PER_EPOCH(_) => {
                    <MAX_OPERATORS_PER_EPOCHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_WORK(_) => <MAX_WORKCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::accRewardPerShare(_) => {
                    <accRewardPerShareCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::attributedOf(_) => {
                    <attributedOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claim(_) => <claimCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::claimCommission(_) => {
                    <claimCommissionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claimable(_) => {
                    <claimableCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::closeEpoch(_) => {
                    <closeEpochCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::commissionClaimable(_) => {
                    <commissionClaimableCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::depositAttributedFees(_) => {
                    <depositAttributedFeesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::depositFees(_) => {
                    <depositFeesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::epochAttributed(_) => {
                    <epochAttributedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::epochFees(_) => {
                    <epochFeesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::epochInfo(_) => {
                    <epochInfoCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::epochOperators(_) => {
                    <epochOperatorsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isWorkReporter(_) => {
                    <isWorkReporterCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nextEpochLength(_) => {
                    <nextEpochLengthCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onSharesAdded(_) => {
                    <onSharesAddedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onSharesRemoved(_) => {
                    <onSharesRemovedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::positionOf(_) => {
                    <positionOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::recordWork(_) => {
                    <recordWorkCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceOwnership(_) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::rewardPool(_) => {
                    <rewardPoolCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setEpochLength(_) => {
                    <setEpochLengthCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setTreasury(_) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setTreasuryBips(_) => {
                    <setTreasuryBipsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setWorkReporter(_) => {
                    <setWorkReporterCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::staking(_) => <stakingCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::token(_) => <tokenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totals(_) => <totalsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferOwnership(_) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::treasuryInfo(_) => {
                    <treasuryInfoCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::workOf(_) => <workOfCall as alloy_sol_types::SolCall>::SELECTOR,
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
            ) -> alloy_sol_types::Result<FeeDistributorCalls>] = &[
                {
                    fn depositFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <depositFeesCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::depositFees)
                    }
                    depositFees
                },
                {
                    fn nextEpochLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <nextEpochLengthCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::nextEpochLength)
                    }
                    nextEpochLength
                },
                {
                    fn onSharesAdded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <onSharesAddedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::onSharesAdded)
                    }
                    onSharesAdded
                },
                {
                    fn rewardPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <rewardPoolCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::rewardPool)
                    }
                    rewardPool
                },
                {
                    fn epochInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <epochInfoCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::epochInfo)
                    }
                    epochInfo
                },
                {
                    fn claim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <claimCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::claim)
                    }
                    claim
                },
                {
                    fn MAX_OPERATORS_PER_EPOCH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <MAX_OPERATORS_PER_EPOCHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::MAX_OPERATORS_PER_EPOCH)
                    }
                    MAX_OPERATORS_PER_EPOCH
                },
                {
                    fn epochOperators(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <epochOperatorsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::epochOperators)
                    }
                    epochOperators
                },
                {
                    fn setEpochLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <setEpochLengthCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::setEpochLength)
                    }
                    setEpochLength
                },
                {
                    fn treasuryInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <treasuryInfoCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::treasuryInfo)
                    }
                    treasuryInfo
                },
                {
                    fn staking(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <stakingCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::staking)
                    }
                    staking
                },
                {
                    fn accRewardPerShare(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <accRewardPerShareCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::accRewardPerShare)
                    }
                    accRewardPerShare
                },
                {
                    fn ACC_SCALE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <ACC_SCALECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::ACC_SCALE)
                    }
                    ACC_SCALE
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn workOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <workOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::workOf)
                    }
                    workOf
                },
                {
                    fn isWorkReporter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <isWorkReporterCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::isWorkReporter)
                    }
                    isWorkReporter
                },
                {
                    fn attributedOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <attributedOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::attributedOf)
                    }
                    attributedOf
                },
                {
                    fn positionOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <positionOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::positionOf)
                    }
                    positionOf
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::owner)
                    }
                    owner
                },
                {
                    fn epochFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <epochFeesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::epochFees)
                    }
                    epochFees
                },
                {
                    fn claimCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <claimCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::claimCommission)
                    }
                    claimCommission
                },
                {
                    fn epochAttributed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <epochAttributedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::epochAttributed)
                    }
                    epochAttributed
                },
                {
                    fn MAX_WORK(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <MAX_WORKCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::MAX_WORK)
                    }
                    MAX_WORK
                },
                {
                    fn onSharesRemoved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <onSharesRemovedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::onSharesRemoved)
                    }
                    onSharesRemoved
                },
                {
                    fn totals(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <totalsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::totals)
                    }
                    totals
                },
                {
                    fn closeEpoch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <closeEpochCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::closeEpoch)
                    }
                    closeEpoch
                },
                {
                    fn depositAttributedFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <depositAttributedFeesCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::depositAttributedFees)
                    }
                    depositAttributedFees
                },
                {
                    fn claimable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <claimableCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::claimable)
                    }
                    claimable
                },
                {
                    fn recordWork(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <recordWorkCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::recordWork)
                    }
                    recordWork
                },
                {
                    fn setTreasuryBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <setTreasuryBipsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::setTreasuryBips)
                    }
                    setTreasuryBips
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn setWorkReporter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <setWorkReporterCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::setWorkReporter)
                    }
                    setWorkReporter
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn BIPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <BIPSCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::BIPS)
                    }
                    BIPS
                },
                {
                    fn token(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(FeeDistributorCalls::token)
                    }
                    token
                },
                {
                    fn commissionClaimable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <commissionClaimableCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorCalls::commissionClaimable)
                    }
                    commissionClaimable
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
            ) -> alloy_sol_types::Result<FeeDistributorCalls>] = &[
                {
                    fn depositFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <depositFeesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::depositFees)
                    }
                    depositFees
                },
                {
                    fn nextEpochLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <nextEpochLengthCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::nextEpochLength)
                    }
                    nextEpochLength
                },
                {
                    fn onSharesAdded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <onSharesAddedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::onSharesAdded)
                    }
                    onSharesAdded
                },
                {
                    fn rewardPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <rewardPoolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::rewardPool)
                    }
                    rewardPool
                },
                {
                    fn epochInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <epochInfoCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::epochInfo)
                    }
                    epochInfo
                },
                {
                    fn claim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <claimCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::claim)
                    }
                    claim
                },
                {
                    fn MAX_OPERATORS_PER_EPOCH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <MAX_OPERATORS_PER_EPOCHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::MAX_OPERATORS_PER_EPOCH)
                    }
                    MAX_OPERATORS_PER_EPOCH
                },
                {
                    fn epochOperators(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <epochOperatorsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::epochOperators)
                    }
                    epochOperators
                },
                {
                    fn setEpochLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <setEpochLengthCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::setEpochLength)
                    }
                    setEpochLength
                },
                {
                    fn treasuryInfo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <treasuryInfoCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::treasuryInfo)
                    }
                    treasuryInfo
                },
                {
                    fn staking(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <stakingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::staking)
                    }
                    staking
                },
                {
                    fn accRewardPerShare(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <accRewardPerShareCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::accRewardPerShare)
                    }
                    accRewardPerShare
                },
                {
                    fn ACC_SCALE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <ACC_SCALECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::ACC_SCALE)
                    }
                    ACC_SCALE
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn workOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <workOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::workOf)
                    }
                    workOf
                },
                {
                    fn isWorkReporter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <isWorkReporterCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::isWorkReporter)
                    }
                    isWorkReporter
                },
                {
                    fn attributedOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <attributedOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::attributedOf)
                    }
                    attributedOf
                },
                {
                    fn positionOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <positionOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::positionOf)
                    }
                    positionOf
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::owner)
                    }
                    owner
                },
                {
                    fn epochFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <epochFeesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::epochFees)
                    }
                    epochFees
                },
                {
                    fn claimCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <claimCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::claimCommission)
                    }
                    claimCommission
                },
                {
                    fn epochAttributed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <epochAttributedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::epochAttributed)
                    }
                    epochAttributed
                },
                {
                    fn MAX_WORK(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <MAX_WORKCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::MAX_WORK)
                    }
                    MAX_WORK
                },
                {
                    fn onSharesRemoved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <onSharesRemovedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::onSharesRemoved)
                    }
                    onSharesRemoved
                },
                {
                    fn totals(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <totalsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::totals)
                    }
                    totals
                },
                {
                    fn closeEpoch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <closeEpochCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::closeEpoch)
                    }
                    closeEpoch
                },
                {
                    fn depositAttributedFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <depositAttributedFeesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::depositAttributedFees)
                    }
                    depositAttributedFees
                },
                {
                    fn claimable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <claimableCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::claimable)
                    }
                    claimable
                },
                {
                    fn recordWork(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <recordWorkCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::recordWork)
                    }
                    recordWork
                },
                {
                    fn setTreasuryBips(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <setTreasuryBipsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::setTreasuryBips)
                    }
                    setTreasuryBips
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn setWorkReporter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <setWorkReporterCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::setWorkReporter)
                    }
                    setWorkReporter
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn BIPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <BIPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::BIPS)
                    }
                    BIPS
                },
                {
                    fn token(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <tokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::token)
                    }
                    token
                },
                {
                    fn commissionClaimable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorCalls> {
                        <commissionClaimableCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorCalls::commissionClaimable)
                    }
                    commissionClaimable
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
                Self::ACC_SCALE(inner) => {
                    <ACC_SCALECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::BIPS(inner) => {
                    <BIPSCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_OPERATORS_PER_EPOCH(inner) => {
                    <MAX_OPERATORS_PER_EPOCHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_WORK(inner) => {
                    <MAX_WORKCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::accRewardPerShare(inner) => {
                    <accRewardPerShareCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::attributedOf(inner) => {
                    <attributedOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::claim(inner) => {
                    <claimCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::claimCommission(inner) => {
                    <claimCommissionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::claimable(inner) => {
                    <claimableCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::closeEpoch(inner) => {
                    <closeEpochCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::commissionClaimable(inner) => {
                    <commissionClaimableCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::depositAttributedFees(inner) => {
                    <depositAttributedFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::depositFees(inner) => {
                    <depositFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::epochAttributed(inner) => {
                    <epochAttributedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::epochFees(inner) => {
                    <epochFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::epochInfo(inner) => {
                    <epochInfoCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::epochOperators(inner) => {
                    <epochOperatorsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::isWorkReporter(inner) => {
                    <isWorkReporterCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::nextEpochLength(inner) => {
                    <nextEpochLengthCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onSharesAdded(inner) => {
                    <onSharesAddedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onSharesRemoved(inner) => {
                    <onSharesRemovedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::positionOf(inner) => {
                    <positionOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::recordWork(inner) => {
                    <recordWorkCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::rewardPool(inner) => {
                    <rewardPoolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setEpochLength(inner) => {
                    <setEpochLengthCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setTreasuryBips(inner) => {
                    <setTreasuryBipsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setWorkReporter(inner) => {
                    <setWorkReporterCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::staking(inner) => {
                    <stakingCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::totals(inner) => {
                    <totalsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::treasuryInfo(inner) => {
                    <treasuryInfoCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::workOf(inner) => {
                    <workOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ACC_SCALE(inner) => {
                    <ACC_SCALECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::BIPS(inner) => {
                    <BIPSCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_OPERATORS_PER_EPOCH(inner) => {
                    <MAX_OPERATORS_PER_EPOCHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_WORK(inner) => {
                    <MAX_WORKCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::accRewardPerShare(inner) => {
                    <accRewardPerShareCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::attributedOf(inner) => {
                    <attributedOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::claim(inner) => {
                    <claimCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::claimCommission(inner) => {
                    <claimCommissionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::claimable(inner) => {
                    <claimableCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::closeEpoch(inner) => {
                    <closeEpochCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::commissionClaimable(inner) => {
                    <commissionClaimableCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::depositAttributedFees(inner) => {
                    <depositAttributedFeesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::depositFees(inner) => {
                    <depositFeesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::epochAttributed(inner) => {
                    <epochAttributedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::epochFees(inner) => {
                    <epochFeesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::epochInfo(inner) => {
                    <epochInfoCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::epochOperators(inner) => {
                    <epochOperatorsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isWorkReporter(inner) => {
                    <isWorkReporterCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::nextEpochLength(inner) => {
                    <nextEpochLengthCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onSharesAdded(inner) => {
                    <onSharesAddedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onSharesRemoved(inner) => {
                    <onSharesRemovedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::positionOf(inner) => {
                    <positionOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::recordWork(inner) => {
                    <recordWorkCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::rewardPool(inner) => {
                    <rewardPoolCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setEpochLength(inner) => {
                    <setEpochLengthCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setTreasuryBips(inner) => {
                    <setTreasuryBipsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setWorkReporter(inner) => {
                    <setWorkReporterCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::staking(inner) => {
                    <stakingCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::token(inner) => {
                    <tokenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::totals(inner) => {
                    <totalsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::treasuryInfo(inner) => {
                    <treasuryInfoCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::workOf(inner) => {
                    <workOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`FeeDistributor`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum FeeDistributorErrors {
        #[allow(missing_docs)]
        FeesEpochNotOver(FeesEpochNotOver),
        #[allow(missing_docs)]
        FeesInvalidParameter(FeesInvalidParameter),
        #[allow(missing_docs)]
        FeesLengthMismatch(FeesLengthMismatch),
        #[allow(missing_docs)]
        FeesNothingToClaim(FeesNothingToClaim),
        #[allow(missing_docs)]
        FeesTooManyOperators(FeesTooManyOperators),
        #[allow(missing_docs)]
        FeesUnauthorized(FeesUnauthorized),
        #[allow(missing_docs)]
        FeesZeroAmount(FeesZeroAmount),
        #[allow(missing_docs)]
        OwnableInvalidOwner(OwnableInvalidOwner),
        #[allow(missing_docs)]
        OwnableUnauthorizedAccount(OwnableUnauthorizedAccount),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
    }
    impl FeeDistributorErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [17u8, 140u8, 218u8, 167u8],
            [30u8, 79u8, 189u8, 247u8],
            [62u8, 229u8, 174u8, 181u8],
            [73u8, 56u8, 209u8, 18u8],
            [82u8, 116u8, 175u8, 231u8],
            [109u8, 252u8, 198u8, 80u8],
            [138u8, 107u8, 14u8, 234u8],
            [163u8, 229u8, 199u8, 142u8],
            [186u8, 179u8, 200u8, 108u8],
            [193u8, 119u8, 93u8, 12u8],
            [204u8, 142u8, 184u8, 164u8],
            [215u8, 207u8, 46u8, 56u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(OwnableUnauthorizedAccount),
            ::core::stringify!(OwnableInvalidOwner),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(FeesUnauthorized),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(FeesNothingToClaim),
            ::core::stringify!(FeesEpochNotOver),
            ::core::stringify!(FeesTooManyOperators),
            ::core::stringify!(FeesLengthMismatch),
            ::core::stringify!(FeesInvalidParameter),
            ::core::stringify!(FeesZeroAmount),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableInvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <FeesUnauthorized as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <FeesNothingToClaim as alloy_sol_types::SolError>::SIGNATURE,
            <FeesEpochNotOver as alloy_sol_types::SolError>::SIGNATURE,
            <FeesTooManyOperators as alloy_sol_types::SolError>::SIGNATURE,
            <FeesLengthMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <FeesInvalidParameter as alloy_sol_types::SolError>::SIGNATURE,
            <FeesZeroAmount as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for FeeDistributorErrors {
        const NAME: &'static str = "FeeDistributorErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 12usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::FeesEpochNotOver(_) => {
                    <FeesEpochNotOver as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeesInvalidParameter(_) => {
                    <FeesInvalidParameter as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeesLengthMismatch(_) => {
                    <FeesLengthMismatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeesNothingToClaim(_) => {
                    <FeesNothingToClaim as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeesTooManyOperators(_) => {
                    <FeesTooManyOperators as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeesUnauthorized(_) => {
                    <FeesUnauthorized as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FeesZeroAmount(_) => {
                    <FeesZeroAmount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableInvalidOwner(_) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableUnauthorizedAccount(_) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<FeeDistributorErrors>] = &[
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn FeesUnauthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesUnauthorized as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesUnauthorized)
                    }
                    FeesUnauthorized
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn FeesNothingToClaim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesNothingToClaim as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesNothingToClaim)
                    }
                    FeesNothingToClaim
                },
                {
                    fn FeesEpochNotOver(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesEpochNotOver as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesEpochNotOver)
                    }
                    FeesEpochNotOver
                },
                {
                    fn FeesTooManyOperators(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesTooManyOperators as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesTooManyOperators)
                    }
                    FeesTooManyOperators
                },
                {
                    fn FeesLengthMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesLengthMismatch as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesLengthMismatch)
                    }
                    FeesLengthMismatch
                },
                {
                    fn FeesInvalidParameter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesInvalidParameter as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesInvalidParameter)
                    }
                    FeesInvalidParameter
                },
                {
                    fn FeesZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesZeroAmount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesZeroAmount)
                    }
                    FeesZeroAmount
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
            ) -> alloy_sol_types::Result<FeeDistributorErrors>] = &[
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn FeesUnauthorized(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesUnauthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesUnauthorized)
                    }
                    FeesUnauthorized
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn FeesNothingToClaim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesNothingToClaim as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesNothingToClaim)
                    }
                    FeesNothingToClaim
                },
                {
                    fn FeesEpochNotOver(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesEpochNotOver as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesEpochNotOver)
                    }
                    FeesEpochNotOver
                },
                {
                    fn FeesTooManyOperators(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesTooManyOperators as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesTooManyOperators)
                    }
                    FeesTooManyOperators
                },
                {
                    fn FeesLengthMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesLengthMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesLengthMismatch)
                    }
                    FeesLengthMismatch
                },
                {
                    fn FeesInvalidParameter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesInvalidParameter as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesInvalidParameter)
                    }
                    FeesInvalidParameter
                },
                {
                    fn FeesZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<FeeDistributorErrors> {
                        <FeesZeroAmount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(FeeDistributorErrors::FeesZeroAmount)
                    }
                    FeesZeroAmount
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
                Self::FeesEpochNotOver(inner) => {
                    <FeesEpochNotOver as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FeesInvalidParameter(inner) => {
                    <FeesInvalidParameter as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FeesLengthMismatch(inner) => {
                    <FeesLengthMismatch as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FeesNothingToClaim(inner) => {
                    <FeesNothingToClaim as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FeesTooManyOperators(inner) => {
                    <FeesTooManyOperators as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FeesUnauthorized(inner) => {
                    <FeesUnauthorized as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FeesZeroAmount(inner) => {
                    <FeesZeroAmount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::FeesEpochNotOver(inner) => {
                    <FeesEpochNotOver as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeesInvalidParameter(inner) => {
                    <FeesInvalidParameter as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeesLengthMismatch(inner) => {
                    <FeesLengthMismatch as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeesNothingToClaim(inner) => {
                    <FeesNothingToClaim as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeesTooManyOperators(inner) => {
                    <FeesTooManyOperators as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeesUnauthorized(inner) => {
                    <FeesUnauthorized as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FeesZeroAmount(inner) => {
                    <FeesZeroAmount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encode_raw(
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
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`FeeDistributor`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum FeeDistributorEvents {
        #[allow(missing_docs)]
        AddressUpdated(AddressUpdated),
        #[allow(missing_docs)]
        CommissionClaimed(CommissionClaimed),
        #[allow(missing_docs)]
        EpochClosed(EpochClosed),
        #[allow(missing_docs)]
        FeesAttributed(FeesAttributed),
        #[allow(missing_docs)]
        FeesDeposited(FeesDeposited),
        #[allow(missing_docs)]
        OperatorRewarded(OperatorRewarded),
        #[allow(missing_docs)]
        OwnershipTransferred(OwnershipTransferred),
        #[allow(missing_docs)]
        ParameterUpdated(ParameterUpdated),
        #[allow(missing_docs)]
        RewardsClaimed(RewardsClaimed),
        #[allow(missing_docs)]
        WorkRecorded(WorkRecorded),
        #[allow(missing_docs)]
        WorkReporterSet(WorkReporterSet),
    }
    impl FeeDistributorEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                24u8, 18u8, 80u8, 205u8, 22u8, 50u8, 213u8, 106u8, 204u8, 116u8, 123u8,
                5u8, 147u8, 243u8, 123u8, 74u8, 160u8, 142u8, 215u8, 29u8, 246u8, 73u8,
                40u8, 168u8, 243u8, 89u8, 136u8, 218u8, 206u8, 169u8, 248u8, 253u8,
            ],
            [
                36u8, 97u8, 224u8, 135u8, 101u8, 21u8, 75u8, 69u8, 28u8, 142u8, 143u8,
                111u8, 5u8, 144u8, 94u8, 193u8, 199u8, 253u8, 240u8, 128u8, 157u8, 25u8,
                8u8, 86u8, 71u8, 16u8, 77u8, 194u8, 18u8, 87u8, 137u8, 88u8,
            ],
            [
                59u8, 213u8, 2u8, 125u8, 144u8, 1u8, 154u8, 205u8, 204u8, 57u8, 225u8,
                52u8, 221u8, 237u8, 161u8, 181u8, 181u8, 108u8, 72u8, 129u8, 237u8, 74u8,
                214u8, 240u8, 169u8, 3u8, 179u8, 76u8, 100u8, 101u8, 185u8, 217u8,
            ],
            [
                69u8, 81u8, 125u8, 116u8, 160u8, 123u8, 68u8, 23u8, 84u8, 45u8, 85u8,
                69u8, 106u8, 203u8, 254u8, 64u8, 142u8, 202u8, 119u8, 81u8, 90u8, 252u8,
                106u8, 248u8, 14u8, 236u8, 250u8, 189u8, 65u8, 99u8, 252u8, 175u8,
            ],
            [
                86u8, 55u8, 215u8, 249u8, 98u8, 36u8, 138u8, 127u8, 5u8, 167u8, 171u8,
                105u8, 238u8, 198u8, 68u8, 110u8, 49u8, 243u8, 208u8, 162u8, 153u8,
                217u8, 151u8, 241u8, 53u8, 166u8, 92u8, 98u8, 128u8, 110u8, 120u8, 145u8,
            ],
            [
                123u8, 127u8, 39u8, 171u8, 235u8, 181u8, 2u8, 136u8, 125u8, 60u8, 10u8,
                86u8, 41u8, 195u8, 11u8, 103u8, 55u8, 39u8, 165u8, 66u8, 152u8, 215u8,
                35u8, 28u8, 127u8, 20u8, 229u8, 166u8, 182u8, 178u8, 177u8, 112u8,
            ],
            [
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ],
            [
                160u8, 117u8, 105u8, 57u8, 163u8, 8u8, 76u8, 176u8, 7u8, 0u8, 16u8,
                221u8, 189u8, 129u8, 28u8, 241u8, 190u8, 156u8, 3u8, 185u8, 99u8, 99u8,
                160u8, 1u8, 237u8, 165u8, 102u8, 200u8, 156u8, 185u8, 122u8, 138u8,
            ],
            [
                199u8, 103u8, 13u8, 48u8, 91u8, 36u8, 176u8, 208u8, 191u8, 23u8, 77u8,
                7u8, 138u8, 139u8, 37u8, 168u8, 212u8, 212u8, 40u8, 54u8, 245u8, 198u8,
                19u8, 180u8, 25u8, 14u8, 8u8, 132u8, 209u8, 111u8, 74u8, 152u8,
            ],
            [
                205u8, 241u8, 231u8, 234u8, 197u8, 121u8, 78u8, 204u8, 29u8, 27u8, 219u8,
                171u8, 245u8, 102u8, 246u8, 35u8, 203u8, 248u8, 203u8, 89u8, 75u8, 252u8,
                211u8, 34u8, 175u8, 246u8, 190u8, 47u8, 158u8, 232u8, 229u8, 177u8,
            ],
            [
                221u8, 162u8, 64u8, 161u8, 182u8, 226u8, 80u8, 76u8, 106u8, 39u8, 247u8,
                82u8, 186u8, 162u8, 176u8, 157u8, 252u8, 229u8, 76u8, 121u8, 74u8, 192u8,
                228u8, 152u8, 33u8, 207u8, 122u8, 56u8, 51u8, 154u8, 93u8, 29u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ParameterUpdated),
            ::core::stringify!(WorkRecorded),
            ::core::stringify!(FeesAttributed),
            ::core::stringify!(CommissionClaimed),
            ::core::stringify!(RewardsClaimed),
            ::core::stringify!(FeesDeposited),
            ::core::stringify!(OwnershipTransferred),
            ::core::stringify!(EpochClosed),
            ::core::stringify!(WorkReporterSet),
            ::core::stringify!(AddressUpdated),
            ::core::stringify!(OperatorRewarded),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ParameterUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <WorkRecorded as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeesAttributed as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommissionClaimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <RewardsClaimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeesDeposited as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <EpochClosed as alloy_sol_types::SolEvent>::SIGNATURE,
            <WorkReporterSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <AddressUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <OperatorRewarded as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for FeeDistributorEvents {
        const NAME: &'static str = "FeeDistributorEvents";
        const COUNT: usize = 11usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<AddressUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AddressUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AddressUpdated)
                }
                Some(
                    <CommissionClaimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <CommissionClaimed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CommissionClaimed)
                }
                Some(<EpochClosed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EpochClosed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EpochClosed)
                }
                Some(<FeesAttributed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeesAttributed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::FeesAttributed)
                }
                Some(<FeesDeposited as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeesDeposited as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::FeesDeposited)
                }
                Some(<OperatorRewarded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OperatorRewarded as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OperatorRewarded)
                }
                Some(
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnershipTransferred)
                }
                Some(<ParameterUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ParameterUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ParameterUpdated)
                }
                Some(<RewardsClaimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RewardsClaimed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RewardsClaimed)
                }
                Some(<WorkRecorded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <WorkRecorded as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::WorkRecorded)
                }
                Some(<WorkReporterSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <WorkReporterSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::WorkReporterSet)
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
    impl alloy_sol_types::private::IntoLogData for FeeDistributorEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AddressUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::CommissionClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EpochClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::FeesAttributed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::FeesDeposited(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OperatorRewarded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ParameterUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RewardsClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::WorkRecorded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::WorkReporterSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AddressUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::CommissionClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EpochClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FeesAttributed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FeesDeposited(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OperatorRewarded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ParameterUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RewardsClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::WorkRecorded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::WorkReporterSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`FeeDistributor`](self) contract instance.

See the [wrapper's documentation](`FeeDistributorInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> FeeDistributorInstance<P, N> {
        FeeDistributorInstance::<P, N>::new(address, __provider)
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
        token_: alloy::sol_types::private::Address,
        staking_: alloy::sol_types::private::Address,
        owner_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<FeeDistributorInstance<P, N>>,
    > {
        FeeDistributorInstance::<
            P,
            N,
        >::deploy(__provider, token_, staking_, owner_, treasury_)
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
        token_: alloy::sol_types::private::Address,
        staking_: alloy::sol_types::private::Address,
        owner_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        FeeDistributorInstance::<
            P,
            N,
        >::deploy_builder(__provider, token_, staking_, owner_, treasury_)
    }
    /**A [`FeeDistributor`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`FeeDistributor`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct FeeDistributorInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for FeeDistributorInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("FeeDistributorInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > FeeDistributorInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`FeeDistributor`](self) contract instance.

See the [wrapper's documentation](`FeeDistributorInstance`) for more details.*/
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
            token_: alloy::sol_types::private::Address,
            staking_: alloy::sol_types::private::Address,
            owner_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<FeeDistributorInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                token_,
                staking_,
                owner_,
                treasury_,
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
            token_: alloy::sol_types::private::Address,
            staking_: alloy::sol_types::private::Address,
            owner_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            token_,
                            staking_,
                            owner_,
                            treasury_,
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
    impl<P: ::core::clone::Clone, N> FeeDistributorInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> FeeDistributorInstance<P, N> {
            FeeDistributorInstance {
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
    > FeeDistributorInstance<P, N> {
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
        ///Creates a new call builder for the [`ACC_SCALE`] function.
        pub fn ACC_SCALE(&self) -> alloy_contract::SolCallBuilder<&P, ACC_SCALECall, N> {
            self.call_builder(&ACC_SCALECall)
        }
        ///Creates a new call builder for the [`BIPS`] function.
        pub fn BIPS(&self) -> alloy_contract::SolCallBuilder<&P, BIPSCall, N> {
            self.call_builder(&BIPSCall)
        }
        ///Creates a new call builder for the [`MAX_OPERATORS_PER_EPOCH`] function.
        pub fn MAX_OPERATORS_PER_EPOCH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_OPERATORS_PER_EPOCHCall, N> {
            self.call_builder(&MAX_OPERATORS_PER_EPOCHCall)
        }
        ///Creates a new call builder for the [`MAX_WORK`] function.
        pub fn MAX_WORK(&self) -> alloy_contract::SolCallBuilder<&P, MAX_WORKCall, N> {
            self.call_builder(&MAX_WORKCall)
        }
        ///Creates a new call builder for the [`accRewardPerShare`] function.
        pub fn accRewardPerShare(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, accRewardPerShareCall, N> {
            self.call_builder(&accRewardPerShareCall { operator })
        }
        ///Creates a new call builder for the [`attributedOf`] function.
        pub fn attributedOf(
            &self,
            epoch: u32,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, attributedOfCall, N> {
            self.call_builder(
                &attributedOfCall {
                    epoch,
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`claim`] function.
        pub fn claim(
            &self,
            operator: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimCall, N> {
            self.call_builder(&claimCall { operator, to })
        }
        ///Creates a new call builder for the [`claimCommission`] function.
        pub fn claimCommission(
            &self,
            to: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimCommissionCall, N> {
            self.call_builder(&claimCommissionCall { to })
        }
        ///Creates a new call builder for the [`claimable`] function.
        pub fn claimable(
            &self,
            operator: alloy::sol_types::private::Address,
            staker: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimableCall, N> {
            self.call_builder(&claimableCall { operator, staker })
        }
        ///Creates a new call builder for the [`closeEpoch`] function.
        pub fn closeEpoch(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, closeEpochCall, N> {
            self.call_builder(&closeEpochCall)
        }
        ///Creates a new call builder for the [`commissionClaimable`] function.
        pub fn commissionClaimable(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, commissionClaimableCall, N> {
            self.call_builder(
                &commissionClaimableCall {
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`depositAttributedFees`] function.
        pub fn depositAttributedFees(
            &self,
            source: <IFeeDistributor::FeeSource as alloy::sol_types::SolType>::RustType,
            sourceId: alloy::sol_types::private::FixedBytes<32>,
            operators: alloy::sol_types::private::Vec<
                alloy::sol_types::private::Address,
            >,
            amounts: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, depositAttributedFeesCall, N> {
            self.call_builder(
                &depositAttributedFeesCall {
                    source,
                    sourceId,
                    operators,
                    amounts,
                },
            )
        }
        ///Creates a new call builder for the [`depositFees`] function.
        pub fn depositFees(
            &self,
            source: <IFeeDistributor::FeeSource as alloy::sol_types::SolType>::RustType,
            sourceId: alloy::sol_types::private::FixedBytes<32>,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, depositFeesCall, N> {
            self.call_builder(
                &depositFeesCall {
                    source,
                    sourceId,
                    amount,
                },
            )
        }
        ///Creates a new call builder for the [`epochAttributed`] function.
        pub fn epochAttributed(
            &self,
            epoch: u32,
        ) -> alloy_contract::SolCallBuilder<&P, epochAttributedCall, N> {
            self.call_builder(&epochAttributedCall { epoch })
        }
        ///Creates a new call builder for the [`epochFees`] function.
        pub fn epochFees(
            &self,
            epoch: u32,
        ) -> alloy_contract::SolCallBuilder<&P, epochFeesCall, N> {
            self.call_builder(&epochFeesCall { epoch })
        }
        ///Creates a new call builder for the [`epochInfo`] function.
        pub fn epochInfo(&self) -> alloy_contract::SolCallBuilder<&P, epochInfoCall, N> {
            self.call_builder(&epochInfoCall)
        }
        ///Creates a new call builder for the [`epochOperators`] function.
        pub fn epochOperators(
            &self,
            epoch: u32,
        ) -> alloy_contract::SolCallBuilder<&P, epochOperatorsCall, N> {
            self.call_builder(&epochOperatorsCall { epoch })
        }
        ///Creates a new call builder for the [`isWorkReporter`] function.
        pub fn isWorkReporter(
            &self,
            reporter: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isWorkReporterCall, N> {
            self.call_builder(&isWorkReporterCall { reporter })
        }
        ///Creates a new call builder for the [`nextEpochLength`] function.
        pub fn nextEpochLength(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, nextEpochLengthCall, N> {
            self.call_builder(&nextEpochLengthCall)
        }
        ///Creates a new call builder for the [`onSharesAdded`] function.
        pub fn onSharesAdded(
            &self,
            operator: alloy::sol_types::private::Address,
            staker: alloy::sol_types::private::Address,
            shares: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, onSharesAddedCall, N> {
            self.call_builder(
                &onSharesAddedCall {
                    operator,
                    staker,
                    shares,
                },
            )
        }
        ///Creates a new call builder for the [`onSharesRemoved`] function.
        pub fn onSharesRemoved(
            &self,
            operator: alloy::sol_types::private::Address,
            staker: alloy::sol_types::private::Address,
            shares: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, onSharesRemovedCall, N> {
            self.call_builder(
                &onSharesRemovedCall {
                    operator,
                    staker,
                    shares,
                },
            )
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`positionOf`] function.
        pub fn positionOf(
            &self,
            operator: alloy::sol_types::private::Address,
            staker: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, positionOfCall, N> {
            self.call_builder(&positionOfCall { operator, staker })
        }
        ///Creates a new call builder for the [`recordWork`] function.
        pub fn recordWork(
            &self,
            operators: alloy::sol_types::private::Vec<
                alloy::sol_types::private::Address,
            >,
            work: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, recordWorkCall, N> {
            self.call_builder(&recordWorkCall { operators, work })
        }
        ///Creates a new call builder for the [`renounceOwnership`] function.
        pub fn renounceOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, renounceOwnershipCall, N> {
            self.call_builder(&renounceOwnershipCall)
        }
        ///Creates a new call builder for the [`rewardPool`] function.
        pub fn rewardPool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, rewardPoolCall, N> {
            self.call_builder(&rewardPoolCall { operator })
        }
        ///Creates a new call builder for the [`setEpochLength`] function.
        pub fn setEpochLength(
            &self,
            length: u64,
        ) -> alloy_contract::SolCallBuilder<&P, setEpochLengthCall, N> {
            self.call_builder(&setEpochLengthCall { length })
        }
        ///Creates a new call builder for the [`setTreasury`] function.
        pub fn setTreasury(
            &self,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setTreasuryCall, N> {
            self.call_builder(&setTreasuryCall { treasury_ })
        }
        ///Creates a new call builder for the [`setTreasuryBips`] function.
        pub fn setTreasuryBips(
            &self,
            bips: u16,
        ) -> alloy_contract::SolCallBuilder<&P, setTreasuryBipsCall, N> {
            self.call_builder(&setTreasuryBipsCall { bips })
        }
        ///Creates a new call builder for the [`setWorkReporter`] function.
        pub fn setWorkReporter(
            &self,
            reporter: alloy::sol_types::private::Address,
            allowed: bool,
        ) -> alloy_contract::SolCallBuilder<&P, setWorkReporterCall, N> {
            self.call_builder(
                &setWorkReporterCall {
                    reporter,
                    allowed,
                },
            )
        }
        ///Creates a new call builder for the [`staking`] function.
        pub fn staking(&self) -> alloy_contract::SolCallBuilder<&P, stakingCall, N> {
            self.call_builder(&stakingCall)
        }
        ///Creates a new call builder for the [`token`] function.
        pub fn token(&self) -> alloy_contract::SolCallBuilder<&P, tokenCall, N> {
            self.call_builder(&tokenCall)
        }
        ///Creates a new call builder for the [`totals`] function.
        pub fn totals(&self) -> alloy_contract::SolCallBuilder<&P, totalsCall, N> {
            self.call_builder(&totalsCall)
        }
        ///Creates a new call builder for the [`transferOwnership`] function.
        pub fn transferOwnership(
            &self,
            newOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferOwnershipCall, N> {
            self.call_builder(&transferOwnershipCall { newOwner })
        }
        ///Creates a new call builder for the [`treasuryInfo`] function.
        pub fn treasuryInfo(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, treasuryInfoCall, N> {
            self.call_builder(&treasuryInfoCall)
        }
        ///Creates a new call builder for the [`workOf`] function.
        pub fn workOf(
            &self,
            epoch: u32,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, workOfCall, N> {
            self.call_builder(&workOfCall { epoch, operator })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > FeeDistributorInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`AddressUpdated`] event.
        pub fn AddressUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, AddressUpdated, N> {
            self.event_filter::<AddressUpdated>()
        }
        ///Creates a new event filter for the [`CommissionClaimed`] event.
        pub fn CommissionClaimed_filter(
            &self,
        ) -> alloy_contract::Event<&P, CommissionClaimed, N> {
            self.event_filter::<CommissionClaimed>()
        }
        ///Creates a new event filter for the [`EpochClosed`] event.
        pub fn EpochClosed_filter(&self) -> alloy_contract::Event<&P, EpochClosed, N> {
            self.event_filter::<EpochClosed>()
        }
        ///Creates a new event filter for the [`FeesAttributed`] event.
        pub fn FeesAttributed_filter(
            &self,
        ) -> alloy_contract::Event<&P, FeesAttributed, N> {
            self.event_filter::<FeesAttributed>()
        }
        ///Creates a new event filter for the [`FeesDeposited`] event.
        pub fn FeesDeposited_filter(
            &self,
        ) -> alloy_contract::Event<&P, FeesDeposited, N> {
            self.event_filter::<FeesDeposited>()
        }
        ///Creates a new event filter for the [`OperatorRewarded`] event.
        pub fn OperatorRewarded_filter(
            &self,
        ) -> alloy_contract::Event<&P, OperatorRewarded, N> {
            self.event_filter::<OperatorRewarded>()
        }
        ///Creates a new event filter for the [`OwnershipTransferred`] event.
        pub fn OwnershipTransferred_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferred, N> {
            self.event_filter::<OwnershipTransferred>()
        }
        ///Creates a new event filter for the [`ParameterUpdated`] event.
        pub fn ParameterUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, ParameterUpdated, N> {
            self.event_filter::<ParameterUpdated>()
        }
        ///Creates a new event filter for the [`RewardsClaimed`] event.
        pub fn RewardsClaimed_filter(
            &self,
        ) -> alloy_contract::Event<&P, RewardsClaimed, N> {
            self.event_filter::<RewardsClaimed>()
        }
        ///Creates a new event filter for the [`WorkRecorded`] event.
        pub fn WorkRecorded_filter(&self) -> alloy_contract::Event<&P, WorkRecorded, N> {
            self.event_filter::<WorkRecorded>()
        }
        ///Creates a new event filter for the [`WorkReporterSet`] event.
        pub fn WorkReporterSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, WorkReporterSet, N> {
            self.event_filter::<WorkReporterSet>()
        }
    }
}
