using System;
using System.Collections.Generic;

namespace OkxSafety.Analyzers.Okx;

/// <summary>
/// Every OKX string the analyzers look for or write into a message, in one place (see /work/shared/okx-facts.md and
/// docs/architecture.md): the names that mark OKX code, the header names, the REST and WebSocket paths and hosts,
/// the error codes the rules name, and the words that say demo or live. No other source file spells one of these.
/// </summary>
internal static class OkxVocabulary
{
    // ------------------------------------------------------------------ names that mark OKX code

    /// <summary>The exchange's name, in identifiers, namespaces, file names and hosts (okx.com, OkxClient).</summary>
    public const string Okx = "okx";

    /// <summary>The exchange's former name (okex.com, OKEx clients).</summary>
    public const string Okex = "okex";

    /// <summary>The base library of OKX.Net (its assemblies and namespaces start with this).</summary>
    public const string CryptoExchangeNet = "CryptoExchange.Net";

    /// <summary><see cref="CryptoExchangeNet"/> as the gate scans for it in text (no dot: CryptoExchange.Net.Objects, cryptoexchange).</summary>
    public const string CryptoExchangeMarker = "cryptoexchange";

    /// <summary>The CCXT library's assembly and namespace.</summary>
    public const string Ccxt = "ccxt";

    // ------------------------------------------------------------------ headers

    /// <summary>The signed-request headers' common stem (text starting with it is a header name, not a credential).</summary>
    public const string AccessHeaderStem = "OK-ACCESS";

    /// <summary>The prefix of the signed-request headers.</summary>
    public const string AccessHeaderPrefix = AccessHeaderStem + "-";

    public const string AccessKeyHeader = AccessHeaderPrefix + "KEY";
    public const string AccessSignHeader = AccessHeaderPrefix + "SIGN";
    public const string AccessTimestampHeader = AccessHeaderPrefix + "TIMESTAMP";
    public const string AccessPassphraseHeader = AccessHeaderPrefix + "PASSPHRASE";

    /// <summary>The OK-ACCESS-TIMESTAMP format: UTC, ISO 8601 with milliseconds (a .NET custom format string).</summary>
    public const string RestTimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    /// <summary>The request path a WebSocket login signs: timestamp + "GET" + this.</summary>
    public const string LoginVerifyPath = "/users/self/verify";

    /// <summary>The WebSocket login operation's name (<c>"op": "login"</c>).</summary>
    public const string LoginOperation = "login";

    /// <summary>The word the passphrase header, and the members and constants that hold it or its name, contain.</summary>
    public const string PassphraseWord = "passphrase";

    /// <summary>The demo-trading header: "1" is demo, "0" (or no header) is live.</summary>
    public const string SimulatedTradingHeader = "x-simulated-trading";

    /// <summary><see cref="SimulatedTradingHeader"/>'s value for demo trading.</summary>
    public const string DemoHeaderValue = "1";

    /// <summary><see cref="SimulatedTradingHeader"/>'s value for live trading.</summary>
    public const string LiveHeaderValue = "0";

    // ------------------------------------------------------------------ REST and WebSocket paths and hosts

    /// <summary>Every REST v5 path starts with this.</summary>
    public const string RestPathPrefix = "/api/v5/";

    /// <summary><see cref="RestPathPrefix"/> written relative to a base address ("api/v5/market/ticker").</summary>
    public const string RelativeRestPathPrefix = "api/v5/";

    /// <summary>Any API path (OKX's and others'): text starting with it is a path, not a credential.</summary>
    public const string ApiPathPrefix = "/api/";

    /// <summary><see cref="WebSocketPathPrefix"/> without the leading slash, as the OKX005 scan matches it after a '/'.</summary>
    public const string RelativeWebSocketPathPrefix = "ws/v5/";

    /// <summary>Every WebSocket v5 path starts with this (wss://ws.okx.com:8443/ws/v5/public).</summary>
    public const string WebSocketPathPrefix = "/" + RelativeWebSocketPathPrefix;

    /// <summary>The demo-trading WebSocket host.</summary>
    public const string DemoWebSocketHost = "wspap.okx.com";

    /// <summary>The live WebSocket host.</summary>
    public const string LiveWebSocketHost = "ws.okx.com";

    /// <summary>Demo-trading WebSocket hosts, current and former names.</summary>
    public static readonly string[] DemoWebSocketHosts = { DemoWebSocketHost, "wspap.okex.com" };

    /// <summary>Live WebSocket hosts, current, AWS and former names.</summary>
    public static readonly string[] LiveWebSocketHosts = { LiveWebSocketHost, "wsaws.okx.com", "ws.okex.com" };

    /// <summary>
    /// Order endpoints whose data items carry sCode / sMsg (place, cancel, amend; single and batch; algo and spread).
    /// Each starts with <see cref="RestPathPrefix"/>.
    /// </summary>
    public static readonly string[] OrderEndpoints =
    {
        RestPathPrefix + "trade/order",
        RestPathPrefix + "trade/batch-orders",
        RestPathPrefix + "trade/cancel-order",
        RestPathPrefix + "trade/cancel-batch-orders",
        RestPathPrefix + "trade/amend-order",
        RestPathPrefix + "trade/amend-batch-orders",
        RestPathPrefix + "trade/order-algo",
        RestPathPrefix + "trade/cancel-algos",
        RestPathPrefix + "trade/amend-algos",
        RestPathPrefix + "sprd/order",
        RestPathPrefix + "sprd/cancel-order",
        RestPathPrefix + "sprd/amend-order",
    };

    // ------------------------------------------------------------------ the response envelope

    /// <summary>The envelope's (and an order item's) success code.</summary>
    public const string SuccessCode = "0";

    /// <summary>A batch endpoint's partial success (some items failed; each item's sCode says which).</summary>
    public const string PartialSuccessCode = "2";

    // ------------------------------------------------------------------ error codes the rules name

    /// <summary>The OKX error codes a message names, each with OKX's own wording.</summary>
    public static class ErrorCodes
    {
        /// <summary>A demo key on the live environment or the reverse.</summary>
        public const string EnvironmentMismatch = EnvironmentMismatchCode + " (APIKey does not match current environment)";

        /// <summary>No (or an empty) passphrase header.</summary>
        public const string PassphraseEmpty = PassphraseEmptyCode + " (" + AccessPassphraseHeader + " cannot be empty)";

        /// <summary>A passphrase that does not match the key's.</summary>
        public const string PassphraseIncorrect = PassphraseIncorrectCode + " (" + AccessPassphraseHeader + " incorrect)";

        /// <summary>An API key OKX does not know.</summary>
        public const string InvalidAccessKey = "50111 (invalid " + AccessKeyHeader + ")";

        /// <summary>A signature made with the wrong secret key.</summary>
        public const string InvalidSignature = "50113 (invalid signature)";

        /// <summary>A REST timestamp OKX cannot read (not ISO 8601 UTC with milliseconds).</summary>
        public const string InvalidTimestamp = "50112 (invalid " + AccessTimestampHeader + ")";

        /// <summary>A REST timestamp too far from OKX's clock (local time labelled UTC).</summary>
        public const string ExpiredTimestamp = "50102 (timestamp request expired)";

        /// <summary>A failed WebSocket login (the REST code it corresponds to).</summary>
        public const string LoginRejected = "a failed login (" + PassphraseEmptyCode + " on REST: " + AccessPassphraseHeader + " cannot be empty)";

        /// <summary>The descriptors' descriptions name the codes without OKX's wording.</summary>
        public const string EnvironmentMismatchCode = "50101";
        public const string PassphraseEmptyCode = "50104";
        public const string PassphraseIncorrectCode = "50105";
    }

    // ------------------------------------------------------------------ demo and live words

    /// <summary>Words in a name that mean demo trading (isDemo, UsePaperTrading, sandboxMode).</summary>
    public static readonly HashSet<string> DemoWords = new(StringComparer.Ordinal)
    {
        "demo", "simulated", "simulation", "simulate", "paper", "sandbox", "testnet",
    };

    /// <summary>Words in a name that mean live trading (isLive, ProductionMode, useMainnet).</summary>
    public static readonly HashSet<string> LiveWords = new(StringComparer.Ordinal)
    {
        "live", "production", "prod", "real", "mainnet",
    };
}
